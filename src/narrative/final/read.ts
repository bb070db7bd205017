import type { Claim } from '../../model/claim.js';
import type { Table } from '../../model/table.js';
import { classificationOf, functionCodeOf } from '../grammar.js';
import { scanNumbers, isCountUnit } from '../numbers.js';
import { clauseOf } from '../roles.js';
import { positionAt } from '../segment.js';
import type { FinalSubjectKey } from '../subjects.js';
import type { Narrative, Sentence } from '../types.js';
import { formOf, wordTokens, type Form, type WordToken } from './forms.js';
import { domainOfSubject, finalSubjectByWords, isPartOf, parentOf, type FinalDomain } from './subjects.js';

type Resolution = { subject: FinalSubjectKey; printed?: Claim['printed'] } | { unresolved: string; printed?: Claim['printed'] };

/** Sections whose numbers no 决算 table carries (the reason is the claim's `unresolved`). */
const UNTABLED: [RegExp, string][] = [
  [/绩效/, '预算绩效管理情况中的数字，决算表中没有对应数字'],
  [/国有资产|资产占用|资产占有/, '国有资产占有使用情况，决算表中没有对应数字'],
];
const REASON_RE = /主要原因|原因[是为：:]|主要由于|由于/;
const LIST_RE = /其中[：:，,]?|主要用于以下方面[：:]?|主要包括[：:]?/;
const COUNT_REASON = '数量（团组、人次、批次、车辆），决算表中没有对应数字';

/**
 * Reads the numbers of a 决算 情况说明 as claims (FINAL_ACCOUNTS.md). A number takes its subject from its
 * own words; else from the sentence's running subject (`…年初预算为A，支出决算为B，完成年初预算的X%`); else
 * from its numbered item's heading (`1、社会保障和就业支出（类）…（项）。…年初预算为…`). Nothing is carried
 * from an earlier item or a sentence of another section; what is not certain is `unresolved`, with why.
 *
 * Links, for the rules: a completion rate's `about` is its 决算数 claim and `prior` its 预算数 claim (same
 * sentence or item); a change's `about` is the current amount of the same subject stated before it in the
 * section; a 决算数/预算数 comparison's `about`/`prior` likewise; `partOf` a `其中` (or `主要用于以下方面`,
 * or `其中：` before numbered items) member's total.
 */
export class FinalClaimReader {
  readonly claims: Claim[] = [];
  private readonly itemSubjects = new Map<number, Resolution | undefined>();

  constructor(
    readonly tables: Table[],
    readonly prose: Narrative,
    readonly year: number,
  ) {}

  read(): Claim[] {
    for (const sentence of this.prose.sentences) this.readSentence(sentence);
    this.linkItemLists();
    for (const [index, r] of this.itemSubjects) {
      if (r && 'subject' in r) this.prose.items[index].subject = r.subject;
      else if (r) this.prose.items[index].unresolved = r.unresolved;
    }
    return this.claims;
  }

  private sectionTitles(sentence: Sentence): string[] {
    const section = this.prose.sections[sentence.section];
    return [section.title, section.parent !== undefined ? this.prose.sections[section.parent].title : ''];
  }

  private sectionDomain(sentence: Sentence): FinalDomain | undefined {
    return this.sectionTitles(sentence).map((t) => domainOfSubject(finalSubjectByWords(t, undefined))).find((d) => d !== undefined);
  }

  /** The item's subject from its heading (with the first sentence when the heading line was cut). */
  private itemSubject(sentence: Sentence, domain: FinalDomain | undefined): Resolution | undefined {
    if (sentence.item === undefined) return undefined;
    const item = this.prose.items[sentence.item];
    if (!this.itemSubjects.has(item.index)) {
      const first = this.prose.sentences[item.sentences[0]]?.text ?? '';
      const path = (first.startsWith(item.marker) ? first.slice(item.marker.length) : item.heading + first).split(/。|主要用于/)[0].replace(/[\d.,]+\s*万元.*$/, '');
      this.itemSubjects.set(item.index, this.resolve(path, domain));
    }
    return this.itemSubjects.get(item.index);
  }

