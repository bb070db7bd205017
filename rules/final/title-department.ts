import { defineRule } from '../../src/engine/rule.js';

/**
 * The cover, the table part (`<部门>2024年度部门决算表`) and the 情况说明 part name one department and one
 * year (FINAL_ACCOUNTS.md). The document's department is the name most titles give; a title with
 * another name or year is reported.
 */
export default defineRule({
  meta: {
    id: 'final/title-department',
    code: 'BL057',
    tags: ['consistency'],
    severity: 'warning',
    documents: ['final'],
    description: {
      zh: '封面、决算表部分和情况说明部分的标题所列部门名称和年度一致',
      en: 'The cover and the part titles name the same department and year',
    },
    messages: {
      department: {
        zh: '标题“{title}”的部门为“{named}”，而封面及其他标题为“{department}”',
        en: 'The title “{title}” names “{named}” but the cover and the other titles name “{department}”',
      },
      year: {
        zh: '标题“{title}”的年度为{named}年，而本文件是{year}年度决算',
        en: 'The title “{title}” says {named} but the document is the {year} final accounts',
      },
    },
  },
  check(ctx) {
    for (const heading of ctx.doc.headings ?? []) {
      const location = { page: heading.position.page, line: heading.position.line, excerpt: heading.text };
      if (heading.department && heading.department !== ctx.doc.department) {
        ctx.report({ messageId: 'department', data: { title: heading.text, named: heading.department, department: ctx.doc.department }, expected: ctx.doc.department, actual: heading.department, location });
      }
      if (heading.year !== ctx.doc.year) {
        ctx.report({ messageId: 'year', data: { title: heading.text, named: heading.year, year: ctx.doc.year }, expected: String(ctx.doc.year), actual: String(heading.year), location });
      }
    }
  },
});
