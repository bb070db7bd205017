import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateFile } from '../../scripts/eval-mutations.js';
import { hasTools, readToUnicode } from '../../scripts/eval-pdf.js';

/**
 * Smoke test of the real-PDF mutation eval (`npm run eval`, results in fixtures/eval/mutations.json):
 * two seeded one-digit changes inside R06's PDF, each verified with pdftotext and checked. The
 * detection rate itself is measured by the eval, not asserted here.
 */
const missing = hasTools();
if (missing) console.log(`mutation eval smoke test skipped: ${missing}`);

describe('mutation eval', () => {
  it('reads a ToUnicode map (bfchar and bfrange)', () => {
    const map = readToUnicode('beginbfchar\n<0013> <0030>\nendbfchar\nbeginbfrange\n<0014> <0016> <0031>\nendbfrange');
    expect([...map]).toEqual([['0013', '0'], ['0014', '1'], ['0015', '2'], ['0016', '3']]);
  });

  it.skipIf(missing !== undefined)('changes one digit of a narrative number in R06 twice, the same way on every run', async () => {
    const file = 'fixtures/realdocs/R06_上海市普陀区人民政府办公室_2025_部门预算.pdf';
    const result = await evaluateFile(file, { files: [file], perFile: 2, seed: 7 });
    expect(result.mutations).toHaveLength(2);
    for (const m of result.mutations) {
      // One digit differs, nothing else.
      expect(m.to).not.toBe(m.from);
      expect(m.to.length).toBe(m.from.length);
      expect([...m.from].filter((c, i) => c !== m.to[i])).toHaveLength(1);
      expect(m.detected ? m.by.length > 0 : m.cause).toBeTruthy();
    }
    // The committed results were made with the same seed: the same two numbers come first.
    const committed = JSON.parse(readFileSync('fixtures/eval/mutations.json', 'utf8')) as { seed: number; files: { file: string; mutations: { from: string; to: string }[] }[] };
    const r06 = committed.files.find((f) => file.endsWith(f.file))!;
    expect(committed.seed).toBe(7);
    expect(result.mutations.map((m) => `${m.from}→${m.to}`)).toEqual(r06.mutations.slice(0, 2).map((m) => `${m.from}→${m.to}`));
  }, 120_000);
});
