// GET /api/export: the filtered set as CSV (one row per story, lists joined by ';') or
// JSONL (one list item per line), produced in batches so a large export never holds the
// whole file and other requests are served between batches.
import { stringify } from 'csv-stringify/sync';
import type { IndexedEntry } from './browse-snapshot';
import { listItem } from './list-item';

export type ExportFormat = 'csv' | 'jsonl';

export const CSV_COLUMNS = [
  'id', 'publishedAt', 'publishedDate', 'fetchedAt', 'headline', 'url', 'publisher', 'domain', 'wire', 'isCyber', 'types',
  'attributedTo', 'victims', 'victimOrganizations', 'countries', 'agencies', 'organizations', 'actors', 'systems',
  'duplicateOf', 'summary',
] as const;

const BATCH = 500;

/**
 * A cell a spreadsheet could run as a formula gets a leading apostrophe. csv-stringify's
 * escape_formulas covers a first character of = + - @ tab CR (and their full-width forms);
 * this also covers the same characters after leading spaces or line breaks, which some
 * spreadsheets trim before they look.
 */
export function neutralizeFormula(cell: string): string {
  return /^[\s\u00a0]+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell;
}

function row(x: IndexedEntry): string[] {
  const e = x.entry;
  const join = (list: string[]) => list.join(';');
  const cells = [
    e.id, e.publishedAt ?? '', e.publishedDate ?? '', e.fetchedAt, e.headline, e.url, e.source.publisher ?? '', e.source.domain, e.source.wire ?? '',
    String(e.incident.isCyber), join(e.incident.types), join(e.incident.attributedTo), join(e.incident.victims),
    join(e.incident.victimOrganizations), join(e.countries), join(e.agencies), join(e.organizations), join(e.actors),
    join(e.systems), e.duplicateOf ?? '', e.summary,
  ];
  return cells.map(neutralizeFormula);
}

function csvChunk(rows: string[][], header: boolean): string {
  return stringify(rows, { header, columns: header ? [...CSV_COLUMNS] : undefined, escape_formulas: true, record_delimiter: 'windows' });
}

export async function* exportLines(list: IndexedEntry[], format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv' && list.length === 0) {
    yield csvChunk([], true);
    return;
  }
  for (let i = 0; i < list.length; i += BATCH) {
    const batch = list.slice(i, i + BATCH);
    if (format === 'csv') yield csvChunk(batch.map(row), i === 0);
    else yield batch.map((x) => `${JSON.stringify(listItem(x.entry))}\n`).join('');
    await new Promise((r) => setImmediate(r));
  }
}

export function exportContentType(format: ExportFormat): string {
  return format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8';
}
