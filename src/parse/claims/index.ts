import type { Claim } from '../../model/claim.js';
import type { Paragraph } from '../../model/document.js';
import type { PerformanceTarget } from '../../model/performance.js';
import type { Table } from '../../model/table.js';
import { readPerformanceTargets } from '../performance.js';
import { ClaimReader } from './extract.js';
import { markCoverage } from './coverage.js';

export interface ClaimSources {
  year: number;
  tables: Table[];
  performanceTargets: PerformanceTarget[];
}

/** Every number of the narrative as a claim, linked to what it is about, with how it will be checked. */
export function extractClaims(paragraphs: Paragraph[], sources: ClaimSources): Claim[] {
  const claims = new ClaimReader({ year: sources.year, tables: sources.tables }).read(paragraphs);
  markCoverage(claims, sources.tables, sources.performanceTargets);
  return claims;
}

/** The model's narrative part: the claims and the performance-target sheets they are checked against. */
export function readNarrativeClaims(paragraphs: Paragraph[], tables: Table[], year: number): { claims: Claim[]; performanceTargets: PerformanceTarget[] } {
  const performanceTargets = readPerformanceTargets(tables);
  return { claims: extractClaims(paragraphs, { year, tables, performanceTargets }), performanceTargets };
}
