import { defineRule } from '../../src/engine/rule.js';
import type { BudgetDocument } from '../../src/model/document.js';
import type { Place } from '../../src/model/finding.js';
import { documentKind, fragment, sentenceMatches, sentencePlace } from '../prose.js';

// `比2025年` `较2025年度` `与2025年预算持平` `与2025年预算61.83万元相比`: the year compared with.
const COMPARISON_RE = /(?:比|较)\s*(\d{4})\s*年|(?:与|同|和)\s*(\d{4})\s*年(?=[^，,。；;]{0,20}?(?:相比|持平|一致|相同))/g;
// `2025年当年预算执行数为…`: the prior-year figure of the self-contained item sentence.
const PRIOR_EXECUTION_RE = /(\d{4})\s*年\s*当年预算执行数/g;
// `2026年预算安排…`: the budget year stated in the item sentence.
const BUDGET_ARRANGED_RE = /(\d{4})\s*年\s*预算安排/g;
// A sentence that opens with its year (`2026年度XX局预算收入…`, `2026年，…收入预算…`).
const OPENING_YEAR_RE = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(\d{4})\s*年度?/;
// `截至2025年12月31日`: the date of asset figures.
const AS_OF_RE = /截[至止]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

interface YearHit {
  sentence: number;
  offset: number;
  end: number;
  year: number;
}

/** Years of a sentence's opening clause when that clause states what is budgeted (not an execution or a date). */
function openingYear(text: string, final: boolean): { year: number; offset: number; end: number } | undefined {
  const m = OPENING_YEAR_RE.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  const clause = rest.split(/[，,。；;]|比|较|与/)[0];
  if (/^\s*\d{1,2}\s*月/.test(rest) || /执行|以前|结转|末|底/.test(clause) || (!final && /决算/.test(clause))) return undefined;
  if (!(final ? /决算|预算/ : /预算/).test(clause)) return undefined;
  const offset = m[0].indexOf(m[1]);
  return { year: Number(m[1]), offset, end: m[0].length };
}

function hits(doc: BudgetDocument, re: RegExp): YearHit[] {
  return [...sentenceMatches(doc, re)].map(({ sentence, match }) => {
    const year = Number(match[1] ?? match[2]);
    return { sentence: sentence.index, offset: match.index, end: match.index + match[0].length, year };
  });
}

