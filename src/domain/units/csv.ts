/**
 * A small RFC 4180 CSV parser: quoted fields with embedded commas, quotes ("") and line breaks;
 * CRLF, LF or CR line endings; a leading UTF-8 BOM is ignored; empty lines are skipped.
 * Takes a string (no I/O).
 */

/** What can be wrong with one record's syntax. */
export type CsvProblem =
  'unterminated-quote' | 'quote-in-unquoted-field' | 'text-after-closing-quote';

/** One record (row) of a CSV text. */
export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  /** Field values, unquoted. */
  fields: string[];
  /** The record's source text, without the trailing line break. */
  raw: string;
  /** Syntax problems found in this record (the fields are then a best effort). */
  problems: CsvProblem[];
}

/** Thrown by {@link parseCsvRows} when the text is not valid CSV. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem: CsvProblem,
  ) {
    super(`CSV syntax error on line ${line}: ${problem}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Parses CSV text into records with line numbers, raw text and any syntax problems
 * (`separator`: `,` by default; `;` for spreadsheets saved under a comma-decimal locale).
 * Never throws: malformed records are returned with `problems` set.
 */
export function parseCsv(text: string, separator = ','): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  const n = src.length;

  while (i < n) {
    const startLine = line;
    const start = i;
    const fields: string[] = [];
    const problems: CsvProblem[] = [];
    let field = '';
    let endOfRecord = false;
    let end = n;

    // Parse fields until a line break outside quotes or the end of the text.
    while (!endOfRecord) {
      if (src[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const c = src[i];
          if (c === '"') {
            if (src[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\r' || c === '\n') {
            line++;
            if (c === '\r' && src[i + 1] === '\n') {
              field += '\r\n';
              i += 2;
              continue;
            }
          }
          field += c;
          i++;
        }
        if (!closed) problems.push('unterminated-quote');
        // After a closing quote only a separator, a line break or the end may follow.
        if (i < n && src[i] !== separator && src[i] !== '\r' && src[i] !== '\n') {
          problems.push('text-after-closing-quote');
          while (i < n && src[i] !== separator && src[i] !== '\r' && src[i] !== '\n')
            field += src[i++];
        }
      } else {
        while (i < n && src[i] !== separator && src[i] !== '\r' && src[i] !== '\n') {
          if (src[i] === '"' && !problems.includes('quote-in-unquoted-field')) {
            problems.push('quote-in-unquoted-field');
          }
          field += src[i++];
        }
      }
      fields.push(field);
      field = '';
      if (i >= n) {
        end = n;
        endOfRecord = true;
      } else if (src[i] === separator) {
        i++;
        if (i >= n) {
          fields.push('');
          end = n;
          endOfRecord = true;
        }
      } else {
        end = i;
        i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      }
    }

    const raw = src.slice(start, end);
    if (raw === '') continue; // empty line
    records.push({ line: startLine, fields, raw, problems });
  }
  return records;
}

/** Parses CSV text into rows of fields; throws {@link CsvSyntaxError} on the first malformed record. */
export function parseCsvRows(text: string): string[][] {
  return parseCsv(text).map((r) => {
    const problem = r.problems[0];
    if (problem) throw new CsvSyntaxError(r.line, problem);
    return r.fields;
  });
}

/**
 * Parses CSV text with a header line into objects keyed by the (trimmed) header names.
 * Throws {@link CsvSyntaxError} on malformed records and Error if a row's field count differs.
 */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const records = parseCsv(text);
  const header = records[0];
  if (!header) return [];
  if (header.problems[0]) throw new CsvSyntaxError(header.line, header.problems[0]);
  const names = header.fields.map((f) => f.trim());
  return records.slice(1).map((r) => {
    if (r.problems[0]) throw new CsvSyntaxError(r.line, r.problems[0]);
    if (r.fields.length !== names.length) {
      throw new Error(
        `CSV line ${r.line}: expected ${names.length} fields, found ${r.fields.length}`,
      );
    }
    const row: Record<string, string> = {};
    names.forEach((name, k) => {
      row[name] = r.fields[k] ?? '';
    });
    return row;
  });
}
