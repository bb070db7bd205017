import { defineRule } from '../../src/engine/rule.js';
import type { FunctionLevel } from '../../src/model/table.js';
import { functionIndex, functionPaths, refdataClass, sameName, type FunctionIndex, type PathSegment } from '../function-paths.js';
import { fragment, sentencePlace } from '../prose.js';

const LEVEL_ZH: Record<FunctionLevel, string> = { class: '类', section: '款', item: '项' };
const CODE_LENGTH: Record<FunctionLevel, number> = { class: 3, section: 5, item: 7 };

/** Codes of the tables at a level under a parent code, whose name is `name`. */
function byName(index: FunctionIndex, level: FunctionLevel, parent: string, name: string): string[] {
  return index.codes.filter((c) => c.length === CODE_LENGTH[level] && c.startsWith(parent) && sameName(index.nameOf.get(c) ?? '', name));
}

interface Mismatch {
  segment: PathSegment;
  code: string;
  tableName: string;
  source: 'tables' | 'refdata';
}

/**
 * Walks a printed path down the tables. A printed code decides the row; without codes, the class is
 * found by its name (current or former, refdata), a 款 by its name under the class, and a 款 whose
 * name the tables do not have is still pinned when the 项 printed under it is unique in the class.
 * Whatever cannot be pinned is left alone.
 */
function mismatches(path: PathSegment[], index: FunctionIndex): Mismatch[] {
  const out: Mismatch[] = [];
  const check = (segment: PathSegment, code: string) => {
    const tableName = index.nameOf.get(code);
    if (tableName !== undefined) {
      if (!sameName(tableName, segment.name)) out.push({ segment, code, tableName, source: 'tables' });
      return;
    }
    const known = segment.level === 'class' ? refdataClass(segment.name) : undefined;
    if (known && known.code === code && !sameName(known.current, segment.name)) out.push({ segment, code, tableName: known.current, source: 'refdata' });
  };

  const [cls, section, item] = [0, 1, 2].map((i) => path.find((s, j) => j === i && s.level === (['class', 'section', 'item'] as const)[i]));
  if (path.every((s) => s.code)) {
    for (const s of path) if (s.code) check(s, s.code);
    return out;
  }
  if (!cls) return out;
  const classCode = cls.code ?? byName(index, 'class', '', cls.name)[0] ?? refdataClass(cls.name)?.code;
  if (!classCode) return out;
  check(cls, classCode);
  if (!section) return out;
  let sectionCode = section.code ?? byName(index, 'section', classCode, section.name)[0];
  if (!sectionCode && item) {
    const items = byName(index, 'item', classCode, item.name);
    if (items.length === 1) sectionCode = items[0].slice(0, 5);
  }
  if (!sectionCode) return out;
  check(section, sectionCode);
  if (!item) return out;
  const itemCode = item.code ?? byName(index, 'item', sectionCode, item.name)[0];
  if (itemCode) check(item, itemCode);
  else {
    // A 项 name the tables have under another 款 of the class: the 项 was given to the wrong 款.
    const elsewhere = byName(index, 'item', classCode, item.name);
    if (elsewhere.length === 1) out.push({ segment: item, code: elsewhere[0], tableName: `${index.nameOf.get(elsewhere[0].slice(0, 5)) ?? elsewhere[0].slice(0, 5)}／${index.nameOf.get(elsewhere[0])}`, source: 'tables' });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'wording/class-names',
    code: 'BL306',
    tags: ['wording'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '说明中的类、款、项名称与表中同一编码的名称一致（含已停用的旧名称，如“医疗卫生与计划生育支出”）',
      en: 'Class/款/项 names in the narrative match the tables’ name for the same code (including obsolete names such as 医疗卫生与计划生育支出)',
    },
    messages: {
      tables: {
        zh: '说明中的{level}名称“{name}”与表中{code}的名称“{tableName}”不一致：“{quote}”',
        en: 'the narrative names the {level} “{name}” but the tables name {code} “{tableName}”: “{quote}”',
      },
      refdata: {
        zh: '说明中的{level}名称“{name}”为{code}的旧名称或非现行名称，现行名称为“{tableName}”：“{quote}”',
        en: 'the narrative uses “{name}”, a former or non-current name of {code}; its name is “{tableName}”: “{quote}”',
      },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const index = functionIndex(doc);
    for (const s of doc.prose.sentences) {
      for (const path of functionPaths(s.text)) {
        for (const m of mismatches(path, index)) {
          ctx.report({
            messageId: m.source,
            data: { level: LEVEL_ZH[m.segment.level], name: m.segment.name, code: m.code, tableName: m.tableName, quote: fragment(s.text, m.segment.offset, m.segment.offset + m.segment.name.length) },
            expected: m.tableName,
            actual: m.segment.name,
            location: sentencePlace(doc, s, m.segment.offset),
          });
        }
      }
    }
  },
});
