import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/crossfile/figures.js';
import { check, lineOf, parseText, seedText } from '../helpers.js';

/**
 * Seed 004 (阳泉市医疗保障局 2026) with its 三公 table given a `上年预算数` column, filled from its own
 * narrative (2025: 公务接待费0.80, 公务用车1.80, total 2.60): a text-level copy of a real filing.
 */
function withPriorColumn(): string {
  const lines = seedText('004').split('\n');
  const title = lineOf(lines.join('\n'), ['2026年财政拨款安排“三公”经费支出预算表'], 300);
  const header = lines.findIndex((l, i) => i >= title && l.startsWith('项目\t2026年预算数'));
  lines[header] += '\t上年预算数';
  lines[header + 1] += '\t';
  const prior = ['0', '0.80', '1.80', '0', '1.80', '2.60'];
  for (let i = 0; i < prior.length; i++) lines[header + 2 + i] += `\t${prior[i]}`;
  return lines.join('\n');
}

describe('a table’s 上年预算数 column', () => {
  it('is read as last year’s budget, row by row, and carried in the figures record', () => {
    const doc = parseText(withPriorColumn());
    const three = doc.tables.find((t) => t.kind === 'three-public')!;
    expect(three.columns.map((c) => c.key)).toContain('priorYear');
    const reception = three.rows.find((r) => r.line === 'reception')!;
    expect(reception.cells.priorYear?.raw).toBe('0.80');
    const record = figuresOf(doc).tables.find((t) => t.kind === 'three-public')!;
    expect(record.columns.priorYear).toBe('上年预算数');
    expect(record.rows.find((r) => r.key === 'total')?.cells).toMatchObject({ total: '1.80', priorYear: '2.60' });
  });

  it('does not change what the single-document rules find', () => {
    const key = (f: { ruleId: string; message: string; severity: string }) => `${f.severity} ${f.ruleId} ${f.message}`;
    expect(check(withPriorColumn()).map(key)).toEqual(check(seedText('004')).map(key));
  });
});
