import type { Claim } from '../model/claim.js';
import type { Table } from '../model/table.js';
import { classificationOf, functionCodeOf, isPrintedFunctionName, type PrintedClassification } from './grammar.js';
import { domainOf, FUNCTION_SCOPES, subjectByWords, type Domain, type FunctionScope, type SubjectKey } from './subjects.js';

/** What some words name: a subject for certain, a reason why not, or nothing at all (no subject words). */
export type Resolution =
  | { subject: SubjectKey; printed?: Claim['printed'] }
  | { unresolved: string; printed?: Claim['printed'] }
  | undefined;

const FUNCTION_SCOPE_OF: Partial<Record<Domain, FunctionScope>> = {
  expenditure: 'expenditure',
  fiscal: 'fiscal',
  fiscalExpenditure: 'fiscalExpenditure',
  generalBudget: 'generalBudget',
  income: 'expenditure',
};

function classified(printed: PrintedClassification, domain: Domain | undefined, tables: Table[]): Resolution {
  const shown: Claim['printed'] = { kind: printed.kind, form: printed.form, names: printed.names, code: printed.code };
  if (printed.kind === 'economic') {
    return { subject: printed.code ? `economic.code:${printed.code}` : `economic.name:${printed.names[0]}`, printed: shown };
  }
  const scope = domain ? FUNCTION_SCOPE_OF[domain] : undefined;
  if (!scope) return { unresolved: `“${printed.names.join('-')}”未说明是哪一类资金（全部支出、财政拨款或一般公共预算）的科目`, printed: shown };
  const found = functionCodeOf(printed, tables);
  if ('unresolved' in found) return { unresolved: found.unresolved, printed: shown };
  return { subject: `${scope}.code:${found.code}`, printed: shown };
}

/**
 * The subject some words name, in the context of the total the sentence (or item, or section) is
 * about: a classification path or code first (codes decide when printed), then the registry's
 * words, then a bare class name.
 */
export function resolveWords(words: string, domain: Domain | undefined, tables: Table[]): Resolution {
  const text = words.replace(/\s/g, '');
  if (!/[\u4e00-\u9fff]/.test(text)) return undefined;
  const printed = classificationOf(text);
  if (printed && printed.form !== 'name') return classified(printed, domain, tables);
  const subject = subjectByWords(text, domain);
  if (subject) return { subject };
  if (printed) return classified(printed, domain, tables);
  // `其中行政运行12.50万元`: a 款/项 name alone, when the tables print a row of that name.
  const name = text.replace(/^(?:其中|主要包括|包括|含|为|：|:)+/, '');
  return isPrintedFunctionName(name, tables) ? classified({ kind: 'function', form: 'name', names: [name] }, domain, tables) : undefined;
}

/** The domain a title or lead-in names (`四、财政拨款收支预算总体情况说明` → fiscal). */
export function domainOfWords(words: string): Domain | undefined {
  const subject = subjectByWords(words, undefined);
  return subject ? domainOf(subject) : undefined;
}

export const isFunctionScope = (d: string | undefined): d is FunctionScope => FUNCTION_SCOPES.includes(d as FunctionScope);
