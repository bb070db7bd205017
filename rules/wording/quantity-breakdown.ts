import { Decimal } from 'decimal.js';
import { compare, sumTerms, type Term } from '../../src/engine/arithmetic.js';
import { defineRule } from '../../src/engine/rule.js';
import { halfUnit } from '../../src/model/amount.js';
import type { Sentence } from '../../src/narrative/types.js';
import { fragment, sentencePlace } from '../prose.js';

/** A non-money quantity as printed: `1,200平方米`, `7辆`, `818台/套`. */
interface Quantity {
  start: number;
  end: number;
  term: Term;
  raw: string;
  unit: string;
  depth: number;
  /** The words naming it, back to the previous delimiter (`地上建筑面积为`). */
  label: string;
}

const QUANTITY_RE = /(?<![\d.,，（(])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(平方米|㎡|平米|亩|人|名|辆|台（套）|台\/套|台\(套\)|台|套|间|处|栋|幢|户)/g;
const SAME_UNIT: Record<string, string> = { '㎡': '平方米', 平米: '平方米', 名: '人', '台（套）': '台', '台/套': '台', '台(套)': '台', 套: '台' };
const OPEN = '（(';
const CLOSE = '）)';

function depths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    out.push(depth);
    if (OPEN.includes(ch)) depth++;
  }
  return out;
}

function quantities(text: string): Quantity[] {
  const depth = depths(text);
  return [...text.matchAll(QUANTITY_RE)].map((m) => {
    const digits = m[1].replace(/,/g, '');
    const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    const before = text.slice(0, m.index);
    const labelStart = Math.max(...[...'，,、；;：:（(。'].map((c) => before.lastIndexOf(c))) + 1;
    return {
      start: m.index,
      end: m.index + m[0].length,
      // Counts and whole numbers are exact; a figure printed with decimals stands for its rounding interval.
      term: { value: new Decimal(digits), radius: decimals > 0 ? halfUnit(decimals) : new Decimal(0) },
      raw: m[0],
      unit: SAME_UNIT[m[2]] ?? m[2],
      depth: depth[m.index],
      label: before.slice(labelStart).replace(/^其中[：:]?/, ''),
    };
  });
}

/** The members name every part of the whole: a catch-all (`其他`), or a part and its complement (`地上`/`地下`, `计容`/`不计容`). */
function exhaustive(members: Quantity[]): boolean {
  const labels = members.map((m) => m.label);
  if (labels.some((l) => /其他|其它|其余/.test(l))) return true;
  if (labels.some((l) => l.includes('地上')) && labels.some((l) => l.includes('地下'))) return true;
  return labels.some((l) => {
    const negated = /(?:不|非)([\u4e00-\u9fff]{1,4})/.exec(l);
    return negated !== null && labels.some((other) => other !== l && other.includes(negated[1]) && !/(?:不|非)/.test(other));
  });
}

/** Each `其中` breakdown of a quantity in a sentence: the head printed just before it and its members. */
function breakdowns(s: Sentence): { head: Quantity; members: Quantity[] }[] {
  const text = s.text;
  const depth = depths(text);
  const all = quantities(text);
  const out: { head: Quantity; members: Quantity[] }[] = [];
  for (const m of text.matchAll(/其中/g)) {
    const at = m.index;
    const level = depth[at];
    const head = [...all].reverse().find((q) => q.end <= at && q.depth <= level);
    if (!head || !/^[，,：:\s（(]*$/.test(text.slice(head.end, at))) continue;
    const members: Quantity[] = [];
    for (const q of all) {
      if (q.start <= at) continue;
      const between = text.slice(at, q.start);
      const stopped = [...between].some((ch, i) => depth[at + i] <= level && /[；;。]/.test(ch)) || depth.slice(at, q.start).some((d) => d < level);
      if (stopped) break;
      if (q.depth !== level) continue;
      if (q.unit !== head.unit) break;
      members.push(q);
    }
    if (members.length >= 2) out.push({ head, members });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'wording/quantity-breakdown',
    code: 'BL305',
    tags: ['wording'],
    severity: 'warning',
    documents: ['budget', 'final'],
    description: {
      zh: '说明中面积、人数、车辆、台套等数量的“其中”分项之和与总数一致（按印出的小数位取舍）',
      en: 'A 其中 breakdown of floor areas, people, vehicles or units adds up to its total (with the rounding rule where decimals are printed)',
    },
    messages: {
      sumBoth: {
        zh: '“{head}”与其分项合计{sum}{unit}（{members}）相差{difference}{unit}；按“{outer}”减去其他分项也应为{implied}{unit}',
        en: '“{head}” differs by {difference} {unit} from its parts ({members} = {sum}); {outer} less the other parts also gives {implied} {unit}',
      },
      sum: {
        zh: '“{head}”，其中各项合计{sum}{unit}（{members}），相差{difference}{unit}',
        en: '“{head}”, but its parts add up to {sum} {unit} ({members}), a difference of {difference} {unit}',
      },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const s of doc.prose.sentences) {
      const failing = breakdowns(s).filter(({ head, members }) => {
        const c = compare(head.term, sumTerms(members.map((m) => m.term)));
        // A list may name only some parts; it must not exceed the whole, and must equal it when it names every part.
        return c.verdict !== 'exact' && !(c.difference.isNegative() && !exhaustive(members));
      });
      for (const { head, members } of failing) {
        // One wrong figure, one finding: a quantity that is both a failing head and a member of a failing
        // list (地上 8013 = 7998 + 105? and 13459 = 8013 + 5356?) is reported once, as the head.
        if (failing.some((other) => other.head !== head && members.includes(other.head))) continue;
        const sum = sumTerms(members.map((m) => m.term));
        const outer = failing.find((other) => other.members.includes(head));
        const implied = outer ? outer.head.term.value.minus(sumTerms(outer.members.filter((m) => m !== head).map((m) => m.term)).value) : undefined;
        ctx.checkIdentity({
          messageId: outer ? 'sumBoth' : 'sum',
          data: {
            head: `${head.label}${head.raw}`,
            sum: sum.value.toFixed(),
            unit: head.unit,
            members: members.map((m) => `${m.label}${m.raw}`).join(' + '),
            difference: sum.value.minus(head.term.value).abs().toFixed(),
            outer: outer ? `${outer.head.label}${outer.head.raw}` : '',
            implied: implied?.toFixed() ?? '',
          },
          // What the parts imply against what is printed.
          expected: sum,
          actual: head.term,
          location: sentencePlace(doc, s, head.start),
          related: outer ? [{ ...sentencePlace(doc, s, outer.head.start), excerpt: fragment(s.text, outer.head.start - outer.head.label.length, outer.head.end, 0) }] : [],
        });
      }
    }
  },
});
