import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import { rules } from '../../rules/index.js';
import { parseText, seedText, SEEDS, type SeedId } from '../helpers.js';

const wording = rules.filter((r) => r.meta.id.startsWith('wording/'));

describe('the wording rules on the seeds', () => {
  const findings = Object.fromEntries((Object.keys(SEEDS) as SeedId[]).map((id) => [id, runRules(parseText(seedText(id)), wording, { lang: 'zh' })]));

  it('find only the one verified defect: 001 line 404 ends its paragraph without 。', () => {
    expect(findings['001'].map((f) => [f.ruleId, f.location.line])).toEqual([['wording/punctuation', 404]]);
    expect(findings['001'][0].location.excerpt).toMatch(/下调50%$/);
    for (const id of ['002', '003', '004']) expect(findings[id]).toEqual([]);
  });

  it('never report an error', () => {
    expect(wording.every((r) => r.meta.severity !== 'error')).toBe(true);
    expect(Object.values(findings).flat().filter((f) => f.severity === 'error')).toEqual([]);
  });
});