  /** Words → subject: a classification path (codes decide), else the registry's words. */
  private resolve(words: string, domain: FinalDomain | undefined): Resolution | undefined {
    const text = words.replace(/\s/g, '').replace(/^\d{4}年度?/, '');
    if (!/[\u4e00-\u9fff]/.test(text)) return undefined;
    if (/[（(]\d{0,7}[类款项][)）]/.test(text)) {
      const printed = classificationOf(text);
      if (printed && printed.kind === 'function') {
        const shown = { kind: printed.kind, form: printed.form, names: printed.names, code: printed.code };
        if (domain !== 'general') return { unresolved: `“${printed.names.join('-')}”未说明是哪一类资金的科目`, printed: shown };
        const found = functionCodeOf(printed, this.tables);
        return 'code' in found ? { subject: `final.general.code:${found.code}`, printed: shown } : { unresolved: found.unresolved, printed: shown };
      }
    }
    const subject = finalSubjectByWords(text, domain);
    if (subject) return { subject };
    // Words that only say “spending” or “the accounts” name nothing of their own.
    if (/^(?:支出|决算|预算|金额|合计|总计|费用|经费)*$/.test(text.replace(/[的为是，,]/g, ''))) return undefined;
    return { unresolved: `未能确定“${text}”是哪一项决算数字` };
  }

  private readSentence(sentence: Sentence): void {
    const text = sentence.text;
    const words = wordTokens(text);
    const numbers = scanNumbers(text).filter((t) => !words.some((w) => t.start < w.end && w.start < t.end));
    const tokens: WordToken[] = [...numbers, ...words].sort((a, b) => a.start - b.start);
    if (tokens.length === 0) return;
    const untabled = UNTABLED.find(([re]) => this.sectionTitles(sentence).some((t) => re.test(t)))?.[1];
    const sectionDomain = this.sectionDomain(sentence);
    const previous = this.claims.filter((c) => c.sectionIndex === sentence.section && c.item === sentence.item);
    // `其中：人员经费…` opening a sentence continues the total of the sentence before it.
    const continued = /^其中/.test(text) ? previous.filter((c) => c.kind === 'amount' && c.subject && domainOfSubject(c.subject as FinalSubjectKey)).pop() : undefined;
    const item = this.itemSubject(sentence, sectionDomain);
    const itemDomain = item && 'subject' in item ? domainOfSubject(item.subject) : undefined;
    let domain: FinalDomain | undefined = (continued ? domainOfSubject(continued.subject as FinalSubjectKey) : undefined) ?? itemDomain ?? sectionDomain;
    const reasonAt = text.search(REASON_RE);
    const listAt = text.search(LIST_RE);
    const mine: Claim[] = [];
    let head: Claim | undefined = continued;
    let from = 0;
    for (const token of tokens) {
      const lead = text.slice(from, token.start);
      from = token.end;
      const counted = isCountUnit(token.unit);
      const form: Form = token.form === 'comparison' ? { kind: 'change', words: clauseOf(lead + token.raw.replace(/决算.*$/, '')), direction: token.direction } : token.wording === 'unchanged' ? { kind: 'change', words: clauseOf(lead).replace(/(?:与|较|比|同比).*$/, ''), direction: 'unchanged' } : token.wording === 'none' ? { kind: 'amount', words: token.phrase ?? '' } : formOf(clauseOf(lead), token, counted);
      const claim = this.claimOf(sentence, token, form, mine.length + this.claims.length);
      if (untabled) claim.unresolved = untabled;
      else if (reasonAt >= 0 && token.start > reasonAt) claim.note = 'reason';
      else if (counted) claim.unresolved = COUNT_REASON;
      else if (form.kind === 'unknownPercent') claim.unresolved = '未能确定这个百分比是什么的比例';
      else this.tie(claim, form, token, mine, item, domain);
      // The first subject that opens a total decides what the rest of the sentence is about.
      if (claim.subject && (claim.kind === 'amount' || claim.kind === 'change')) {
        const opened = domainOfSubject(claim.subject as FinalSubjectKey);
        if (opened && (!head || !isPartOf(claim.subject as FinalSubjectKey, head.subject as FinalSubjectKey))) {
          domain = opened;
          if (claim.kind === 'amount') head = claim;
        }
      }
      if (head && claim !== head && claim.kind === 'amount' && claim.subject && (listAt >= 0 ? token.start > listAt : continued !== undefined) && isPartOf(claim.subject as FinalSubjectKey, head.subject as FinalSubjectKey) && claim.budget === head.budget) {
        claim.partOf = head.id;
        claim.breakdown = `${head.id}:${sentence.index}`;
        // `主要用于以下方面：`, `主要包括：`: the list may leave parts out.
        if (listAt >= 0 && text.startsWith('主要', listAt)) claim.partial = true;
      }
      mine.push(claim);
    }
    this.claims.push(...mine);
  }

