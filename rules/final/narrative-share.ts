import { Decimal } from 'decimal.js';
import { defineRule } from '../../src/engine/rule.js';
import { finalFigureOf } from '../../src/narrative/final/figures.js';
import type { FinalSubjectKey } from '../../src/narrative/subjects.js';
import { intervalOf } from '../../src/narrative/links.js';
import { claimPlace, printsAs, stated, term } from '../claims.js';
import { byId, isTiedFinal, isTruncation, percentTerm, termOf } from '../final-claims.js';

export default defineRule({
  meta: {
    id: 'final/narrative-share',
    code: 'BL059',
    tags: ['narrative'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '决算情况说明中的占比（占本年收入/支出合计、占一般公共预算财政拨款支出、占“三公”经费）等于该数除以所说总数（按四舍五入区间判断）',
      en: 'A share in the final-accounts narrative equals the amount divided by the total it is a share of (interval rule)',
    },
    messages: {
      share: {
        zh: '“{subject}”{part}占{whole}应为{expected}%，情况说明写作{stated}',
        en: '“{subject}” {part} is {expected}% of {whole}, but the narrative says {stated}',
      },
      truncated: {
        zh: '“{subject}”{part}占{whole}为{expected}%，情况说明写作{stated}：是截断而非四舍五入',
        en: '“{subject}” {part} is {expected}% of {whole}; the narrative says {stated}: truncated, not rounded',
      },
    },
  },
  check(ctx) {
    const claims = ctx.doc.claims;
    for (const claim of claims) {
      if (!isTiedFinal(claim) || claim.kind !== 'share' || claim.budget || !claim.scope) continue;
      const part = byId(claims, claim.about);
      if (!part) continue;
      // The whole as the sentence states it (its list head), else the table's.
      const head = byId(claims, part.partOf);
      const stated$ = head && head.subject === claim.scope ? { interval: intervalOf(head), text: `${head.subjectText}${stated(head)}`, place: claimPlace(head) } : undefined;
      const figure = stated$ ? undefined : finalFigureOf(ctx.doc.tables, claim.scope as FinalSubjectKey);
      const whole = stated$?.interval ?? (figure && { value: figure.term.value, radius: figure.term.radius });
      if (!whole) continue;
      const expected = percentTerm(termOf(part), whole);
      // A share of nothing (0 ÷ 0) cannot be checked: it stays unchecked.
      if (!expected) continue;
      ctx.examine(claim.id, part.id);
      if (printsAs(expected, claim)) continue;
      // Shares of one list printed to sum to exactly 100.00: a producer may nudge one by 0.01 to get there
      // (FINAL_ACCOUNTS.md), so a 0.01 pp difference there is a residue, not a truncation.
      const siblings = claims.filter((c) => c.kind === 'share' && !c.budget && c.sentenceIndex === claim.sentenceIndex && c.scope === claim.scope);
      const forced = siblings.length > 1 && siblings.reduce((sum, c) => sum.plus(c.value), new Decimal(0)).eq(100);
      if (forced) expected.radius = expected.radius.plus(new Decimal(10).pow(-claim.decimals));
      const data = { subject: claim.subjectText, part: stated(part), whole: stated$?.text ?? figure!.text, stated: stated(claim) };
      const related = [stated$?.place ?? figure!.place];
      if (!forced && isTruncation(expected, claim)) {
        ctx.report({ messageId: 'truncated', severity: 'warning', data: { ...data, expected: expected.value.toFixed(4) }, expected: expected.value.toFixed(4), actual: claim.value.toFixed(), unit: '%', location: claimPlace(claim), related });
        continue;
      }
      ctx.checkIdentity({ messageId: 'share', data, expected, actual: term(intervalOf(claim)), unit: '%', location: claimPlace(claim), related });
    }
  },
});
