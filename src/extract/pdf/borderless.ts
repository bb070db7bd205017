import type { TextPiece } from './geometry.js';
import type { TableFragment } from './fragment.js';

export function borderlessTables(page: number, pieces: TextPiece[]): { fragments: TableFragment[]; rest: TextPiece[] } {
  void page;
  return { fragments: [], rest: pieces };
}
