import { defineRule } from '../../src/engine/rule.js';
import { claimPlace, stated } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/unchecked-claim',
    code: 'BL119',
    tags: ['narrative'],
    severity: 'info',
    description: {
      zh: '列出情况说明中无法与表格或其他表述核对的数字，使核对范围一目了然',
      en: 'Lists the narrative numbers that no table value or other statement can be checked against, so coverage is visible',
    },
    messages: {
      unchecked: {
        zh: '未核对：{stated}（{reason}）',
        en: 'Not checked: {stated} ({reason})',
      },
    },
  },
  check(ctx) {
    for (const claim of ctx.doc.claims) {
      if (claim.checks.length > 0) continue;
      ctx.report({ messageId: 'unchecked', data: { stated: stated(claim), reason: claim.uncheckedReason ?? '' }, location: claimPlace(claim) });
    }
  },
});
