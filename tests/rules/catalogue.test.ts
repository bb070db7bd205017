import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossFilingRules, rules } from '../../rules/index.js';
import { rulesCatalogue } from '../../scripts/rules-doc.js';

const RULES_DIR = join(import.meta.dirname, '../../rules');

function ruleFiles(dir = RULES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? ruleFiles(join(dir, e.name)) : dir === RULES_DIR || !e.name.endsWith('.ts') ? [] : [relative(RULES_DIR, join(dir, e.name))],
  );
}

describe('the rule catalogue', () => {
  it('registers every rule file, and each file’s id matches its path', () => {
    const ids = [...rules, ...crossFilingRules].map((r) => r.meta.id).sort();
    expect(ids).toEqual(ruleFiles().map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('gives every rule a unique id and code, both languages, and messages in both languages', () => {
    const all = [...rules, ...crossFilingRules];
    expect(new Set(all.map((r) => r.meta.code)).size).toBe(all.length);
    for (const { meta } of all) {
      expect(meta.code).toMatch(/^BL\d{3}$/);
      expect(meta.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(meta.description.en).toMatch(/^[A-Z“]/);
      for (const message of Object.values(meta.messages) as { zh: string; en: string }[]) {
        expect(message.zh.length).toBeGreaterThan(0);
        expect(message.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('rules/README.md is up to date (npm run rules-doc)', () => {
    expect(readFileSync(join(RULES_DIR, 'README.md'), 'utf8')).toBe(rulesCatalogue());
  });
});
