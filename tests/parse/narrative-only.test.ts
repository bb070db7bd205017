import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/batch/check-file.js';
import { rules } from '../../rules/index.js';
import { check, errorsOf, parseText } from '../helpers.js';

/**
 * Narrative-only documents (issue 7, item 6): the 情况说明 of seed 004 alone, in 万元, restated in
 * 元, and in traditional characters (fixtures/narrative-only/README.md). Each is checked, with no
 * tables and one warning that says so; a changed share, change and sum is found in each.
 */
const DIR = 'fixtures/narrative-only';
const DOCS = {
  '004_情况说明_万元.txt': { share: '占41.53%', change: '下降17.91%', delta: '减少416.04万元', sum: '政府采购服务预算2.00万元' },
  '004_情况说明_元.txt': { share: '占41.53%', change: '下降17.91%', delta: '减少4,160,400.00元', sum: '政府采购服务预算20,000.00元' },
  '004_情况说明_繁体.txt': { share: '佔41.53%', change: '下降17.91%', delta: '減少416.04萬元', sum: '政府採購服務預算2.00萬元' },
} as const;
type Doc = keyof typeof DOCS;

const text = (file: Doc) => readFileSync(`${DIR}/${file}`, 'utf8');

/** One digit of the printed number changed (4 → 5, 7 → 8, 2 → 3): the sentence stays as it was otherwise. */
const changedDigit = (printed: string) => printed.replace(/[0-9](?=[0-9.,]*(%|万元|萬元|元)$)/, (d) => String((Number(d) + 1) % 10));

function changeOnce(source: string, printed: string): string {
  expect(source.split(printed), `“${printed}” once`).toHaveLength(2);
  return source.replace(printed, changedDigit(printed));
}

describe.each(Object.keys(DOCS) as Doc[])('%s', (file) => {
  it('is checked: no tables, one warning saying so', async () => {
    const result = await checkFile(`${DIR}/${file}`, rules, { lang: 'zh' });
    expect(result.status).toBe('checked');
    expect(result.document!.tables).toEqual([]);
    expect(result.document!.year).toBe(2026);
    expect(result.document!.department).toBe('阳泉市医疗保障局');
    expect(result.document!.claims).toBeGreaterThan(80);
    const warnings = result.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => `${f.ruleCode} ${f.messageId}`)).toEqual(['BL020 noTables']);
  });

  // The 元 text once compared a change printed in 元 with a current amount in 万元
  // (`减少8,925,200.00元，上年应为8927213.86万元`): every number now carries its own unit and the
  // rules convert it (src/model/claim.ts valueInWan / signedChange / inClaimUnit).
  it('has no error', async () => {
    const result = await checkFile(`${DIR}/${file}`, rules, { lang: 'zh' });
    expect(errorsOf(result.findings).map((f) => f.message)).toEqual([]);
  });

  // `delta`: the amount of a change, printed in the document's own unit (元 in the 元 text) and
  // compared with the stated rate after conversion.
  it.each(['share', 'change', 'delta', 'sum'] as const)('a changed %s is an error about the changed number', (what) => {
    const printed = DOCS[file][what];
    const published = new Set(errorsOf(check(text(file))).map((f) => f.message));
    const mutated = changeOnce(text(file), printed);
    const found = errorsOf(check(mutated)).filter((f) => !published.has(f.message));
    const lines = mutated.split('\n');
    const line = lines.findIndex((l) => !text(file).split('\n').includes(l)) + 1;
    expect(found.length, `new errors for ${what}`).toBeGreaterThan(0);
    // The sentence is quoted in simplified characters (the document was read after conversion).
    const expectedRule = { share: 'BL101', change: 'BL102', delta: 'BL102', sum: 'BL105' }[what];
    expect(found.some((f) => f.ruleCode === expectedRule && f.location.line === line)).toBe(true);
    // The finding is about the changed number: its place or a related place is that claim.
    const raw = /([0-9][0-9.,]*)(?:%|万元|萬元|元)$/.exec(changedDigit(printed))![1];
    const changed = parseText(mutated).claims.filter((c) => c.position.line === line && c.raw === raw);
    expect(changed, 'the changed number is one claim').toHaveLength(1);
    expect(found.some((f) => f.ruleCode === expectedRule && [f.location, ...f.related].some((p) => p.claim === changed[0].id))).toBe(true);
  });
});
