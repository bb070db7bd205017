import { defineRule } from '../../src/engine/rule.js';
import { sumTerms } from '../../src/engine/arithmetic.js';
import { changeBreakdownsOf } from '../../src/narrative/links.js';
import { radiusInWan, signedChange } from '../../src/model/claim.js';
import type { Claim } from '../../src/model/claim.js';
import { claimPlace, stated } from '../claims.js';

const signed = (c: Claim) => ({ value: signedChange(c), radius: radiusInWan(c) });

export default defineRule({
  meta: {
    id: 'narrative/change-breakdown',
    code: 'BL104',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '分项增减额之和等于总增减额',
      en: 'The stated parts of a year-on-year change add up to the total change',
    },
    messages: {
      breakdown: {
        zh: '“{subject}”增减{stated}，而{parts}的增减合计为{expected}万元（增加为正、减少为负）',
        en: '“{subject}” changes by {stated}, but the changes of {parts} add up to {expected}万元 (increase positive)',
      },
    },
  },
  check(ctx) {
    for (const { total, parts } of changeBreakdownsOf(ctx.doc.claims)) {
      ctx.examine(total.id, ...parts.map((p) => p.id));
      ctx.checkIdentity({
        messageId: 'breakdown',
        data: { subject: total.subjectText, stated: stated(total), parts: parts.map((p) => `“${p.subjectText}”`).join('、') },
        expected: sumTerms(parts.map(signed)),
        actual: signed(total),
        unit: '万元',
        location: claimPlace(total),
        related: parts.map(claimPlace),
      });
    }
  },
});
