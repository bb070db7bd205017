import { defineRule } from '../../src/engine/rule.js';
import { documentKind, fragment, sentenceMatches, sentencePlace } from '../prose.js';

/**
 * A unit's budget that speaks of itself as a department (`部门预算安排购置车辆…`, `本部门…`),
 * copied from the department's text. `部门（单位）`, `预算部门`, `主管部门` and other departments are
 * not self-references.
 */
const DEPARTMENT_SELF_RE = /(?:本|我|该)部门(?![（(]单位)|(?<![主管职能财政有关相关各预算])部门(?:预算|决算)(?:安排|支出总计|收入总计|资金)|部门整体(?:支出)?绩效目标/g;

/**
 * The reverse is only checkable where the template fixes the wording: the Shanghai 部门预算 says
 * `本部门政府采购预算` / `本部门编报绩效目标` / `部门预算安排购置车辆`; a Shanxi 部门 may say 本单位
 * of its only unit.
 */
const UNIT_SELF_SHANGHAI_RE = /本单位(?=(?:政府采购预算|编报绩效目标|面向中小企业))|单位预算安排购置/g;

export default defineRule({
  meta: {
    id: 'wording/document-kind',
    code: 'BL304',
    tags: ['wording'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '“部门”“单位”用语与文件类型一致（单位预算中不称“本部门”“部门预算安排”，上海部门预算模板中不称“本单位”）',
      en: 'The wording 部门/单位 fits the document kind (no 本部门 or 部门预算安排 in a unit budget; no 本单位 in the Shanghai department template)',
    },
    messages: {
      departmentInUnit: {
        zh: '本文件是单位预算，却使用部门用语“{text}”：“{quote}”',
        en: 'the document is a unit budget but says “{text}” (department wording): “{quote}”',
      },
      unitInDepartment: {
        zh: '本文件是部门预算，模板用语为“本部门”“部门预算”，此处为“{text}”：“{quote}”',
        en: 'the document is a department budget (template wording 本部门/部门预算) but says “{text}”: “{quote}”',
      },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const kind = documentKind(doc);
    const wrong =
      kind.scope === 'unit'
        ? { re: DEPARTMENT_SELF_RE, messageId: 'departmentInUnit' as const }
        : kind.scope === 'department' && doc.template === 'shanghai' && !kind.finalAccounts
          ? { re: UNIT_SELF_SHANGHAI_RE, messageId: 'unitInDepartment' as const }
          : undefined;
    if (!wrong) return;
    for (const { sentence, match } of sentenceMatches(doc, wrong.re)) {
      // The part describing the department the unit belongs to (机构设置) may speak of the department.
      const section = doc.prose.sections[sentence.section]?.title ?? '';
      if (/机构设置|职能|职责/.test(section)) continue;
      ctx.report({
        messageId: wrong.messageId,
        data: { text: match[0], quote: fragment(sentence.text, match.index, match.index + match[0].length) },
        location: sentencePlace(doc, sentence, match.index),
      });
    }
  },
});
