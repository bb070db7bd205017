import type { Rule } from '../engine/rule.js';

/** Edit distance, for “did you mean”. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

export class UnknownRuleError extends Error {
  constructor(
    readonly ref: string,
    readonly suggestion: string | undefined,
  ) {
    super(`unknown rule “${ref}”${suggestion ? ` (did you mean ${suggestion}?)` : ''}; \`budgetlint rules\` lists them`);
    this.name = 'UnknownRuleError';
  }
}

/**
 * A rule named on the command line or in a config, by id (`narrative/composition`) or code
 * (`BL105`, any case). An unknown name is an error with the nearest id or code suggested: a
 * misspelt `--disable` silently checking everything is worse than stopping.
 */
export function resolveRule(ref: string, rules: Rule[]): Rule {
  const wanted = ref.trim();
  const found = rules.find((r) => r.meta.id === wanted || r.meta.code.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  const names = rules.flatMap((r) => [r.meta.id, r.meta.code]);
  const scored = names.map((name) => ({ name, d: distance(wanted.toLowerCase(), name.toLowerCase()) })).sort((a, b) => a.d - b.d);
  // Close enough to be a typo: one digit off a code, a few letters off an id; never a wild guess.
  const best = scored[0];
  const limit = /^bl\d+$/i.test(wanted) ? 1 : Math.max(2, Math.floor(wanted.length / 4));
  const suggestion = best && best.d <= limit ? best.name : undefined;
  throw new UnknownRuleError(ref, suggestion);
}
