import type { Row } from '../src/model/table.js';

export interface Group {
  head: Row;
  members: Row[];
}

/**
 * Splits rows printed as `head, member, member, head, member …` (an economic class and its
 * items, a unit and its projects) into groups. Rows that are neither end the current group.
 */
export function groupsAfter(rows: Row[], isHead: (r: Row) => boolean, isMember: (r: Row) => boolean): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (const row of rows) {
    if (isHead(row)) {
      current = { head: row, members: [] };
      groups.push(current);
    } else if (current && isMember(row)) {
      current.members.push(row);
    } else {
      current = null;
    }
  }
  return groups;
}