export default defineRule({
  meta: {
    id: 'wording/years',
    code: 'BL300',
    tags: ['wording'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '说明中的年度：比较年度为预算年度的上一年，所述预算年度为本文件年度，项目实施周期覆盖预算年度',
      en: 'Years in the narrative: the compared year is the one before the budget year, a stated budget year is the document’s, a project period covers the budget year',
    },
    messages: {
      comparison: {
        zh: '与{year}年比较，而本文件是{docYear}年{kind}，应与{expected}年比较：“{quote}”',
        en: 'compares with {year} but the document is the {docYear} {kind}; the comparison year should be {expected}: “{quote}”',
      },
      stated: {
        zh: '所述年度为{year}年，而本文件是{docYear}年{kind}：“{quote}”',
        en: 'states the year {year} but the document is the {docYear} {kind}: “{quote}”',
      },
      period: {
        zh: '项目实施周期“{period}”不含预算年度{docYear}年',
        en: 'the project period “{period}” does not cover the budget year {docYear}',
      },
      asOf: {
        zh: '截止日期为{year}年{month}月{day}日，与{docYear}年{kind}不符（应为{expected}年）：“{quote}”',
        en: 'the as-of date {year}-{month}-{day} does not fit the {docYear} {kind} (expected {expected}): “{quote}”',
      },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const final = documentKind(doc).finalAccounts;
    const docYear = doc.year;
    const kind = final ? '决算' : '预算';
    const sentences = doc.prose.sentences;
    const report = (messageId: 'comparison' | 'stated', hit: YearHit, expected: number) => {
      const s = sentences[hit.sentence];
      ctx.report({
        messageId,
        data: { year: hit.year, docYear, kind, expected, quote: fragment(s.text, hit.offset, hit.end) },
        expected: String(expected),
        actual: String(hit.year),
        location: sentencePlace(doc, s, hit.offset),
      });
    };

    // A 决算 may also compare its figures with the same year's budget (`比2024年年初预算`).
    for (const hit of [...hits(doc, COMPARISON_RE), ...hits(doc, PRIOR_EXECUTION_RE)]) {
      const s = sentences[hit.sentence].text;
      const sameYearBudget = final && hit.year === docYear && /^\s*年?(?:年初|全年|调整)?预算/.test(s.slice(hit.end));
      if (hit.year !== docYear - 1 && !sameYearBudget) report('comparison', hit, docYear - 1);
    }
    if (!final) for (const hit of hits(doc, BUDGET_ARRANGED_RE)) if (hit.year !== docYear) report('stated', hit, docYear);
    for (const s of sentences) {
      const opening = openingYear(s.text, final);
      if (!opening || opening.year === docYear) continue;
      // Already reported as `YYYY年预算安排` above.
      if (!final && /^\s*年\s*预算安排/.test(s.text.slice(opening.offset + 4))) continue;
      report('stated', { sentence: s.index, ...opening }, docYear);
    }

    for (const { sentence, match } of sentenceMatches(doc, AS_OF_RE)) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const yearEnd = month === 12 && day === 31;
      // A budget reports assets at a date of the year before (or early in the budget year); a 决算 at the end of its year.
      const expected = final ? docYear : docYear - 1;
      const fits = final ? !yearEnd || year === docYear : yearEnd ? year === docYear - 1 : year === docYear - 1 || year === docYear;
      if (fits) continue;
      ctx.report({
        messageId: 'asOf',
        data: { year, month, day, docYear, kind, expected, quote: fragment(sentence.text, match.index, match.index + match[0].length) },
        expected: String(expected),
        actual: String(year),
        location: sentencePlace(doc, sentence, match.index),
      });
    }

    for (const period of projectPeriods(doc)) {
      const years = [...period.text.matchAll(/(\d{4})\s*(?=年|全年|[-—–~～至到.．/])/g)].map((m) => Number(m[1])).filter((y) => y >= 1990 && y <= 2100);
      if (years.length === 0) continue;
      if (Math.min(...years) <= docYear && docYear <= Math.max(...years)) continue;
      ctx.report({
        messageId: 'period',
        data: { period: period.text, docYear },
        expected: String(docYear),
        actual: years.join('–'),
        location: period.place,
      });
    }
  },
});

const PERIOD_LABEL = /实施周期|项目期限|起止时间|实施期限|项目周期|执行期限|实施年限|项目起止/;

/**
 * A project period as printed: the line after a `五、实施周期` heading (read from the printed
 * paragraphs, since a period such as `2025.1.1-2025.12.31` holds no Chinese and is no sentence), or a
 * labelled clause inside a sentence (`实施周期：2025年1月至12月`).
 */
function projectPeriods(doc: BudgetDocument) {
  const out: { text: string; place: Place }[] = [];
  doc.narrative.forEach((heading, i) => {
    const title = heading.text.trim().replace(/^[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*/, '');
    const next = doc.narrative[i + 1];
    if (!PERIOD_LABEL.test(title) || title.length > 8 || !next || /^[（(]?[一二三四五六七八九十]{1,2}[)）、]/.test(next.text.trim())) return;
    out.push({ text: next.text.trim(), place: { table: heading.text.trim(), page: next.position.page, line: next.position.line, excerpt: next.text.trim() } });
  });
  for (const { sentence, match } of sentenceMatches(doc, new RegExp(`(?:${PERIOD_LABEL.source})\\s*(?:为|是)?\\s*[：:]\\s*([^。；;]+)`, 'g'))) {
    out.push({ text: match[1].trim(), place: sentencePlace(doc, sentence, match.index) });
  }
  return out;
}
