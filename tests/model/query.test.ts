import { describe, expect, it } from 'vitest';
import { functionRow } from '../../src/model/query.js';
import { parseText, seedText } from '../helpers.js';

/** functionRow answers from an index (rules ask once per code of tables with thousands of rows): it must answer as a scan would. */
describe('functionRow', () => {
  const doc = parseText(seedText('001'));
  const scan = (rows: typeof doc.tables[number]['rows'], code: string) => rows.find((r) => r.kind === 'function' && r.code === code);

  it('gives, for every code of every table of a seed, the first row a scan finds', () => {
    let asked = 0;
    for (const table of doc.tables) {
      for (const code of new Set(table.rows.filter((r) => r.code).map((r) => r.code!))) {
        expect(functionRow(table, code)).toBe(scan(table.rows, code));
        asked++;
      }
      expect(functionRow(table, '9999999')).toBeUndefined();
    }
    expect(asked).toBeGreaterThan(50);
  });

  it('keeps the first of two rows with one code, and sees rows added after its first answer', () => {
    const expenditure = doc.tables.find((t) => t.kind === 'expenditure')!;
    const table = { ...expenditure, rows: [...expenditure.rows] };
    const first = table.rows.find((r) => r.kind === 'function')!;
    expect(functionRow(table, first.code!)).toBe(first);
    table.rows.push({ ...first, label: 'again' });
    table.rows.push({ ...first, code: '2999999', label: 'added' });
    expect(functionRow(table, first.code!)).toBe(first);
    expect(functionRow(table, '2999999')?.label).toBe('added');
  });
});
