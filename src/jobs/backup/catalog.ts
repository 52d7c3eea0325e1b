/**
 * What a backup holds, read from the database's own catalogue rather than a list in code, so that
 * a table added by any later migration is included without anyone remembering to add it here.
 */
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../../db/connect.js';

/** A database of unknown tables: backup and restore address tables by name. */
export type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

/**
 * Tables deliberately left out, each with the reason. Everything else in the schema is copied.
 * The migration bookkeeping is rebuilt by running the migrations on restore (the archive records
 * the level); the SQLite full-text index is derived from `petitions` and refilled by its triggers.
 */
export const NOT_COPIED: Readonly<Record<string, string>> = {
  danvan_migrations: 'rebuilt by the migrations on restore (level in the manifest)',
  danvan_migrations_lock: 'migration lock, no data',
  report_snapshots:
    'stored results of closed report periods: derived from petition_facts, recomputed on first use',
  report_snapshot_epoch: "the stored results' change counter, seeded by its migration",
  stored_files:
    'the bytes of attachments and media: archived as files (files/…), put back in the table by restore on PostgreSQL',
  login_throttles: 'transient sign-in failure counts (hashed addresses); a restore starts unlocked',
  petition_words:
    'PostgreSQL search index (migration 0020-h21a): derived from petitions, refilled by its trigger on restore',
  petition_search_keys:
    'PostgreSQL search keys (migration 0020-h21a): derived from petitions, refilled by its trigger on restore',
};

/**
 * SQLite's full-text tables (virtual tables, e.g. `petition_search`) and their shadow tables
 * (`<name>_data`, `_idx`, `_docsize`, `_config`, `_content`): derived from `petitions` and
 * refilled by its triggers on restore, so never copied. Read from the catalogue, not by name.
 */
async function derivedSqliteTables(db: AnyDb): Promise<(name: string) => boolean> {
  const virtual = (
    await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL TABLE%'`.execute(
      db,
    )
  ).rows.map((r) => r.name);
  return (name) => virtual.some((v) => name === v || name.startsWith(`${v}_`));
}

/** The user tables of the database, in an order where every table comes after those it references. */
export async function listTables(db: AnyDb, engine: Engine): Promise<string[]> {
  const names =
    engine === 'sqlite'
      ? (
          await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
            db,
          )
        ).rows.map((r) => r.name)
      : (
          await sql<{
            name: string;
          }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(
            db,
          )
        ).rows.map((r) => r.name);
  const derived = engine === 'sqlite' ? await derivedSqliteTables(db) : () => false;
  const tables = names.filter((n) => !(n in NOT_COPIED) && !derived(n));
  const refs = new Map<string, Set<string>>();
  for (const t of tables)
    refs.set(
      t,
      new Set((await referencedTables(db, engine, t)).filter((r) => r !== t && tables.includes(r))),
    );
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const next = tables.find(
      (t) => !placed.has(t) && [...refs.get(t)!].every((r) => placed.has(r)),
    );
    // A reference cycle cannot be ordered; take the rest alphabetically (restore then reports the failing key).
    const pick = next ?? tables.find((t) => !placed.has(t))!;
    ordered.push(pick);
    placed.add(pick);
  }
  return ordered;
}

async function referencedTables(db: AnyDb, engine: Engine, table: string): Promise<string[]> {
  if (engine === 'sqlite')
    return (
      await sql<{ table: string }>`select "table" from pragma_foreign_key_list(${table})`.execute(
        db,
      )
    ).rows.map((r) => r.table);
  return (
    await sql<{
      name: string;
    }>`select distinct ccu.table_name as name from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema() and tc.table_name = ${table}`.execute(
      db,
    )
  ).rows.map((r) => r.name);
}

/** The primary-key columns of a table, in key order (empty when it has none). */
export async function primaryKey(db: AnyDb, engine: Engine, table: string): Promise<string[]> {
  if (engine === 'sqlite') {
    const cols = (
      await sql<{
        name: string;
        pk: number;
      }>`select name, pk from pragma_table_info(${table})`.execute(db)
    ).rows;
    return cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
  }
  return (
    await sql<{
      name: string;
    }>`select kcu.column_name as name from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema and kcu.table_name = tc.table_name
      where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = current_schema() and tc.table_name = ${table}
      order by kcu.ordinal_position`.execute(db)
  ).rows.map((r) => r.name);
}

/** The column names of a table. */
export async function columnsOf(db: AnyDb, engine: Engine, table: string): Promise<string[]> {
  if (engine === 'sqlite')
    return (
      await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)
    ).rows.map((r) => r.name);
  return (
    await sql<{
      name: string;
    }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(
      db,
    )
  ).rows.map((r) => r.name);
}
