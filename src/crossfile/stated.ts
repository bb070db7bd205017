import type { BudgetDocument } from '../model/document.js';
import type { Claim } from '../model/claim.js';
import type { StatedChange } from './changes.js';
import { alternativesOf } from './subjects.js';

const MONEY = new Set(['万元', '元', '亿元']);

/**
 * Claims read by the narrative stage (src/narrative), whose subjects are resolved for certain.
 * The earlier claim reader (src/parse/claims) attached numbers to the previous paragraph's subject
 * (`公务接待费1.35万元。比2023年预算持平` became a 三公 total change), so its claims are never
 * compared across filings: fail closed until the claims carry the narrative stage's scope.
 */
function resolvedByNarrativeStage(claim: Claim): boolean {
  const fields = claim as Claim & { sentenceIndex?: number; unresolved?: string; note?: string };
  return fields.sentenceIndex !== undefined && fields.unresolved === undefined && fields.note === undefined && Boolean(claim.subject);
}

/**
 * The year-on-year statements of a filing that can be compared with last year's filing: changes
 * (`比2023年预算减少876.75万元`, `增长5.31%`, `持平`) and stated prior amounts (`与2025年预算61.83万元
 * 相比`), each with a subject the cross-filing lookup knows (src/crossfile/subjects.ts).
 */
export function statedChangesOf(doc: BudgetDocument): StatedChange[] {
  const out: StatedChange[] = [];
  for (const claim of doc.claims) {
    // 比上年预算执行数: last year's executed amount is in no budget filing, so it is not kept.
    if (!resolvedByNarrativeStage(claim) || claim.basis === 'executed' || alternativesOf(claim.subject!).length === 0) continue;
    const base = {
      subject: claim.subject!,
      subjectText: claim.subjectText,
      basis: 'budget' as const,
      page: claim.position.page,
      line: claim.position.line,
      sentence: claim.sentence,
    };
    if (claim.kind === 'change' && claim.direction) {
      const words = claim.wording === 'unchanged';
      if (!words && claim.unit !== '%' && !MONEY.has(claim.unit)) continue;
      out.push({
        ...base,
        comparedYear: claim.year,
        direction: claim.direction,
        ...(words ? {} : claim.unit === '%' ? { percent: claim.value.toFixed(claim.decimals) } : { delta: claim.value.toFixed(claim.decimals), unit: claim.unit as StatedChange['unit'] }),
      });
    } else if (claim.kind === 'amount' && claim.year === doc.year - 1 && MONEY.has(claim.unit) && !claim.wording) {
      out.push({ ...base, comparedYear: claim.year, prior: claim.value.toFixed(claim.decimals), unit: claim.unit as StatedChange['unit'] });
    }
  }
  return out;
}
