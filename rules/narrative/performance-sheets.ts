import { Decimal } from 'decimal.js';
import { defineRule } from '../../src/engine/rule.js';
import { halfUnit } from '../../src/model/amount.js';
import { intervalOf, isPublishedTargets } from '../../src/narrative/links.js';
import { claimPlace, stated, term } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/performance-sheets',
    code: 'BL110',
    tags: ['narrative', 'completeness'],
    severity: 'error',
    description: {
      zh: '公开的项目绩效目标表张数及其年度资金合计与情况说明所述一致',
      en: 'The published project performance-target sheets are as many, and add up to as much, as the narrative says',
    },
    messages: {
      count: {
        zh: '情况说明称公开项目绩效目标{stated}，但文件中只有{expected}张项目绩效目标表',
        en: 'The narrative says {stated} project performance targets are published, but the document has {expected} target sheets',
      },
      amount: {
        zh: '情况说明称公开的项目绩效目标涉及{stated}，而{sheets}张绩效目标表的年度资金合计为{expected}万元',
        en: 'The narrative says the published targets cover {stated}, but the {sheets} target sheets add up to {expected}万元',
      },
    },
  },
  check(ctx) {
    const sheets = ctx.doc.performanceTargets ?? [];
    for (const claim of ctx.doc.claims) {
      if (!isPublishedTargets(claim) || sheets.length === 0 || (claim.kind !== 'count' && !sheets.every((s) => s.annualAmount))) continue;
      ctx.examine(claim.id);
      const location = claimPlace(claim);
      const related = sheets.map((s) => ({ table: s.title, row: s.projectName, page: s.position.page, line: s.position.line }));
      if (claim.kind === 'count') {
        ctx.checkIdentity({ messageId: 'count', data: { stated: stated(claim), expected: String(sheets.length) }, expected: { value: new Decimal(sheets.length), radius: new Decimal(0) }, actual: term(intervalOf(claim)), unit: '个', location, related });
        continue;
      }
      // Sheets print 元 (Shanxi) or 万元 (Hebei); each is rounded on its own.
      const inWan = sheets.flatMap((s) => (s.annualAmount ? [{ scale: new Decimal(s.unit === '元' ? '0.0001' : 1), amount: s.annualAmount }] : []));
      const expected = {
        value: inWan.reduce((a, s) => a.plus(s.amount.value.mul(s.scale)), new Decimal(0)),
        radius: inWan.reduce((a, s) => a.plus(halfUnit(s.amount.decimals).mul(s.scale)), new Decimal(0)),
      };
      ctx.checkIdentity({ messageId: 'amount', data: { stated: stated(claim), sheets: sheets.length }, expected, actual: term(intervalOf(claim)), unit: '万元', location, related });
    }
  },
});
