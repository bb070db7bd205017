import type { Block } from '../extract/types.js';
import type { Organisation, OrganisationUnit } from '../model/organisation.js';

const DECLARATION_RE = /^本部门中[，,]/;
const COUNT_RE = /(行政单位|参公单位|参照公务员法管理(?:的)?事业单位|事业单位|企业|其他单位)\s*(\d+)\s*家/g;
const ENTRY_RE = /^\s*(?:\d+\s*[.．、]|[（(]\d+[)）])\s*(.+)$/;
const NOT_SEPARATE_RE = /不单列预算|不单独编制预算|并入本部|并入机关|不单独核算/;
const OWN_RE = /[（(]?(本部|本级|机关)[)）]?$/;

/**
 * The department's declared composition: the `本部门中…` sentence and the numbered entries after
 * it (until the first line that is not an entry). Undefined when the filing does not declare it.
 */
export function readOrganisation(blocks: Block[]): Organisation | undefined {
  const start = blocks.findIndex((b) => b.kind === 'text' && DECLARATION_RE.test(b.text.trim()));
  if (start === -1) return undefined;
  const declaration = blocks[start];
  if (declaration.kind !== 'text') return undefined;
  const counts: Record<string, number> = {};
  for (const m of declaration.text.matchAll(COUNT_RE)) counts[m[1]] = (counts[m[1]] ?? 0) + Number(m[2]);
  const units: OrganisationUnit[] = [];
  for (const block of blocks.slice(start + 1)) {
    const entry = block.kind === 'text' ? ENTRY_RE.exec(block.text) : null;
    if (!entry) break;
    units.push(unitOf(entry[1]));
  }
  return { counts, units, sentence: declaration.text.trim(), position: { line: declaration.line, page: declaration.page } };
}

function unitOf(entry: string): OrganisationUnit {
  const separate = !NOT_SEPARATE_RE.test(entry);
  // The name is the entry's first clause; a trailing remark (`，…机关设9个内设机构`) is dropped.
  let name = entry.split(/[，,。；;：:]/)[0].trim();
  name = name.replace(/不单列预算.*$|并入本部.*$/, '').replace(/^下属(?:行政|事业|参公)?单位/, '').trim();
  return { name, own: OWN_RE.test(name), separate };
}