  /** Subject and links of a claim that is neither a reason, a count nor in an untabled section. */
  private tie(claim: Claim, form: Form, token: WordToken, mine: Claim[], item: Resolution | undefined, domain: FinalDomain | undefined): void {
    const own = this.resolve(form.words, domain);
    const running = [...mine].reverse().find((c) => c.subject && !c.note && (c.kind === 'amount' || (form.kind === 'change' && c.kind === 'change')));
    const inherited: Resolution | undefined = running ? { subject: running.subject as FinalSubjectKey } : (item ?? this.pairBefore(claim, token));
    const resolution = own ?? inherited;
    if (!resolution) claim.unresolved = `未能确定“${claim.sentence.slice(0, 24)}”中的${claim.raw}${claim.unit}是哪一项决算数字`;
    else if ('unresolved' in resolution) claim.unresolved = resolution.unresolved;
    else claim.subject = resolution.subject;
    if (resolution?.printed) claim.printed = resolution.printed;
    claim.subjectText = form.words || resolution?.printed?.names.join('-') || (claim.subject ? this.subjectTextOf(claim, mine) : '');
    // A completion rate or a 决算数/预算数 comparison inside one item (or sentence) is its own arithmetic:
    // its figures are the item's, whatever the item's heading turns out to name.
    const selfContained = (form.kind === 'completion' || token.form === 'comparison') && (claim.item !== undefined || mine.length > 0);
    if (!claim.subject && !selfContained) return;
    const scope = this.claims.filter((c) => c.sectionIndex === claim.sectionIndex && (claim.item === undefined ? c.item === undefined && c.sentenceIndex >= claim.sentenceIndex - 1 : c.item === claim.item)).concat(mine);
    const sameSubject = (c: Claim) => c.subject === claim.subject || (selfContained && claim.item !== undefined && !claim.subject);
    const last = (pred: (c: Claim) => boolean) => [...scope].reverse().find((c) => !c.note && sameSubject(c) && pred(c));
    if (form.kind === 'completion') {
      claim.about = last((c) => c.kind === 'amount' && !c.budget)?.id;
      claim.prior = last((c) => c.kind === 'amount' && c.budget !== undefined)?.id;
    } else if (form.kind === 'change' && token.form === 'comparison') {
      claim.about = last((c) => c.kind === 'amount' && !c.budget)?.id;
      claim.prior = last((c) => c.kind === 'amount' && c.budget !== undefined)?.id;
    } else if (form.kind === 'change') {
      claim.about = last((c) => c.kind === 'amount' && !c.budget)?.id;
    } else if (form.kind === 'share' && form.shareOf) {
      const whole = this.resolve(form.shareOf, domain);
      if (whole && 'subject' in whole) claim.scope = whole.subject;
      else claim.unresolved = `未能确定“占${form.shareOf}”的总数`;
    }
    if (form.kind === 'share' || form.kind === 'completion') claim.about ??= last((c) => c.kind === 'amount' && !c.budget)?.id;
    if (form.kind === 'share' && !form.shareOf && claim.subject) {
      // `其中：基本支出…，占55.10%`: a share of the list's total; without one, of the total the section is about.
      const about = mine.find((c) => c.id === claim.about);
      const head = about?.partOf ? mine.find((c) => c.id === about.partOf) : undefined;
      const parent = parentOf(claim.subject as FinalSubjectKey);
      if (head?.subject) claim.scope = head.subject;
      else if (parent && domainOfSubject(parent) !== undefined && domainOfSubject(parent) === domain) claim.scope = parent;
      else claim.unresolved = '未说明是占哪个总数的比例';
    }
  }

