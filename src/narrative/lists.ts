import type { Claim } from '../model/claim.js';
import { dimensionsOf } from './subjects.js';

/**
 * The open `其中：…` lists of the text being read. A list belongs to an owner claim (an amount, a
 * count, or a change whose breakdown follows); a claim whose subject the owner can be broken down
 * into becomes a part, one that cannot closes the list. A part that belongs under an earlier part
 * (`公务用车运行维护费` after `公务用车购置及运行费`) opens a nested list.
 */
export interface ListFrame {
  id: string;
  owner: Claim;
  parts: Claim[];
  partial: boolean;
  /** Parenthesis depth the list was opened at: `（其中：…）` closes with its parenthesis. */
  depth: number;
  /** The one dimension of its parts (funds, function classes, economic classes, 三公 lines…), set by the first part. */
  dimension?: string;
}

const measureOf = (c: Claim) => (c.kind === 'count' ? 'count' : c.kind === 'change' ? 'change' : 'money');

export class Lists {
  private frames: ListFrame[] = [];
  private serial = 0;

  constructor(private readonly claims: Claim[]) {}

  get top(): ListFrame | undefined {
    return this.frames[this.frames.length - 1];
  }

  clear(): void {
    this.frames = [];
  }

  /** Opens a list under `owner`, closing the lists `owner` is not a part of. */
  open(owner: Claim, partial: boolean, depth: number): void {
    while (this.top && !this.top.parts.includes(owner)) this.frames.pop();
    this.frames.push({ id: `${owner.id}/${++this.serial}`, owner, parts: [], partial, depth });
  }

  /** Closes the lists opened inside a parenthesis that has now closed. */
  closeDeeperThan(depth: number): void {
    while (this.top && this.top.depth > depth) this.frames.pop();
  }

  /** Back to the outermost list a sentence opened: `；` separates that list's items. */
  closeTo(frame: ListFrame | undefined): void {
    if (!frame || !this.frames.includes(frame)) return;
    while (this.top !== frame) this.frames.pop();
  }

  frameOf(part: Claim): ListFrame | undefined {
    return this.frames.find((f) => f.parts.includes(part));
  }

  /**
   * Makes the claim a part of the innermost list that can hold it and returns that list, or
   * undefined (all lists closed) when it starts something new.
   */
  place(claim: Claim): ListFrame | undefined {
    while (this.top) {
      const frame = this.top;
      // An earlier part that can own it comes first: 运行维护费 under 购置及运行费, not beside it.
      const sibling = [...frame.parts].reverse().find((p) => fits(claim, p).length > 0);
      if (sibling) {
        this.frames.push({ id: `${sibling.id}/${++this.serial}`, owner: sibling, parts: [], partial: false, depth: frame.depth, dimension: fits(claim, sibling)[0] });
        return this.addPart(this.top!, claim);
      }
      const dimensions = fits(claim, frame.owner);
      // A part of another dimension (a class after a fund) is not a member: the list ends there.
      const dimension = frame.dimension === undefined ? dimensions[0] : dimensions.find((d) => d === frame.dimension);
      if (dimension !== undefined) {
        // A first part that fits two dimensions (上年结转) leaves the choice to the second.
        frame.dimension = frame.parts.length === 0 && dimensions.length > 1 ? undefined : dimension;
        return this.addPart(frame, claim);
      }
      this.frames.pop();
    }
    return undefined;
  }

  private addPart(frame: ListFrame, claim: Claim): ListFrame {
    frame.parts.push(claim);
    claim.breakdown = frame.id;
    const owner = this.ownerFor(frame, claim);
    if (owner) claim.partOf = owner.id;
    if (frame.partial) claim.partial = true;
    return frame;
  }

  /** A count part (`其他运转类项目0个`) of a list under an amount belongs to the count stated with it. */
  private ownerFor(frame: ListFrame, part: Claim): Claim | undefined {
    if (measureOf(frame.owner) === measureOf(part)) return frame.owner;
    return [...this.claims]
      .reverse()
      .find((c) => c.subject === frame.owner.subject && measureOf(c) === measureOf(part) && c.basis === undefined && c !== part);
  }

  markPartial(): void {
    if (!this.top) return;
    this.top.partial = true;
    for (const part of this.top.parts) part.partial = true;
  }
}

/** Changes break down into changes; amounts and counts into amounts and counts. The dimensions it fits in. */
function fits(claim: Claim, owner: Claim): string[] {
  if ((owner.kind === 'change') !== (claim.kind === 'change')) return [];
  if (!claim.subject || !owner.subject) return [];
  return dimensionsOf(claim.subject, owner.subject);
}
