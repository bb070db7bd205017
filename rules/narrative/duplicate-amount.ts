import { defineRule } from '../../src/engine/rule.js';
import type { Claim } from '../../src/model/claim.js';
import { changeGroupsOf, changeHoldsWith, conflictsOf, intervalOf, listHoldsWith, restatementsOf, tableFigureOf } from '../../src/narrative/links.js';
import { claimPlace, stated, term } from '../claims.js';

export default defineRule({
  meta: {
    id: 'narrative/duplicate-amount',
    code: 'BL106',
    tags: ['narrative'],
    severity: 'error',
    description: {
      zh: '同一项目（同一编号条目或同一句）两次给出的本年金额相同；不同时指出哪一个与表格和所述增减不符',
      en: 'An item stating its amount twice gives the same value both times; if not, says which one disagrees with the table and the stated change',
    },
    messages: {
      twice: {
        zh: '“{subject}”先写作{first}，又写作{second}{evidence}',
        en: '“{subject}” is stated as {first} and then as {second}{evidenceEn}',
      },
    },
  },
  check(ctx) {
    const { claims, tables } = ctx.doc;
    // Every restatement was compared with the other statements of its figure, agreeing or not.
    for (const group of restatementsOf(claims)) ctx.examine(...group.map((c) => c.id));
    for (const group of conflictsOf(claims)) {
      ctx.examine(...group.map((c) => c.id));
      const figure = tableFigureOf(tables, group[0]);
      const changes = changeGroupsOf(claims).filter((g) => g.current && group.includes(g.current));
      // Each value, judged by the table and by the year-on-year statement of the same item.
      const verdicts = group.map((claim) => ({
        claim,
        table: figure ? intervalOf(claim).value.minus(figure.value).abs().lte(intervalOf(claim).radius.plus(figure.radius)) : undefined,
        change: changes.map((g) => changeHoldsWith(g, intervalOf(claim))).find((v) => v !== undefined),
        list: listHoldsWith(group, intervalOf(claim), claims),
      }));
      // The value the table agrees with is right; without a table, the one the stated change or the
      // `其中` list it is a part of agrees with (and neither contradicts).
      const byTable = verdicts.filter((v) => v.table === true);
      const byStatements = verdicts.filter((v) => v.table !== false && (v.change === true || v.list === true) && v.change !== false && v.list !== false);
      const good = byTable.length > 0 ? byTable : byStatements;
      const wrong: Claim = good.length === 1 ? verdicts.find((v) => v !== good[0])!.claim : group[group.length - 1];
      const right = good.length === 1 ? good[0].claim : group[0];
      const reasons = good.length === 1 ? [good[0].table ? `与表中${figure!.value.toFixed()}一致` : '', good[0].change ? '与所述增减一致' : '', good[0].list ? '与所列各项之和一致' : ''].filter(Boolean) : [];
      const evidence = good.length === 1 ? `；${stated(right)}${reasons.join('，')}，${stated(wrong)}有误` : figure ? `；表中为${figure.value.toFixed()}` : '';
      const evidenceEn = good.length === 1 ? `; ${stated(right)} agrees with ${[good[0].table ? 'the table' : '', good[0].change ? 'the stated change' : '', good[0].list ? 'the sum of its list' : ''].filter(Boolean).join(' and ')}, so ${stated(wrong)} is the mistake` : '';
      ctx.checkIdentity({
        messageId: 'twice',
        data: { subject: group[0].subjectText, first: stated(group[0]), second: stated(group[group.length - 1]), evidence, evidenceEn },
        expected: term(intervalOf(right)),
        actual: term(intervalOf(wrong)),
        unit: '万元',
        location: claimPlace(wrong),
        related: [...group.filter((c) => c !== wrong).map(claimPlace), ...(figure ? [figure.place] : [])],
      });
    }
  },
});
