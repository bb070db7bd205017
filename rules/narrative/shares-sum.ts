import { defineRule } from '../../src/engine/rule.js';
import { atMost, compare, sumTerms } from '../../src/engine/arithmetic.js';
import { formatAmount } from '../../src/engine/run.js';
import { Decimal } from 'decimal.js';
import type { Claim } from '../../src/model/claim.js';
import type { Table } from '../../src/model/table.js';
import { compositionsOf, intervalOf, shareTermsOf } from '../../src/narrative/links.js';
import { claimPlace, printsAs, ratioTerm, stated, term } from '../claims.js';

function wrongOnItsOwn(share: Claim, claims: Claim[], tables: Table[]): boolean {
  const terms = shareTermsOf(share, claims, tables);
  const expected = terms && ratioTerm(terms.part, terms.whole);
  return expected !== undefined && !printsAs(expected, share) && compare(expected, term(intervalOf(share))).verdict === 'mismatch';
}

const HUNDRED = { value: new Decimal(100), radius: new Decimal(0) };

/**
 * Shares of one total stated together (`基本支出占84.06%，项目支出占15.94%`) sum to 100 % within
 * their rounding when they cover a complete list, and never exceed it. Grouped by the total and
 * the sentence: shares of different totals or statements are never added.
 */
export default defineRule({
  meta: {
    id: 'narrative/shares-sum',
    code: 'BL114',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '同一总数的各项占比之和为100%（在舍入范围内；列举不全时不超过100%）',
      en: 'The shares of one total add up to 100 % within rounding (at most 100 % when the list may leave items out)',
    },
    messages: {
      sum: {
        zh: '“{scope}”的各项占比{shares}合计为{actual}%，应为100%',
        en: 'The shares of “{scope}” ({shares}) add up to {actual}%, not 100%',
      },
    },
  },
  check(ctx) {
    const claims = ctx.doc.claims;
    const groups = new Map<string, Claim[]>();
    for (const c of claims) {
      if (c.kind !== 'share' || !c.scope || c.unresolved || c.note) continue;
      const key = `${c.scope}|${c.sentenceIndex}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const lists = compositionsOf(claims);
    for (const shares of groups.values()) {
      if (shares.length < 2) continue;
      // A share that is wrong on its own terms is narrative/share-of-total's finding: one mistake, one finding.
      if (shares.some((s) => wrongOnItsOwn(s, claims, ctx.doc.tables))) continue;
      const abouts = shares.map((s) => s.about).filter((a) => a !== undefined);
      // Complete when the shares are of all the parts of one list that may not leave items out.
      const list = lists.find((l) => l.parts.some((p) => abouts.includes(p.id)));
      const complete = list !== undefined && !list.partial && list.parts.every((p) => abouts.includes(p.id)) && abouts.length === list.parts.length;
      const sum = sumTerms(shares.map((s) => term(intervalOf(s))));
      ctx.examine(...shares.map((s) => s.id));
      const c = complete ? compare(HUNDRED, sum) : atMost(sum, HUNDRED);
      if (c.verdict !== 'mismatch') continue;
      ctx.report({
        messageId: 'sum',
        data: { scope: list?.total.subjectText ?? shares[0].scope!, shares: shares.map((s) => `“${s.subjectText}”${stated(s)}`).join('、'), actual: formatAmount(sum.value) },
        expected: complete ? '100' : '≤ 100',
        actual: formatAmount(sum.value),
        difference: formatAmount(c.difference),
        tolerance: formatAmount(c.tolerance),
        unit: '%',
        location: claimPlace(shares[shares.length - 1]),
        related: shares.slice(0, -1).map(claimPlace),
      });
    }
  },
});
