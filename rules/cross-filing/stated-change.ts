import { Decimal } from 'decimal.js';
import type { Term } from '../../src/engine/arithmetic.js';
import { halfUnit } from '../../src/model/amount.js';
import type { Place } from '../../src/model/finding.js';
import type { FigureRef, StatedChange } from '../../src/crossfile/changes.js';
import { defineCrossFilingRule } from '../../src/crossfile/rule.js';
import { fileName, placeIn, rateTerm, rowOf, tableOf } from '../../src/crossfile/terms.js';
import { subjectFigure } from '../../src/crossfile/subjects.js';
import type { Filing } from '../../src/crossfile/group.js';

const SCALE = { 万元: new Decimal(1), 元: new Decimal('0.0001'), 亿元: new Decimal(10000) };

/** A stated number as a term in 万元 (or %): ± half a unit of its last printed place. */
const printedTerm = (printed: string, negative: boolean, unit: keyof typeof SCALE = '万元'): Term => {
  const dot = printed.indexOf('.');
  const value = new Decimal(printed).mul(SCALE[unit]);
  return { value: negative ? value.neg() : value, radius: halfUnit(dot === -1 ? 0 : printed.length - dot - 1).mul(SCALE[unit]) };
};

function sentencePlace(change: StatedChange): Place {
  return { table: '情况说明', row: change.subjectText, page: change.page, line: change.line, excerpt: change.sentence };
}

function figurePlace(filing: Filing, ref: FigureRef, withPath: boolean): Place | undefined {
  const table = tableOf(filing.figures, ref.table);
  return table && placeIn(filing, table, rowOf(table, ref.row), ref.column, withPath);
}

export default defineCrossFilingRule({
  meta: {
    id: 'cross-filing/stated-change',
    code: 'BL203',
    tags: ['cross-filing', 'year-over-year'],
    severity: 'error',
    description: {
      zh: '“比上年/比YYYY年预算”增减额与增减率 = 本年数与上年预算文件所列数之差（率以上年预算为基数）',
      en: 'A stated change against last year’s budget (amount or rate) equals the difference between this year’s figure and the one printed in last year’s filing',
    },
    messages: {
      delta: {
        zh: '“{subject}”称比{year}年预算{stated}，但{priorFile}所列{year}年为{prior}万元、本年为{current}万元，增减额应为{expected}万元',
        en: '“{subject}” is stated as {stated} against the {year} budget, but {priorFile} prints {prior}万元 for {year} and this year is {current}万元: the change is {expected}万元',
      },
      prior: {
        zh: '“{subject}”所述{year}年预算为{stated}，但{priorFile}所列为{prior}万元',
        en: '“{subject}”: the {year} budget is stated as {stated}, but {priorFile} prints {prior}万元',
      },
      percent: {
        zh: '“{subject}”称比{year}年预算变动{stated}%，但按{priorFile}所列{year}年{prior}万元、本年{current}万元，变动率应为{expected}%',
        en: '“{subject}” is stated as {stated}% against the {year} budget, but {priorFile} prints {prior}万元 for {year} and this year is {current}万元: the rate is {expected}%',
      },
    },
  },
  check(ctx) {
    for (const { current, prior } of ctx.grouping.yearPairs) {
      for (const change of current.figures.changes) {
        // 比上年预算执行数: last year's executed amount is not in last year's budget filing.
        if (change.basis !== 'budget' || change.comparedYear !== prior.figures.year) continue;
        const last = subjectFigure(prior.figures, change.subject);
        const thisYear = subjectFigure(current.figures, change.subject);
        if (!last || !thisYear) continue;
        const before = last.term;
        const now = thisYear.term;
        const actualChange: Term = { value: now.value.minus(before.value), radius: now.radius.plus(before.radius) };
        const negative = change.direction === 'decrease';
        const data = { subject: change.subjectText, year: prior.figures.year, priorFile: fileName(prior), prior: before.value.toFixed(), current: now.value.toFixed() };
        const related = [...last.refs.map((r) => figurePlace(prior, r, true)), ...thisYear.refs.map((r) => figurePlace(current, r, false))].filter((p): p is Place => p !== undefined);
        if (change.prior !== undefined) {
          ctx.compared(current.path);
          ctx.checkIdentity({
            path: current.path,
            messageId: 'prior',
            data: { ...data, stated: `${change.prior}${change.unit ?? '万元'}` },
            expected: before,
            actual: printedTerm(change.prior, false, change.unit),
            unit: '万元',
            location: sentencePlace(change),
            related,
          });
        }
        const stated = change.delta ?? (change.direction === 'unchanged' ? '0' : undefined);
        if (stated !== undefined) {
          ctx.compared(current.path);
          const statedTerm = change.delta === undefined ? { value: new Decimal(0), radius: new Decimal(0) } : printedTerm(stated, negative, change.unit);
          ctx.checkIdentity({
            path: current.path,
            messageId: 'delta',
            data: { ...data, stated: change.direction === 'unchanged' ? '持平' : `${negative ? '减少' : '增加'}${stated}${change.unit ?? '万元'}` },
            expected: actualChange,
            actual: statedTerm,
            unit: '万元',
            location: sentencePlace(change),
            related,
          });
        }
        const rate = change.percent === undefined ? undefined : rateTerm(actualChange, before);
        if (change.percent !== undefined && rate) {
          ctx.compared(current.path);
          ctx.checkIdentity({
            path: current.path,
            messageId: 'percent',
            data: { ...data, stated: `${negative ? '-' : ''}${change.percent}` },
            expected: rate,
            actual: printedTerm(change.percent, negative),
            unit: '%',
            location: sentencePlace(change),
            related,
          });
        }
      }
    }
  },
});
