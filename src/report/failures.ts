import type { Lang } from '../engine/rule.js';

/**
 * Why a file could not be checked, in the report's language. The code is the stable contract;
 * the English message (with its details) is what the extractor said.
 */
const REASONS_ZH: Record<string, string> = {
  EMPTY_FILE: '文件为空（0 字节）',
  NOT_PDF: '不是 PDF 文件：文件开头没有 %PDF- 标记',
  CORRUPT_PDF: 'PDF 文件结构损坏或不完整',
  PASSWORD_REQUIRED: 'PDF 设有打开密码，无法读取',
  NO_TEXT_LAYER: 'PDF 没有文字层（扫描件或纯图片），需先做文字识别（OCR）',
  NOT_TEXT: '文件含二进制数据，不是文本文件',
  UNKNOWN_ENCODING: '文本编码既不是 UTF-8 也不是 GB18030（GBK）',
  UNSUPPORTED_FORMAT: '不支持的文件类型（应为 .pdf 或 .txt）',
  NOT_A_BUDGET: '未识别出预算表格，不像是部门预算公开文件',
  NO_YEAR: '找不到预算年度（无“2024年度部门预算”式标题，也无“预算年度：”）',
  FILE_NOT_FOUND: '文件不存在',
  FILE_UNREADABLE: '文件无法读取（无权限或是文件夹）',
  TIMEOUT: '检查超时',
  WORKER_CRASHED: '检查进程意外退出',
  INTERNAL_ERROR: '检查程序内部错误',
};

/** Codes whose English detail (pdf.js's words, a stack message) helps whoever reports a bug. */
const KEEP_DETAIL = new Set(['CORRUPT_PDF', 'INTERNAL_ERROR', 'WORKER_CRASHED', 'TIMEOUT']);

export function failureReason(error: { code: string; message: string } | undefined, lang: Lang): string {
  if (!error) return '';
  const zh = REASONS_ZH[error.code];
  if (lang === 'en' || !zh) return `[${error.code}] ${error.message}`;
  return `[${error.code}] ${zh}${KEEP_DETAIL.has(error.code) ? `（${error.message}）` : ''}`;
}