  /**
   * `…年初预算为A，支出决算为B…。决算数小于预算数的主要原因：…` outside items: the comparison is about the one
   * subject the sentence right before it states both a 预算数 and a 决算数 for.
   */
  private pairBefore(claim: Claim, token: WordToken): Resolution | undefined {
    if (token.form !== 'comparison' || claim.item !== undefined) return undefined;
    const before = this.claims.filter((c) => c.sentenceIndex === claim.sentenceIndex - 1 && c.sectionIndex === claim.sectionIndex && c.kind === 'amount' && !c.note && c.subject);
    const subjects = new Set(before.filter((c) => c.budget !== undefined).map((c) => c.subject));
    const both = [...subjects].filter((s) => before.some((c) => c.subject === s && c.budget === undefined));
    return subjects.size === 1 && both.length === 1 ? { subject: both[0] as FinalSubjectKey } : undefined;
  }

  private subjectTextOf(claim: Claim, mine: Claim[]): string {
    return [...mine].reverse().find((c) => c.subject === claim.subject && c.subjectText)?.subjectText ?? claim.subject ?? '';
  }

  private claimOf(sentence: Sentence, token: WordToken, form: Form, n: number): Claim {
    const kind = form.kind === 'completion' || form.kind === 'share' || form.kind === 'unknownPercent' ? 'share' : form.kind === 'change' ? 'change' : form.kind === 'count' ? 'count' : 'amount';
    return {
      id: `n${String(n + 1).padStart(3, '0')}`,
      kind,
      subjectText: '',
      value: token.value,
      raw: token.raw,
      decimals: token.decimals,
      unit: token.unit,
      year: this.year,
      ...(form.basis ? { budget: form.basis } : {}),
      ...(token.form === 'comparison' ? { budget: 'unstated' as const } : {}),
      ...(form.direction ? { direction: form.direction } : {}),
      ...(token.wording ? { wording: token.wording } : {}),
      sentence: sentence.text,
      sentenceIndex: sentence.index,
      item: sentence.item,
      sectionIndex: sentence.section,
      paragraph: sentence.paragraph,
      section: this.prose.sections[sentence.section].title || undefined,
      position: positionAt(sentence, token.start),
    };
  }

  /**
   * `…年初预算为A，支出决算为B…。其中：` then `1、…（项）。…年初预算为…，支出决算为…`: the numbered items of
   * the section are the parts of that total, for the 预算数 and for the 决算数 (the first of each in an item).
   */
  private linkItemLists(): void {
    for (const section of this.prose.sections) {
      const lead = section.sentences.map((i) => this.prose.sentences[i]).find((s) => s.item === undefined && /其中[：:]\s*$/.test(s.text));
      if (!lead || section.items.length === 0) continue;
      const totals = this.claims.filter((c) => c.sectionIndex === section.index && c.item === undefined && c.sentenceIndex <= lead.index && c.subject === 'final.general' && c.kind === 'amount' && !c.note);
      for (const total of totals) {
        const parts = section.items.map((i) => this.claims.find((c) => c.item === i && c.kind === 'amount' && !c.note && c.budget === total.budget));
        if (parts.some((p) => p === undefined)) continue;
        for (const part of parts) {
          part!.partOf = total.id;
          part!.breakdown = `${total.id}:items`;
        }
      }
    }
  }
}
