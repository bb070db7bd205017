import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { split } from 'sentence-splitter';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/narrative/segment.js';

/**
 * segment.ts splits most paragraphs without the splitter's English abbreviation lists (a speed-up);
 * the sentences must be exactly the splitter's own.
 */
const FOLDERS = ['fixtures/seeds', 'fixtures/narrative-only', 'fixtures/encodings'];
const lines = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(folder, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)),
);

describe('sentencesOf', () => {
  it('cuts every line of the text fixtures (and each line joined with the next) as the splitter does', () => {
    const texts = [...lines, ...lines.slice(1).map((l, i) => lines[i] + l)];
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) expect(sentencesOf(text), text).toEqual(split(text));
  });

  it('keeps the lists where an English abbreviation hides a break (`Mr. Smith`, `Yahoo! 的`)', () => {
    const texts = ['参见 Mr. Smith 的意见。其他说明。', '使用 Yahoo! 服务，支出1.20万元。', '详见附件 etc. 以下略。', '共支出12.50万元. 其中办公费3.00万元。'];
    for (const text of texts) expect(sentencesOf(text), text).toEqual(split(text));
    // The case the lists decide: one sentence, not two.
    expect(sentencesOf(texts[0]).filter((n) => n.type === 'Sentence')).toHaveLength(2);
  });
});
