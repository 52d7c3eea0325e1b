/**
 * Legacy register import, step 1 (parse): the file's sheet, the column mapping (given, else the
 * one the unit confirmed last time for the columns this file still has, else the headers) and
 * its rows with their per-row problems. Reads the database, writes nothing.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DomainError } from '../../domain/errors.js';
import type { Channel } from '../../domain/petition/kinds.js';
import {
  mapRegisterRows,
  readRegisterSheet,
  resolveColumns,
  type ColumnMapping,
} from '../../domain/petition/register-import.js';
import { foldVietnamese } from '../../domain/text/fold.js';

/** What to import and how. */
export interface ImportRegisterInput {
  fileName: string;
  bytes: Uint8Array;
  /** The unit whose register it is (rows may name a unit of its subtree). */
  unitCode: string;
  /** Preview only: read, map and check every row; write nothing. */
  dryRun: boolean;
  /** The SHA-256 of the file the user previewed: a confirm of any other file is refused (409). */
  expectedSha256?: string | null;
  /** Field → header text or 1-based column; without it, the unit's remembered mapping, then the headers. */
  mapping?: ColumnMapping | null;
  /** Channel of rows that name none; by default from the register's title (reception book: in person). */
  channel?: Channel | null;
}

/** Reads a register file into its sheet, resolved columns and rows. */
export async function parseRegister(
  db: Kysely<Database>,
  input: Pick<ImportRegisterInput, 'fileName' | 'bytes' | 'unitCode' | 'mapping'>,
  today: string,
) {
  const sheet = await readRegisterSheet(input.bytes, input.fileName);
  let mapping: ColumnMapping = input.mapping ?? {};
  if (!input.mapping) {
    // The mapping this unit confirmed last time, for the columns this file still has.
    const remembered = await db
      .selectFrom('register_import_mappings')
      .select('mapping')
      .where('unit_code', '=', input.unitCode)
      .executeTakeFirst();
    if (remembered) {
      const folded = new Set(sheet.headers.map((h) => foldVietnamese(h)));
      mapping = Object.fromEntries(
        Object.entries(JSON.parse(remembered.mapping) as Record<string, string>).filter(([, h]) =>
          folded.has(foldVietnamese(h)),
        ),
      ) as ColumnMapping;
    }
  }
  const columns = resolveColumns(sheet.headers, mapping);
  const rows = mapRegisterRows(sheet, columns, today);
  if (rows.length === 0)
    throw new DomainError(
      'register_empty',
      'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề cột.',
      'The file has no data rows under its header row.',
    );
  return { sheet, columns, rows };
}
