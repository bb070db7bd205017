import { defineRule } from '../../src/engine/rule.js';
import { atMost, compare, sumTerms } from '../../src/engine/arithmetic.js';
import { formatAmount } from '../../src/engine/run.js';
import type { Claim } from '../../src/model/claim.js';
import type { Table } from '../../src/model/table.js';
import { compositionsOf, intervalOf, tableFigureOf, type Interval } from '../../src/narrative/links.js';

/** A part as its table prints it, when it disagrees with the table (else as stated). */
function correctedPart(part: Claim, tables: Table[]): Interval {
  const stated = intervalOf(part);
  const figure = tableFigureOf(tables, part);
  return figure && stated.value.minus(figure.value).abs().gt(stated.radius.plus(figure.radius)) ? figure : stated;
}
import { claimPlace, stated, term } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/composition',
    code: 'BL105',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '“其中”所列各项（金额或项目数）之和等于总数；只列主要项或以“等”结尾时不超过总数',
      en: 'The items of a `其中` list (amounts or counts) add up to the total; a partial list (主要…, …等) does not exceed it',
    },
    messages: {
      sum: {
        zh: '情况说明称“{subject}”为{stated}，其中{parts}合计为{expected}{unit}',
        en: 'The narrative states {stated} for “{subject}”, but its items {parts} add up to {expected}{unit}',
      },
      exceeds: {
        zh: '情况说明称“{subject}”为{stated}，但所列{parts}合计{actual}{unit}，已超过总数',
        en: 'The narrative states {stated} for “{subject}”, but the listed {parts} already add up to {actual}{unit}',
      },
      partExceeds: {
        zh: '情况说明称“{subject}”为{stated}，而其中的{parts}已超过这一总数',
        en: 'The narrative states {stated} for “{subject}”, but its part {parts} alone exceeds it',
      },
    },
  },
  check(ctx) {
    for (const { total, parts, partial, bound } of compositionsOf(ctx.doc.claims)) {
      ctx.examine(total.id, ...parts.map((p) => p.id));
      const unit = total.kind === 'count' ? total.unit : '万元';
      const sum = sumTerms(parts.map((p) => term(intervalOf(p))));
      // One wrong part (its own finding, narrative/amount-matches-table) is one mistake: when the
      // list adds up with that part's table figure, the sum is not reported again.
      const corrected = sumTerms(parts.map((p) => term(correctedPart(p, ctx.doc.tables))));
      const holds = (s: typeof sum) => (partial ? atMost(s, term(intervalOf(total))) : compare(s, term(intervalOf(total)))).verdict !== 'mismatch';
      if (!holds(sum) && holds(corrected)) continue;
      const seen = new Set<string>();
      const repeated = parts.filter((p) => seen.has(p.subject ?? p.id) || !seen.add(p.subject ?? p.id));
      // R10 prints items 7–11 twice: say so, it is the likeliest reason for the gap.
      const note = repeated.length > 0 ? `（${repeated.map((p) => `“${p.subjectText}”`).join('、')}重复列出）` : '';
      const data = { subject: total.subjectText, stated: stated(total), parts: parts.map((p) => `“${p.subjectText}”${stated(p)}`).join('、') + note, unit };
      const findingUnit = total.kind === 'count' ? ('个' as const) : ('万元' as const);
      if (!partial) {
        ctx.checkIdentity({ messageId: 'sum', data, expected: sum, actual: term(intervalOf(total)), unit: findingUnit, location: claimPlace(total), related: parts.map(claimPlace) });
        continue;
      }
      // A list that may leave items out only fails when its items already exceed the total.
      const c = atMost(sum, term(intervalOf(total)));
      if (c.verdict !== 'mismatch') continue;
      ctx.report({
        messageId: bound ? 'partExceeds' : 'exceeds',
        data: { ...data, actual: formatAmount(sum.value) },
        expected: `≤ ${formatAmount(intervalOf(total).value)}`,
        actual: formatAmount(sum.value),
        difference: formatAmount(c.difference),
        tolerance: formatAmount(c.tolerance),
        unit: findingUnit,
        location: claimPlace(total),
        related: parts.map(claimPlace),
      });
    }
  },
});
