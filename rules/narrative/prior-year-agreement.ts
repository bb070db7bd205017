import { defineRule } from '../../src/engine/rule.js';
import { changeGroupsOf, impliedPriorOf, priorPeersOf } from '../../src/narrative/links.js';
import { claimPlace, stated, term } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/prior-year-agreement',
    code: 'BL103',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '关于同一数字的两处同比表述推算出的上年数相同',
      en: 'Two year-on-year statements about the same quantity imply the same prior-year value',
    },
    messages: {
      disagree: {
        zh: '“{subject}”的两处同比表述推算的{year}年数不一致：{first}推出{expected}万元，{second}推出{actual}万元',
        en: 'Two statements about “{subject}” imply different {year} values: {first} gives {expected}万元, {second} gives {actual}万元',
      },
    },
  },
  check(ctx) {
    for (const peers of priorPeersOf(changeGroupsOf(ctx.doc.claims))) {
      const implied = peers.flatMap((g) => {
        const prior = impliedPriorOf(g, ctx.doc.tables);
        return prior ? [{ group: g, prior }] : [];
      });
      const [first, ...others] = implied;
      if (others.length > 0) implied.forEach(({ group }) => ctx.examine(...group.changes.map((c) => c.id)));
      for (const other of others) {
        const a = first.group.delta ?? first.group.percent!;
        const b = other.group.delta ?? other.group.percent!;
        ctx.checkIdentity({
          messageId: 'disagree',
          data: { subject: b.subjectText, year: b.year, first: `“${a.subjectText}${stated(a)}”`, second: `“${b.subjectText}${stated(b)}”` },
          expected: term(first.prior),
          actual: term(other.prior),
          unit: '万元',
          location: claimPlace(b),
          related: [claimPlace(a)],
        });
      }
    }
  },
});
