import { defineRule } from '../../src/engine/rule.js';
import { sumTerms } from '../../src/engine/arithmetic.js';
import type { Claim } from '../../src/model/claim.js';
import { compositionsOf, intervalOf, isCurrentFigure, isTied } from '../../src/narrative/links.js';
import type { SubjectKey } from '../../src/narrative/subjects.js';
import { claimPlace, stated, term } from '../claims.js';

/** 一般公共预算 + 政府性基金 + 国有资本经营 = 财政拨款, on the expenditure and on the income side. */
const SPLITS: { funds: SubjectKey[]; totals: SubjectKey[] }[] = [
  { funds: ['fiscal.generalBudget', 'fiscal.governmentFund', 'fiscal.stateCapital'], totals: ['fiscalExpenditure.total', 'fiscal.total'] },
  { funds: ['income.generalBudget', 'income.governmentFund', 'income.stateCapital'], totals: ['income.fiscalAppropriation'] },
];

export default defineRule({
  meta: {
    id: 'narrative/fund-split',
    code: 'BL113',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '情况说明所列一般公共预算、政府性基金、国有资本经营三项之和等于所述财政拨款总数（未以“其中”列出时）',
      en: 'The general budget, government fund and state capital amounts the narrative states add up to the fiscal total it states (when not already a `其中` list)',
    },
    messages: {
      split: {
        zh: '情况说明称“{total}”为{stated}，而所述三类资金{parts}合计为{expected}万元',
        en: 'The narrative states {stated} for “{total}”, but the three funds it states ({parts}) add up to {expected}万元',
      },
    },
  },
  check(ctx) {
    const claims = ctx.doc.claims.filter((c) => c.kind === 'amount' && c.item === undefined && isCurrentFigure(c) && isTied(c));
    const listed = new Set(compositionsOf(ctx.doc.claims).flatMap(({ total, parts }) => [total, ...parts].map((c) => c.id)));
    for (const { funds, totals } of SPLITS) {
      // Each fund and the total stated exactly once, outside items: otherwise which statement is meant is not certain.
      const once = (subject: SubjectKey): Claim | undefined => {
        const found = claims.filter((c) => c.subject === subject);
        return found.length === 1 ? found[0] : undefined;
      };
      const parts = funds.map(once);
      const total = totals.map(once).find((c) => c !== undefined);
      if (!total || parts.some((p) => p === undefined)) continue;
      const members = parts as Claim[];
      if ([total, ...members].every((c) => listed.has(c.id))) continue;
      ctx.examine(total.id, ...members.map((p) => p.id));
      ctx.checkIdentity({
        messageId: 'split',
        data: { total: total.subjectText, stated: stated(total), parts: members.map((p) => `“${p.subjectText}”${stated(p)}`).join('、') },
        expected: sumTerms(members.map((p) => term(intervalOf(p)))),
        actual: term(intervalOf(total)),
        unit: '万元',
        location: claimPlace(total),
        related: members.map(claimPlace),
      });
    }
  },
});
