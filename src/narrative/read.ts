import type { Claim } from '../model/claim.js';
import type { Table } from '../model/table.js';
import { Lists } from './lists.js';
import { scanNumbers, type NumberToken } from './numbers.js';
import { domainOfWords, resolveWords, type Resolution } from './resolve.js';
import { roleOf, type Role } from './roles.js';
import { positionAt } from './segment.js';
import { domainOf, isChildOf, isCountable, isProjectSet, subjectByWords, type Domain, type SubjectKey } from './subjects.js';
import type { Narrative, Sentence } from './types.js';

export interface ReadContext {
  /** The budget year: `上年` is the year before. */
  year: number;
  tables: Table[];
}

const MARKER_RE = /(其中|主要包括|包括|主要用于以下方面|主要内容如下|支出包括|（含|\(含)[：:，,]?|([^，,。；;：:（(]{2,16}?)中[，,]/g;
const LIST_START_RE = /^(?:其中|主要包括|包括|支出包括)/;
/** Words that say how much, not which project (`涉及金额`, `共计`). */
const NOT_A_NAME_RE = /^(?:涉及|共计|合计|总计|项目|预算|资金|金额|安排|为|的|是)*$/;
/** Words that relate or explain rather than name (`主要用于…`, `比上年…`, `占…`): not a project's name. */
const CLAUSE_WORDS_RE = /用于|主要|其中|比|较|增加|减少|下降|增长|占|共计|合计|涉及|原因/;

interface Scope {
  sentence: Sentence;
  /** The item's subject (its heading), when the sentence is inside a numbered item. */
  item?: Resolution;
  /** The total the section, item or lead-in is about: the context for words like `上年结转`. */
  domain?: Domain;
}

/**
 * Reads every number of the narrative as a claim, sentence by sentence. A number takes its subject
 * from its own words, else — for `2026年预算安排…`, `执行数为…`, a change or a share — from its own
 * sentence or its numbered item. Nothing is carried over from an earlier sentence, item or paragraph:
 * a number whose subject is not certain is left `unresolved`, with the reason.
 */
export class ClaimReader {
  readonly claims: Claim[] = [];
  private lists = new Lists(this.claims);
  /** `…预算数为47.91万元。其中：` then `（一）…（二）…`: the items are the list's parts. */
  private itemLists = new Lists(this.claims);
  private itemListSection = -1;
  private readonly itemSubjects = new Map<number, Resolution>();
  private segment: Claim[] = [];
  private sentenceClaims: Claim[] = [];
  private sentenceBase: ReturnType<Lists['frameOf']>;
  private reason = false;
  /** The last total a sentence stated (what a sentence opening with `其中：` continues). */
  private lastHead: Claim | undefined;
  /** Names the document itself listed as projects (`…涉及项目预算资金…。其中：中介机构服务费…`). */
  private readonly projectNames = new Set<string>();
  /** A name read as a project because a list of projects is open: it counts only if the list takes it. */
  private pendingProject: string | undefined;

  constructor(
    readonly ctx: ReadContext,
    readonly prose: Narrative,
  ) {}

  read(): Claim[] {
    for (const sentence of this.prose.sentences) this.readSentence(sentence);
    for (const [index, resolution] of this.itemSubjects) {
      if (resolution && 'subject' in resolution) this.prose.items[index].subject = resolution.subject;
      else if (resolution) this.prose.items[index].unresolved = resolution.unresolved;
    }
    return this.claims;
  }

  private scopeOf(sentence: Sentence): Scope {
    const section = this.prose.sections[sentence.section];
    const titles = [section.title, section.parent !== undefined ? this.prose.sections[section.parent].title : ''];
    const sectionDomain = titles.map(domainOfWords).find((d) => d !== undefined);
    if (sentence.item === undefined) return { sentence, domain: sectionDomain };
    const item = this.prose.items[sentence.item];
    // The lead-in before the items (`财政拨款支出主要内容如下：`) says what the items are parts of.
    const leadIn = section.sentences
      .map((i) => this.prose.sentences[i])
      .filter((s) => s.index < sentence.index && s.item === undefined && /如下|[：:]$/.test(s.text))
      .pop();
    const domain = (leadIn && domainOfWords(leadIn.text)) ?? sectionDomain;
    if (!this.itemSubjects.has(item.index)) this.itemSubjects.set(item.index, resolveWords(item.heading, domain, this.ctx.tables));
    const resolution = this.itemSubjects.get(item.index);
    const itemDomain = resolution && 'subject' in resolution ? domainOf(resolution.subject) : undefined;
    return { sentence, item: resolution, domain: itemDomain ?? domain };
  }

  private readSentence(sentence: Sentence): void {
    const scope = this.scopeOf(sentence);
    const tokens = scanNumbers(sentence.text);
    this.lists.clear();
    if (sentence.section !== this.itemListSection) this.itemLists.clear();
    this.segment = [];
    this.sentenceClaims = [];
    this.reason = false;
    this.sentenceBase = undefined;
    // A sentence that opens with `其中：` continues the last total stated before it (same section and item);
    // its parts must still be parts of that total (the registry's hierarchy decides).
    const lastHead = this.lastHead && this.lastHead.sectionIndex === sentence.section && this.lastHead.item === sentence.item ? this.lastHead : undefined;
    const continues = LIST_START_RE.test(sentence.text) ? lastHead : undefined;
    let previousEnd = 0;
    tokens.forEach((token, i) => {
      const trailing = sentence.text.slice(token.end).split(/[，,；;：:。]/)[0] ?? '';
      this.readToken(token, { scope, lead: sentence.text.slice(previousEnd, token.start), trailing, first: i === 0, depth: depthAt(sentence.text, token.start), continues });
      previousEnd = token.end;
    });
    this.lastHead = this.headOf(this.sentenceClaims, sentence) ?? lastHead;
    // `…预算数为47.91万元，…。其中：` with nothing after it, or a lead-in naming a total
    // (`财政拨款支出主要内容如下：`): the numbered items below are the parts.
    const leadIn = tokens.length === 0 && /如下[：:]?$/.test(sentence.text) ? subjectByWords(sentence.text, undefined) : undefined;
    const owner = /其中[：:]\s*$/.test(sentence.text)
      ? this.lastHead
      : leadIn && [...this.claims].reverse().find((c) => c.subject === leadIn && c.kind === 'amount' && !c.basis && c.sectionIndex === sentence.section && c.item === undefined);
    if (owner) {
      this.itemLists.clear();
      // `主要内容如下` may leave items out: the parts may only not exceed the total.
      this.itemLists.open(owner, /主要/.test(sentence.text), 0);
      this.itemListSection = sentence.section;
    }
  }

  /** The total a sentence states: its first amount of this year with a subject, in the same section and item. */
  private headOf(claims: Claim[], sentence: Sentence): Claim | undefined {
    return claims.find((c) => c.kind === 'amount' && c.subject && !c.basis && !c.partOf && c.sectionIndex === sentence.section && c.item === sentence.item);
  }

  private readToken(token: NumberToken, at: { scope: Scope; lead: string; trailing: string; first: boolean; depth: number; continues?: Claim }): void {
    if (/[；;]/.test(at.lead)) {
      this.segment = [];
      this.reason = false;
      this.lists.closeTo(this.sentenceBase);
    }
    this.lists.closeDeeperThan(at.depth);
    if (/原因|由于|因为/.test(at.lead.split(/[；;]/).pop() ?? '')) this.reason = true;
    // `主要原因是：…保持不变` explains; only digits are claims there, not words.
    if (this.reason && token.wording) return;
    const { sentence } = at.scope;
    const section = this.prose.sections[sentence.section];
    const role = roleOf({ token, lead: at.lead, reason: this.reason, performance: /绩效/.test(section.title), year: this.ctx.year, after: at.trailing });
    // The total of this `；` segment if it states one, else of the sentence, else the one it continues.
    const head = this.headOf(this.segment, sentence) ?? this.headOf(this.sentenceClaims, sentence) ?? at.continues;
    const domain = domainOf(head?.subject) ?? at.scope.domain;
    const claim = this.claimOf(token, role, at.scope, section.title);
    // The total of the `其中` list the number would join (a marker before it, or a list still open).
    const listOwner = this.markedList(at, claim)?.owner ?? this.lists.top?.owner;
    this.resolve(claim, role, { ...at, domain, head, listOwner });
    this.claims.push(claim);
    this.sentenceClaims.push(claim);
    const marked = this.markedList(at, claim);
    if (marked) {
      this.lists.open(marked.owner, marked.partial, at.depth);
      this.sentenceBase ??= this.lists.top;
    }
    this.link(claim, role, at.scope);
    if (this.pendingProject !== undefined) {
      // Named as a member of the list of projects: it is one only if the list took it as a part.
      if (claim.partOf) this.projectNames.add(this.pendingProject);
      else {
        claim.subject = undefined;
        claim.unresolved = `未能确定“${role.words}”指哪一项预算数字`;
      }
      this.pendingProject = undefined;
    }
    if (/^\s*等/.test(sentence.text.slice(token.end))) this.lists.markPartial();
    this.segment.push(claim);
  }

  private claimOf(token: NumberToken, role: Role, scope: Scope, sectionTitle: string): Claim {
    const { sentence } = scope;
    return {
      id: `n${String(this.claims.length + 1).padStart(3, '0')}`,
      kind: role.kind,
      subjectText: tidy(role.words),
      value: token.value,
      raw: token.raw,
      decimals: token.decimals,
      unit: token.unit,
      year: role.year ?? this.ctx.year,
      basis: role.basis,
      direction: role.direction,
      wording: token.wording,
      note: role.note,
      sentence: sentence.text,
      offset: token.start,
      sentenceIndex: sentence.index,
      item: sentence.item,
      sectionIndex: sentence.section,
      paragraph: sentence.paragraph,
      section: sectionTitle || undefined,
      position: positionAt(sentence, token.start),
    };
  }

  /** Sets the subject of an amount or count from its own words, its sentence or its item — or says why not. */
  private resolve(claim: Claim, role: Role, at: { scope: Scope; domain?: Domain; head?: Claim; listOwner?: Claim; first: boolean; trailing: string }): void {
    if (role.note || role.kind === 'share' || role.kind === 'change') return this.resolveChange(claim, role, at.domain);
    const item = at.scope.item;
    const own = role.words || claim.kind === 'count' ? this.ownSubject(claim, role, at.domain, at.trailing) : undefined;
    if (own) return apply(claim, own);
    // `2026年预算安排12.50万元`, `执行数为…`: the item's subject, else the sentence's total.
    if (role.prior || role.restatement || (!role.words && at.first)) {
      if (item) return apply(claim, item, this.prose.items[claim.item!].heading);
      if (at.head) return apply(claim, { subject: at.head.subject! }, at.head.subjectText);
    }
    // `项目6个，共计金额…`: the money of what was just counted.
    const counted = [...this.segment].reverse().find((c) => c.kind === 'count' && /^(carryoverP|p)rojects\./.test(c.subject ?? ''));
    if (counted && claim.kind === 'amount' && /金额|资金|涉及|共计/.test(role.words)) return apply(claim, { subject: counted.subject! }, counted.subjectText);
    // `涉及项目预算资金598.46万元。其中：中介机构服务费418.80万元，…`: a member of a list of projects is one project, by its name.
    const name = role.words.replace(/^[“"]|[”"]$/g, '');
    if (claim.kind === 'amount' && at.listOwner?.kind === 'amount' && !at.listOwner.basis && isProjectSet(at.listOwner.subject) && !NOT_A_NAME_RE.test(name) && !CLAUSE_WORDS_RE.test(name)) {
      this.pendingProject = name;
      return apply(claim, { subject: `projects.name:${name}` });
    }
    // The same name, exactly, anywhere after that list (R10 restates its projects under 年度预算安排).
    if (claim.kind === 'amount' && this.projectNames.has(name)) return apply(claim, { subject: `projects.name:${name}` });
    claim.unresolved = role.words ? `未能确定“${role.words}”指哪一项预算数字` : '句中未写明这个数字指哪一项';
  }

  private ownSubject(claim: Claim, role: Role, domain: Domain | undefined, after: string): Resolution {
    if (claim.kind !== 'count') return resolveWords(role.words, domain, this.ctx.tables);
    // The thing counted is named before the number (`二级项目6个`) or after it (`4个项目资金…`).
    for (const words of [`${role.words}个${after}`, role.words, after]) {
      const subject = subjectByWords(words, domain);
      if (subject && isCountable(subject)) return { subject };
    }
    return /[个家]/.test(claim.unit) && /单位|机关/.test(role.words + after) ? { subject: 'units.all' } : undefined;
  }

  private resolveChange(claim: Claim, role: Role, domain: Domain | undefined): void {
    if (role.kind !== 'change' || !role.words) return;
    // `其中：基本支出增加21.86万元` — a change with its own subject, part of a breakdown.
    const own = resolveWords(role.words, domain, this.ctx.tables);
    if (own) apply(claim, own);
    claim.subjectText = role.words;
  }

  /** `其中：` / `主要包括` / `（含` / `财政拨款支出预算中，` open a list under the claim they follow or name. */
  private markedList(at: { lead: string; first: boolean; continues?: Claim; depth: number }, claim: Claim): { owner: Claim; partial: boolean } | undefined {
    const markers = [...at.lead.matchAll(MARKER_RE)];
    const marker = markers[markers.length - 1];
    if (!marker) return undefined;
    const partial = /主要包括|含/.test(marker[0]);
    const named = marker[2] ? subjectByWords(marker[2], undefined) : undefined;
    if (named) {
      const owner = [...this.claims].reverse().find((c) => c.subject === named && c.kind === 'amount' && !c.basis && c.sectionIndex === claim.sectionIndex && c.item === claim.item);
      return owner && { owner, partial };
    }
    const before = at.lead.slice(0, marker.index).replace(/[\s（(]*[一二三四五六七八九十\d]+[)）、.．]?\s*/g, '');
    const inSentence = this.sentenceClaims.filter((c) => c !== claim);
    const last = inSentence[inSentence.length - 1];
    // `增加259.70万元，其中：基本支出增加…` breaks the change down.
    if (last?.kind === 'change' && this.segment.includes(last)) return { owner: last, partial };
    const figure = [...inSentence].reverse().find((c) => (c.kind === 'amount' || c.kind === 'count') && !c.basis && !c.note);
    if (figure) return { owner: figure, partial };
    if (at.first && before.trim() === '' && at.continues) return { owner: at.continues, partial };
    return undefined;
  }

  private link(claim: Claim, role: Role, scope: Scope): void {
    if (role.note) return;
    if (role.kind === 'share') return this.linkShare(claim, role);
    if (role.kind === 'change') return this.linkChange(claim, scope);
    if (role.prior || role.restatement) return;
    if (!this.lists.place(claim) && claim.subject && claim.item !== undefined && claim.sectionIndex === this.itemListSection) {
      // The first figure of an item under `…。其中：` is a part of that total.
      const firstOfItem = !this.claims.some((c) => c !== claim && c.item === claim.item && c.kind === claim.kind);
      if (firstOfItem) this.itemLists.place(claim);
    }
  }

  private linkShare(claim: Claim, role: Role): void {
    const about = [...this.segment].reverse().find((c) => c.kind === 'amount' && !c.basis && !c.note);
    // `基本支出占84.06%` names its own subject: it is not a share of the amount before it.
    const own = role.subjectOfShare ? resolveWords(role.subjectOfShare, domainOf(about?.subject), this.ctx.tables) : undefined;
    if (!about || (own && 'subject' in own && own.subject !== about.subject)) return this.linkBareShare(claim, role);
    claim.about = about.id;
    claim.subject = about.subject;
    claim.subjectText = about.subjectText;
    const owner = about.partOf ? this.claims.find((c) => c.id === about.partOf) : undefined;
    const named = role.shareOf ? resolveWords(role.shareOf, domainOf(about.subject), this.ctx.tables) : undefined;
    const scope = named && 'subject' in named ? named.subject : role.shareOf ? undefined : owner?.subject;
    if (scope) claim.scope = scope;
    else claim.unresolved = role.shareOf ? `未能确定“${role.shareOf}”是哪一个总数` : '句中未说明是占哪一个总数的比例';
    if (!about.subject) claim.unresolved = about.unresolved;
  }

  /** `其中：基本支出占84.06%，项目支出占15.94%`: a share with its own subject and no amount. */
  private linkBareShare(claim: Claim, role: Role): void {
    const words = role.subjectOfShare;
    const own = words ? resolveWords(words, domainOf(this.lists.top?.owner.subject), this.ctx.tables) : undefined;
    const owner = this.lists.top?.owner;
    const named = role.shareOf ? resolveWords(role.shareOf, domainOf(owner?.subject), this.ctx.tables) : undefined;
    if (own && 'subject' in own) {
      claim.subject = own.subject;
      claim.subjectText = words!;
      const scope = named && 'subject' in named ? named.subject : owner?.subject && isChildOf(own.subject, owner.subject) ? owner.subject : undefined;
      if (scope) return void (claim.scope = scope);
    }
    claim.unresolved = '句中没有与这个比例对应的金额';
  }

  private linkChange(claim: Claim, scope: Scope): void {
    const previous = this.claims[this.claims.length - 2];
    const follows = previous?.kind === 'change' && this.segment.includes(previous) && !previous.note;
    // `比上年减少1693.17万元，下降41.37%`: the percentage compares with what the amount compared with.
    if (follows && claim.year === this.ctx.year) claim.year = previous.year;
    else if (claim.year === this.ctx.year) claim.year = this.ctx.year - 1;
    if (follows) claim.basis ??= previous.basis;
    if (claim.subject || claim.unresolved) {
      this.lists.place(claim);
      return;
    }
    const target = follows ? (this.claims.find((c) => c.id === previous.about) ?? previous) : this.changeTarget(scope);
    if (target) {
      claim.subject = target.subject;
      claim.subjectText = target.subjectText;
      if (target.unresolved) claim.unresolved = target.unresolved;
      if (target.kind === 'amount') claim.about = target.id;
    } else if (scope.item && 'subject' in scope.item) {
      claim.subject = scope.item.subject;
      claim.subjectText = this.prose.items[claim.item!].heading;
    } else {
      claim.unresolved = '句中未写明是哪一项的增减';
    }
    // Last year's figure stated in the same sentence (or, for the item's subject, in the same item).
    const prior = [...this.claims].reverse().find((c) => c.kind === 'amount' && c.basis !== undefined && c.year === claim.year && (c.sentenceIndex === claim.sentenceIndex || (c.item !== undefined && c.item === claim.item && c.subject !== undefined && c.subject === claim.subject)));
    if (prior) claim.prior = prior.id;
  }

  /** The amount a `比上年…` clause is about: the nearest one in its sentence, or the list's total after a `，` list; else the item's own figure. */
  private changeTarget(scope: Scope): Claim | undefined {
    const nearest = [...this.segment].reverse().find((c) => c.kind === 'amount' && !c.basis && !c.note) ?? [...this.sentenceClaims].reverse().find((c) => c.kind === 'amount' && !c.basis && !c.note);
    if (nearest) {
      const frame = this.lists.frameOf(nearest);
      const partsHere = frame ? frame.parts.filter((p) => this.segment.includes(p) && p.kind === 'amount') : [];
      return frame && partsHere.length >= 2 && frame.owner.kind === 'amount' ? frame.owner : nearest;
    }
    if (!scope.item || !('subject' in scope.item)) return undefined;
    const subject: SubjectKey = scope.item.subject;
    return this.claims.find((c) => c.item === scope.sentence.item && c.kind === 'amount' && !c.basis && c.subject === subject);
  }
}

function apply(claim: Claim, resolution: NonNullable<Resolution>, text?: string): void {
  if ('subject' in resolution) {
    claim.subject = resolution.subject;
    claim.unresolved = undefined;
  } else claim.unresolved = resolution.unresolved;
  if (resolution.printed) claim.printed = resolution.printed;
  // `“一般公共服务支出-…-行政运行”科目` → 一般公共服务支出-…-行政运行 (messages put their own quotes around it).
  if (text !== undefined) claim.subjectText = tidy(text);
}

/** The subject's words for a message: without the year in front, a trailing `为`, or the path's own quotes. */
const tidy = (words: string) => words.replace(/^\d{4}年度?/, '').replace(/[为是]$/, '').replace(/^“([^“”]*)”(?:科目)?$/, '$1');

/** Open parentheses before an offset (`（其中：…）`), full- or half-width. */
function depthAt(text: string, offset: number): number {
  let depth = 0;
  for (const ch of text.slice(0, offset)) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  return depth;
}

