import type { Claim, ClaimKind } from '../../model/claim.js';
import type { Paragraph } from '../../model/document.js';
import type { Table } from '../../model/table.js';
import { scanNumbers, type NumberToken } from '../../narrative/numbers.js';
import { passagesOf, pieceAt, sentencesOf, type Passage, type Sentence } from './passages.js';
import { Lists } from './lists.js';
import { roleOf, type Role } from './roles.js';
import { domainOf, isChildOf, subjectOf } from './vocabulary.js';

export interface ExtractContext {
  /** The budget year of the document: `上年` is the year before. */
  year: number;
  tables: Table[];
}

/** Where a token sits: its sentence, its `；` segment, its parenthesis depth. */
export interface TokenPlace {
  passage: Passage;
  sentence: Sentence;
  /** Text between the previous number (or the sentence start) and this one. */
  lead: string;
  /** Text after the number, up to the next one. */
  trailing: string;
  depth: number;
  first: boolean;
}

const MARKER_RE = /(其中|主要包括|包括|主要用于以下方面|主要内容如下|支出包括|（含|\(含)[：:，,]?|([^，,。；;：:（(]{2,16}?)中[，,]/g;

/**
 * Reads the narrative in order and turns every number into a claim, keeping track of what each
 * sentence is about: its total (the topic), the open `其中` lists, the last amount a `占…%` or
 * `比上年增加…` refers to, and whether the words are a stated reason (`主要原因是…`).
 */
export class ClaimReader {
  readonly claims: Claim[] = [];
  private readonly lists = new Lists(this.claims);
  private topic: Claim | undefined;
  private lastAmount: Claim | undefined;
  private lastOutside: Claim | undefined;
  private lastNamed: Claim | undefined;
  private lastCount: Claim | undefined;
  private segment: Claim[] = [];
  private sentenceBase: ReturnType<Lists['frameOf']>;
  private reason = false;

  constructor(readonly ctx: ExtractContext) {}

  read(paragraphs: Paragraph[]): Claim[] {
    for (const passage of passagesOf(paragraphs)) {
      if (passage.heading) {
        this.reset();
        continue;
      }
      for (const sentence of sentencesOf(passage)) this.readSentence(passage, sentence);
    }
    return this.claims;
  }

  private reset(): void {
    this.lists.clear();
    this.topic = this.lastAmount = this.lastOutside = this.lastNamed = this.lastCount = undefined;
  }

  private readSentence(passage: Passage, sentence: Sentence): void {
    const tokens = scanNumbers(sentence.text);
    this.segment = [];
    this.reason = false;
    this.sentenceBase = undefined;
    let previousEnd = 0;
    tokens.forEach((token, i) => {
      const lead = sentence.text.slice(previousEnd, token.start);
      const trailing = sentence.text.slice(token.end, tokens[i + 1]?.start ?? sentence.text.length);
      const depth = depthAt(sentence.text, token.start);
      this.readToken(token, { passage, sentence, lead, trailing, depth, first: i === 0 });
      previousEnd = token.end;
    });
  }

  private readToken(token: NumberToken, at: TokenPlace): void {
    if (/[；;]/.test(at.lead)) {
      this.segment = [];
      this.reason = false;
      this.lists.closeTo(this.sentenceBase);
    }
    this.lists.closeDeeperThan(at.depth);
    if (/原因|由于|因为/.test(at.lead.split(/[；;]/).pop() ?? '')) this.reason = true;
    // `主要原因是：…保持不变` explains; only digits are claims there, not words.
    if (this.reason && token.wording) return;
    const marked = this.markedList(at);
    const domain = domainOf(marked?.candidates[0].subject ?? this.lists.top?.owner.subject ?? this.topic?.subject);
    const piece = pieceAt(at.passage, at.sentence.start + token.start);
    const role = roleOf(token, { ...at, section: piece.section }, {
      year: this.ctx.year,
      tables: this.ctx.tables,
      domain,
      reason: this.reason,
      lastNamed: this.lastNamed,
      lastCount: this.segment.includes(this.lastCount!) ? this.lastCount : undefined,
    });
    const claim = this.claimOf(token, at, role);
    this.claims.push(claim);
    if (marked) {
      // `其中：` at a sentence start belongs to the last figure if it can be broken down into this claim
      // (`公务用车购置及运行费…。其中：公务用车购置费…`), else to the sentence run's total.
      const owner = marked.candidates.find((c) => isChildOf(claim.subject, c.subject)) ?? marked.candidates[marked.candidates.length - 1];
      this.lists.open(owner, marked.partial, at.depth);
      this.sentenceBase ??= this.lists.top;
    }
    this.link(claim, role, at);
    if (/^\s*等/.test(at.trailing)) this.lists.markPartial();
    this.segment.push(claim);
  }

  private claimOf(token: NumberToken, at: TokenPlace, role: Role): Claim {
    const piece = pieceAt(at.passage, at.sentence.start + token.start);
    const kind: ClaimKind = role.kind;
    return {
      id: `n${String(this.claims.length + 1).padStart(3, '0')}`,
      kind,
      subject: role.subject,
      subjectText: role.subjectText,
      value: token.value,
      raw: token.raw,
      decimals: token.decimals,
      unit: token.unit,
      year: role.year ?? this.ctx.year,
      basis: role.basis,
      direction: role.direction,
      wording: token.wording,
      checks: [],
      sentence: at.sentence.text.trim(),
      paragraph: at.passage.index,
      section: piece.section,
      position: piece.position,
    };
  }

  /** `其中：` / `主要包括` / `（含` / `财政拨款支出预算中，` open a list under the claim they follow or name. */
  private markedList(at: TokenPlace): { candidates: Claim[]; partial: boolean } | undefined {
    const markers = [...at.lead.matchAll(MARKER_RE)];
    const marker = markers[markers.length - 1];
    if (!marker) return undefined;
    const named = marker[2] ?? at.lead.slice(0, marker.index).split(/[，,。；;：:]/).pop() ?? '';
    const namedOwner = this.namedOwner(named);
    const candidates = namedOwner ? [namedOwner] : this.implicitOwners(at, marker.index);
    return candidates.length > 0 ? { candidates, partial: /主要包括|含/.test(marker[0]) } : undefined;
  }

  private namedOwner(phrase: string): Claim | undefined {
    const subject = /[\u4e00-\u9fff]{2}/.test(phrase) ? subjectOf(phrase, undefined) : undefined;
    if (!subject) return undefined;
    return [...this.claims].reverse().find((c) => c.subject === subject && c.kind === 'amount' && c.basis === undefined);
  }

  private implicitOwners(at: TokenPlace, markerIndex: number): Claim[] {
    const before = at.lead.slice(0, markerIndex).replace(/[\s（(]*[一二三四五六七八九十\d]+[)）、.．]?\s*/g, '');
    const last = this.claims[this.claims.length - 1];
    // `增加259.70万元，其中：基本支出增加…` breaks the change down.
    if (last?.kind === 'change' && this.segment.includes(last)) return [last];
    const figure = at.depth > 0 ? this.lastAmount : this.lastOutside;
    if (at.first && before.trim() === '') return [figure, this.topic].filter((c): c is Claim => c !== undefined);
    return figure ? [figure] : [];
  }

  private link(claim: Claim, role: Role, at: TokenPlace): void {
    if (role.kind === 'share') return this.linkShare(claim, role);
    if (role.kind === 'change') return this.linkChange(claim, role);
    if (role.restatement || claim.subject === 'reason' || claim.subject === 'indicator') return;
    if (role.prior) return;
    if (claim.kind === 'count') this.lastCount = claim;
    else this.lastAmount = claim;
    // `预算单位1个，其中1个单位…` breaks the count down, as `…万元，其中：…` does the amount.
    if (at.depth === 0) this.lastOutside = claim;
    if (role.named) this.lastNamed = claim;
    if (claim.subject === 'other' || claim.subject === 'threshold') return;
    const frame = this.lists.place(claim);
    if (!frame && claim.kind === 'amount') this.topic = claim;
    if (!frame && claim.kind === 'count' && !this.topic) this.topic = claim;
  }

  private linkShare(claim: Claim, role: Role): void {
    const about = this.nearestAmount();
    if (!about || claim.subject === 'reason' || claim.subject === 'indicator') return;
    claim.about = about.id;
    claim.subject = about.subject;
    claim.subjectText = about.subjectText;
    const owner = about.partOf ? this.claims.find((c) => c.id === about.partOf) : undefined;
    claim.scope = role.scope ?? owner?.subject;
  }

  private linkChange(claim: Claim, role: Role): void {
    if (claim.subject === 'reason') return;
    const previous = this.claims[this.claims.length - 2];
    const follows = previous?.kind === 'change' && this.segment.includes(previous) && previous.subject !== 'reason';
    // `比上年减少1693.17万元，下降41.37%`: the percentage compares with what the amount compared with.
    if (role.year === undefined) claim.year = follows ? previous.year : this.ctx.year - 1;
    if (follows) claim.basis ??= previous.basis;
    if (role.named) {
      // `其中：基本支出增加21.86万元` — a change with its own subject, part of a breakdown.
      this.lists.place(claim);
      return;
    }
    const target = follows ? (this.claims.find((c) => c.id === previous.about) ?? previous) : this.changeTarget();
    if (!target) return;
    claim.subject = target.subject;
    claim.subjectText = target.subjectText;
    if (target.kind === 'amount') claim.about = target.id;
    const prior = [...this.claims].reverse().find((c) => c.subject === target.subject && c.basis !== undefined && c.kind === 'amount');
    if (prior && prior.year === claim.year) claim.prior = prior.id;
  }

  /** The amount a `比上年…` clause is about: the nearest one, or the list's total after a `，` list. */
  private changeTarget(): Claim | undefined {
    const nearest = this.nearestAmount();
    if (!nearest) return this.topic;
    const frame = this.lists.frameOf(nearest);
    const partsHere = frame ? frame.parts.filter((p) => this.segment.includes(p) && p.kind === 'amount') : [];
    return frame && partsHere.length >= 2 && frame.owner.kind === 'amount' ? frame.owner : nearest;
  }

  private nearestAmount(): Claim | undefined {
    return [...this.segment].reverse().find((c) => c.kind === 'amount' && c.basis === undefined && c.subject !== 'reason');
  }
}

/** Open parentheses before an offset (`（其中：…）`), full- or half-width. */
function depthAt(text: string, offset: number): number {
  let depth = 0;
  for (const ch of text.slice(0, offset)) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  return depth;
}
