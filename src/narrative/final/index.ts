import type { Claim } from '../../model/claim.js';
import type { Table } from '../../model/table.js';
import type { Narrative } from '../types.js';
import { FinalClaimReader } from './read.js';

/** The claims of a 决算 情况说明 (决算数, 预算数, 完成预算%, shares, changes, 三公, 机关运行经费, 政府采购). */
export function readFinalClaims(prose: Narrative, tables: Table[], year: number): Claim[] {
  return new FinalClaimReader(tables, prose, year).read();
}
