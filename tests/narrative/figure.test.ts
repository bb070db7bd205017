import { describe, expect, it } from 'vitest';
import { claimFigure } from '../../src/engine/figure.js';
import { runRules } from '../../src/engine/run.js';
import { rules } from '../../rules/index.js';
import { errors, narrativeDoc, realdoc, seedDoc } from './helpers.js';

/**
 * The figure of a narrative number (src/engine/figure.ts): `id` names the claim, `echo` is shared
 * only by the same number of the same sentence printed again (a repeated item) — with or without a
 * resolved subject. A subjectless claim once printed `claim:undefined:…` and two such numbers of one
 * sentence would have shared an echo.
 */
const SELF_CONTAINED = '2024年当年预算执行数为1,200.00万元，2025年预算安排300.00万元，比2024年预算执行数增加25.00%。';

describe('echo of a claim figure', () => {
  it('is well-defined without a subject, and two equal numbers of one sentence are two figures', () => {
    const doc = narrativeDoc(['专项业务费12.00万元，差旅费12.00万元。']);
    const [a, b] = doc.claims;
    expect([a.subject, b.subject]).toEqual([undefined, undefined]);
    const echoes = doc.claims.map((c) => claimFigure(c).echo!);
    expect(echoes.join()).not.toContain('undefined');
    expect(echoes[0]).not.toBe(echoes[1]);
  });

  it('the same sentence printed in two items is one echo: one finding with the reprint related', () => {
    const doc = narrativeDoc(['财政拨款支出主要内容如下：', `1.专项业务经费。${SELF_CONTAINED}`, `2.专项业务经费。${SELF_CONTAINED}`], { year: 2025 });
    const changes = doc.claims.filter((c) => c.raw === '25.00');
    expect(changes).toHaveLength(2);
    expect(changes.every((c) => c.subject === undefined)).toBe(true);
    expect(claimFigure(changes[0]).echo).toBe(claimFigure(changes[1]).echo);
    const found = errors(runRules(doc, rules, { lang: 'zh' })).filter((f) => f.ruleCode === 'BL102');
    expect(found).toHaveLength(1);
    expect(found[0].related.some((r) => r.ruleCode === 'BL102' && r.line === 3)).toBe(true);
  });

  it('two different sentences with the same wrong numbers stay two findings', () => {
    const doc = narrativeDoc([SELF_CONTAINED, `另据测算，${SELF_CONTAINED}`], { year: 2025 });
    const found = errors(runRules(doc, rules, { lang: 'zh' })).filter((f) => f.ruleCode === 'BL102');
    expect(found.map((f) => f.location.line)).toEqual([1, 2]);
  });

  it('on real filings: no undefined, and one echo is one number of one sentence', async () => {
    for (const doc of [seedDoc('001'), await realdoc('R10_上海市普陀区财政局_2025_部门预算.pdf')]) {
      const byEcho = new Map<string, Set<string>>();
      for (const c of doc.claims) {
        const echo = claimFigure(c).echo!;
        expect(echo).not.toContain('undefined');
        byEcho.set(echo, (byEcho.get(echo) ?? new Set()).add(`${c.offset}|${c.raw}|${c.sentence}`));
      }
      expect([...byEcho.values()].every((set) => set.size === 1)).toBe(true);
      // R10 prints items 7–11 twice: those numbers share echoes, so there are fewer echoes than claims.
      if (doc.path.includes('R10')) expect(byEcho.size).toBeLessThan(doc.claims.length);
    }
  }, 60_000);
});
