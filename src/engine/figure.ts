import type { Claim } from '../model/claim.js';
import type { Figure } from '../model/finding.js';
import type { ColumnKey, Row, Table } from '../model/table.js';

/** How a row is known across tables: its classification code, its line key, or its label. */
function rowKey(row: Row): string {
  if (row.code) return row.code;
  if (row.line) return `${row.side ? `${row.side}.` : ''}${row.line}${row.line === 'expenditureClass' && row.code ? `:${row.code}` : ''}`;
  return row.kind === 'total' ? 'total' : row.label;
}

/**
 * A table cell as a figure. A function-classification row prints the same figure in several tables
 * (支出总表 and 一般公共预算支出表 when all money is 一般公共预算): the same code, column and value
 * is one echo, so a row mistyped in both tables is one mistake.
 */
export function cellFigure(table: Table, row: Row, column: ColumnKey): Figure | undefined {
  const amount = row.cells[column];
  if (!amount) return undefined;
  const value = amount.value.toFixed();
  const echo = row.kind === 'function' && row.code ? `row:${row.code}:${column}:${value}${table.unit}` : undefined;
  return { id: `cell:${table.id}:${rowKey(row)}:${column}`, ...(echo ? { echo } : {}), value };
}

/**
 * A narrative number as a figure. The same number of the same sentence printed twice (a repeated
 * item) is one echo: the echo is the sentence and the number's place in it, with its subject when
 * resolved (`-` when not). Two numbers of one sentence are never one echo, resolved or not; a claim
 * without its offset (built by hand) echoes only itself.
 */
export function claimFigure(claim: Claim): Figure {
  const at = claim.offset ?? `#${claim.id}`;
  return {
    id: `claim:${claim.id}`,
    echo: `claim:${claim.subject ?? '-'}:${claim.kind}:${claim.raw}${claim.unit}@${at}:${claim.sentence}`,
    value: claim.value.toFixed(),
  };
}
