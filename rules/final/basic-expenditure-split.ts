import { defineRule } from '../../src/engine/rule.js';
import { lineRow, tableOf, totalRow } from '../../src/model/query.js';
import type { Row } from '../../src/model/table.js';
import { checkColumnSums } from '../sums.js';
import { figure, figureSum, pair } from '../cross.js';

/** 人员经费 = 工资福利支出 + 对个人和家庭的补助; 公用经费 = the other classes (商品和服务支出, 资本性支出 …). */
const PERSONNEL_CLASSES = new Set(['301', '303']);

export default defineRule({
  meta: {
    id: 'final/basic-expenditure-split',
    code: 'BL055',
    tags: ['table', 'cross-table'],
    severity: 'error',
    documents: ['final'],
    description: {
      zh: '基本支出决算表：人员经费合计 = 301 + 303，公用经费合计 = 302 + 310；人员经费 + 公用经费 = 一般公共预算财政拨款支出决算表的基本支出合计',
      en: 'Basic expenditure: personnel = 301 + 303, public use = 302 + 310; personnel + public use = the basic total of the general budget table',
    },
    messages: {
      footer: {
        zh: '{table}：“{row}”为{actual}，而{parts}之和为{expected}，相差{difference}',
        en: '{table}: “{row}” is {actual} but {parts} add up to {expected} (difference {difference})',
      },
      basic: {
        zh: '{a}之和为{actual}，而{b}为{expected}，相差{difference}',
        en: '{a} add up to {actual} but {b} is {expected} (difference {difference})',
      },
    },
  },
  check(ctx) {
    const economic = tableOf(ctx.doc, 'basic-expenditure-economic');
    if (!economic || economic.empty) return;
    const classes = economic.rows.filter((r) => r.kind === 'economic-class' && r.code);
    const personnel = lineRow(economic, 'personnelTotal');
    const publicUse = lineRow(economic, 'publicUseTotal');
    const footers: [Row | undefined, Row[]][] = [
      [personnel, classes.filter((r) => PERSONNEL_CLASSES.has(r.code!))],
      [publicUse, classes.filter((r) => !PERSONNEL_CLASSES.has(r.code!))],
    ];
    for (const [footer, parts] of footers) {
      if (footer) checkColumnSums(ctx, economic, footer, parts, 'footer', { parts: parts.map((p) => `“${p.label}”`).join('、') });
    }
    const general = tableOf(ctx.doc, 'general-budget-expenditure');
    const footerRows = [personnel, publicUse].filter((r): r is Row => r !== undefined);
    if (!general || footerRows.length < 2) return;
    const a = figureSum(economic, footerRows, 'total', `${economic.title}“人员经费合计”“公用经费合计”`);
    const b = figure(general, totalRow(general), 'basic');
    if (a && b) ctx.checkIdentity({ messageId: 'basic', data: { a: a.text, b: b.text }, ...pair(a, b) });
  },
});
