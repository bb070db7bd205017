import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { ruleFamily } from '../engine/families.js';
import type { Rule } from '../engine/rule.js';
import type { Finding, Severity } from '../model/finding.js';

export const CONFIG_FILE = 'budgetlint.config.json';

/** The schema (zod) is loaded only when there is a config file to read: most runs have none. */
export type Config = z.infer<typeof import('./config.schema.js').ConfigSchema> & { path?: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The nearest budgetlint.config.json from `cwd` upwards, or none. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return join(dir, CONFIG_FILE);
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and validates a config; every problem names its key (`rules.BL999: unknown rule`). */
export async function loadConfig(path: string | undefined, rules: Rule[]): Promise<Config> {
  if (!path) return { rules: {}, families: {}, ignore: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`${path}: ${(err as Error).message}`);
  }
  const { ConfigSchema } = await import('./config.schema.js');
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.flatMap((i) => describeIssue(path, i)).join('\n'));
  }
  const known = new Set(rules.flatMap((r) => [r.meta.id, r.meta.code]));
  const unknown = Object.keys(parsed.data.rules).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new ConfigError(unknown.map((key) => `${path}: rules.${key}: unknown rule (see \`budgetlint rules\`)`).join('\n'));
  return { ...parsed.data, path };
}

function describeIssue(file: string, issue: z.core.$ZodIssue): string[] {
  const at = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${file}: ${[...at, key].join('.')}: unknown key`);
  return [`${file}: ${at.join('.') || '(top level)'}: ${issue.message}`];
}

/** Rules not to run: switched off by name, or by family. */
export function disabledRules(config: Config, rules: Rule[]): string[] {
  const offFamilies = new Set(Object.entries(config.families).filter(([, on]) => on === false).map(([family]) => family));
  return rules
    .filter((r) => [r.meta.id, r.meta.code].some((key) => config.rules[key] === 'off') || offFamilies.has(ruleFamily(r)))
    .map((r) => r.meta.id);
}

/**
 * A configured severity replaces the rule's own on its findings; a finding the rule reported at
 * another severity (rounding residue is always info) keeps it.
 */
export function applySeverities(findings: Finding[], config: Config, rules: Rule[]): Finding[] {
  if (Object.keys(config.rules).length === 0) return findings;
  const configured = new Map<string, { own: Severity; wanted: Severity }>();
  for (const r of rules) {
    const wanted = config.rules[r.meta.id] ?? config.rules[r.meta.code];
    if (wanted && wanted !== 'off') configured.set(r.meta.id, { own: r.meta.severity, wanted });
  }
  return findings.map((f) => {
    const c = configured.get(f.ruleId);
    return c && f.severity === c.own ? { ...f, severity: c.wanted } : f;
  });
}
