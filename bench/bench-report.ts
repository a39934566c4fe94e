/**
 * The shape every benchmark of `npm run bench` reports in, and its markdown: one section per
 * benchmark, its tables, and a budget table whose pass/fail marks are what the run checks.
 */

/** A plain table: header row and body rows of already formatted cells. */
export interface Table {
  caption?: string;
  headers: string[];
  rows: string[][];
  /** Long tables (per page) render folded. */
  folded?: boolean;
}

/** One budget: what was measured against what it must stay under. */
export interface Check {
  what: string;
  measured: string;
  budget: string;
  /** null when it could not be measured (the reason is in `measured`). */
  pass: boolean | null;
}

/** One benchmark's results. */
export interface Section {
  title: string;
  /** How it was measured, in a sentence or two. */
  method: string;
  tables: Table[];
  checks: Check[];
  notes: string[];
  /** Markdown included as is after the tables (another benchmark's own report). */
  markdown?: string;
}

export const mark = (pass: boolean | null): string =>
  pass === null ? '– not measured' : pass ? '✅ pass' : '❌ FAIL';

/** Milliseconds with a precision that suits their size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '–';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function tableMarkdown(table: Table): string {
  const lines = [
    `| ${table.headers.map(cell).join(' | ')} |`,
    `| ${table.headers.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
  const body = lines.join('\n');
  if (table.folded)
    return `<details><summary>${table.caption ?? 'details'}</summary>\n\n${body}\n\n</details>`;
  return table.caption ? `${table.caption}\n\n${body}` : body;
}

export function checksTable(checks: readonly Check[]): Table {
  return {
    headers: ['budget check', 'measured', 'budget', 'result'],
    rows: checks.map((c) => [c.what, c.measured, c.budget, mark(c.pass)]),
  };
}

export function sectionMarkdown(section: Section): string {
  const parts = [`## ${section.title}`, section.method];
  if (section.checks.length > 0) parts.push(tableMarkdown(checksTable(section.checks)));
  for (const table of section.tables) parts.push(tableMarkdown(table));
  for (const note of section.notes) parts.push(`- ${note}`);
  if (section.markdown) parts.push(section.markdown);
  return parts.join('\n\n');
}

/** A section for a benchmark that could not run at all. */
export function failedSection(title: string, error: unknown): Section {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    title,
    method: 'The benchmark did not complete:',
    tables: [],
    checks: [
      { what: title, measured: `error: ${message.split('\n')[0] ?? ''}`, budget: '–', pass: null },
    ],
    notes: ['```\n' + message.split('\n').slice(0, 8).join('\n') + '\n```'],
  };
}
