import type { ChalkInstance } from 'chalk';
import type { FileResult } from '../batch/check-file.js';
import type { Lang } from '../engine/rule.js';
import type { Finding } from '../model/finding.js';
import { plain } from './colour.js';
import { failureReason } from './failures.js';
import { ruleCounts, type Summary } from './summary.js';
import { bySeverity, figuresText, infoKind, placeText, quoteOf, WORDS, type InfoKind } from './words.js';
import { displayWidth, padEnd, wrapText } from './wrap.js';

export interface StylishOptions {
  lang: Lang;
  /** Display columns no line may exceed (see terminalWidth). */
  width: number;
  /** Print infos (rounding residues, unchecked claims) instead of counting them. */
  verbose?: boolean;
  /** Errors only, and the summary counts only errors (as ESLint's --quiet). */
  quiet?: boolean;
  chalk?: ChalkInstance;
}

/** A quoted sentence longer than this is cut: the full text is in the JSON and HTML reports. */
const QUOTE_MAX = 240;
const RELATED_MAX = 3;

type Paint = (text: string) => string;

/** Lines of `text` wrapped to the width, the first after `first`, the rest after spaces. */
function block(first: string, text: string, width: number, paint: Paint = (t) => t): string[] {
  const lead = displayWidth(first);
  return wrapText(text, width - lead).map((line, i) => (i === 0 ? first : ' '.repeat(lead)) + paint(line));
}

function findingLines(f: Finding, o: Required<StylishOptions>): string[] {
  const w = WORDS[o.lang];
  const c = o.chalk;
  const colour = { error: c.red, warning: c.yellow, info: c.gray }[f.severity];
  const mark = { error: '✖', warning: '⚠', info: 'i' }[f.severity];
  const label = `  ${colour(`${mark} ${w.severities[f.severity]}`)} `;
  // Continuation lines start under the place, the first word after the severity.
  const head = block(label, placeText(f.location, o.lang), o.width);
  const pad = ' '.repeat(displayWidth(label));
  const figures = figuresText(f, o.lang);
  const message = block(pad, f.message, o.width);
  const lines = [...head, ...message];
  if (figures) lines.push(...block(pad, figures, o.width));
  const quote = quoteOf(f.location);
  if (quote) lines.push(...block(pad, `「${quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote}」`, o.width, c.gray));
  for (const place of f.related.slice(0, RELATED_MAX)) lines.push(...block(pad, `${w.seeAlso} ${placeText(place, o.lang)}`, o.width, c.dim));
  if (f.related.length > RELATED_MAX) lines.push(...block(pad, w.more(f.related.length - RELATED_MAX), o.width, c.dim));
  // The rule id goes at the end of the line: of the place if it fits there, else of the figures,
  // else on a line of its own, right-aligned.
  const rule = c.dim(`${f.ruleCode} ${f.ruleId}`);
  const ruleWidth = displayWidth(rule);
  const candidates = [...head.keys(), ...(figures ? [head.length + message.length] : [])];
  const at = candidates.find((i) => displayWidth(lines[i]) + 2 + ruleWidth <= o.width);
  if (at !== undefined) lines[at] = padEnd(lines[at], o.width - ruleWidth) + rule;
  else if (ruleWidth <= o.width) lines.push(' '.repeat(o.width - ruleWidth) + rule);
  else lines.push(...block('', `${f.ruleCode} ${f.ruleId}`, o.width, c.dim));
  return lines;
}

function infoLine(infos: Finding[], o: Required<StylishOptions>): string[] {
  const w = WORDS[o.lang];
  const counts = new Map<InfoKind, number>();
  for (const f of infos) counts.set(infoKind(f), (counts.get(infoKind(f)) ?? 0) + 1);
  const parts = (['residue', 'unchecked', 'other'] as const)
    .filter((k) => counts.has(k))
    .map((k) => `${w.infoKinds[k]} ${counts.get(k)}`)
    .join(w.listSeparator);
  return block('  ', `${w.infos(infos.length, parts)} · ${w.verboseHint}`, o.width, o.chalk.gray);
}

function fileLines(result: FileResult, o: Required<StylishOptions>): string[] {
  const w = WORDS[o.lang];
  const c = o.chalk;
  const out = block('', result.path, o.width, (t) => c.bold.underline(t));
  if (result.status === 'failed') {
    out.push(...block(`  ${c.red('✖')} `, `${w.failed}${o.lang === 'zh' ? '：' : ': '}${failureReason(result.error, o.lang)}`, o.width, c.red), '');
    return out;
  }
  const doc = result.document;
  if (doc) {
    const tables = doc.tables.filter((t) => t.kind !== 'other' && t.kind !== 'performance-target').length;
    const sheets = doc.tables.filter((t) => t.kind === 'performance-target').length;
    const facts = [doc.department, String(doc.year), doc.kind, doc.pageCount ? w.pages(doc.pageCount) : '', w.tables(tables, sheets), w.claims(doc.claims, doc.claimsChecked)];
    out.push(...block('  ', facts.filter(Boolean).join(' · '), o.width));
  }
  const shown = bySeverity(result.findings.filter((f) => f.severity === 'error' || (!o.quiet && (f.severity === 'warning' || o.verbose))));
  const infos = o.quiet || o.verbose ? [] : result.findings.filter((f) => f.severity === 'info');
  if (!shown.some((f) => f.severity !== 'info')) out.push(`  ${c.green('✔')} ${w.clean}`);
  for (const f of shown) out.push('', ...findingLines(f, o));
  if (infos.length) out.push('', ...infoLine(infos, o));
  out.push('');
  return out;
}

function summaryLines(results: FileResult[], summary: Summary, o: Required<StylishOptions>): string[] {
  const w = WORDS[o.lang];
  const c = o.chalk;
  const counts = o.quiet ? w.counts(summary.errors) : w.counts(summary.errors, summary.warnings, summary.infos);
  const bad = summary.errors > 0 || summary.failed > 0;
  const mark = bad ? c.red('✖') : c.green('✔');
  const out = block(`${mark} `, `${w.summary(summary.files, summary.checked, summary.failed)}${o.lang === 'zh' ? '；' : '; '}${counts}`, o.width, c.bold);
  const top = ruleCounts(results, o.quiet ? ['error'] : o.verbose ? ['error', 'warning', 'info'] : ['error', 'warning']).slice(0, 5);
  if (top.length) {
    out.push(...block('  ', w.topRules, o.width));
    for (const r of top) out.push(...block(`  ${String(r.count).padStart(5)}  `, `${r.code} ${r.id}`, o.width));
  }
  return out;
}

/** The terminal report: per file a header and one block per finding (errors first), then the summary. */
export function stylishReport(results: FileResult[], summary: Summary, options: StylishOptions): string {
  const o: Required<StylishOptions> = { verbose: false, quiet: false, chalk: plain, ...options, width: Math.max(40, options.width) };
  return [...results.flatMap((r) => fileLines(r, o)), ...summaryLines(results, summary, o)].join('\n');
}
