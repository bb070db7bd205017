import type { Claim } from '../model/claim.js';
import type { Paragraph } from '../model/document.js';
import type { PerformanceTarget } from '../model/performance.js';
import type { Table } from '../model/table.js';
import { readPerformanceTargets } from '../parse/performance.js';
import { ClaimReader } from './read.js';
import { segmentNarrative } from './segment.js';
import type { Narrative } from './types.js';

/**
 * The narrative stage, between parsing the tables and running the rules: the paragraphs of the
 * 情况说明 → sections, numbered items and sentences (`prose`) → claims, each with its subject and
 * scope. Data only: which claims get compared is decided by the rules.
 */
export function readNarrative(paragraphs: Paragraph[], tables: Table[], year: number): { prose: Narrative; claims: Claim[]; performanceTargets: PerformanceTarget[] } {
  const prose = segmentNarrative(paragraphs);
  const claims = new ClaimReader({ year, tables }, prose).read();
  return { prose, claims, performanceTargets: readPerformanceTargets(tables) };
}
