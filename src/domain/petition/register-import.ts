/**
 * Legacy petition registers ("sổ tiếp công dân", "sổ theo dõi đơn thư") kept in Excel or CSV:
 * reading the file, finding the header row under the title rows, mapping the Vietnamese column
 * headers (accents, case, spacing and punctuation ignored; an explicit mapping overrides), and
 * turning each row into an intake input with its own errors (row number, Vietnamese and English).
 *
 * Every row gets a stable key: the SHA-256 of its normalised mapped values (in a fixed field
 * order, so the same register saved as .xlsx or .csv, or with its columns reordered, gives the
 * same keys), plus the occurrence number of identical rows in the file. Re-running an import
 * therefore skips the rows it already wrote. No I/O: the caller passes the file's bytes.
 *
 * The use cases live in their own modules; this file is their public face (unchanged API):
 * register-columns.ts (fields, header names, column resolution), register-values.ts (cells,
 * dates, kinds, channels, endings), register-sheet.ts (reading .xlsx/.csv into a table),
 * register-rows.ts (rows → intake inputs with problems and stable keys).
 */
export {
  REGISTER_FIELDS,
  REGISTER_FIELD_LABELS,
  REQUIRED_FIELDS,
  fieldOfHeader,
  foldHeader,
  resolveColumns,
  type ColumnMapping,
  type RegisterField,
  type ResolvedColumns,
} from './register-columns.js';
export {
  cellText,
  formatDmy,
  parseRegisterChannel,
  parseRegisterDate,
  parseRegisterEnding,
  parseRegisterKind,
  type Cell,
  type RegisterEnding,
} from './register-values.js';
export { readRegisterSheet, type RegisterSheet } from './register-sheet.js';
export {
  mapRegisterRows,
  registerChannel,
  titleFromContent,
  type RegisterRow,
  type RowProblem,
} from './register-rows.js';
