/**
 * Stored results of closed periods (the period ended before today): computed once, served from
 * `report_snapshots` until a late change to a case alters what it counts in that period
 * (`refreshPetitionFacts` deletes the row in the change's own transaction). A result is stored only
 * when no case changed while it was computed (`report_snapshot_epoch`), so a stale result cannot
 * be stored after the deletion that should have removed it. The key carries everything besides the
 * cases that the result depends on: unit, period, structure, the unit tree and the topic list.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { dayOf } from '../../domain/reports/facts.js';
import type { UnitIndex } from '../../domain/units/tree.js';
import { loadUnitIndex } from './unit-index.js';

/** A result waiting to be stored (by a connection that may write). */
export interface PendingSnapshot {
  key: string;
  fromDay: number;
  toDay: number;
  epoch: number;
  payload: string;
}

/** The storage key of a report. */
export function snapshotKey(parts: {
  unitCode: string | null;
  from: string;
  to: string;
  structure: string;
  index: UnitIndex;
  topics: readonly string[];
  variant: string;
}): string {
  const units = parts.index.units;
  let maxFrom = '';
  let maxTo = '';
  for (const u of units) {
    if (u.validFrom > maxFrom) maxFrom = u.validFrom;
    if ((u.validTo ?? '') > maxTo) maxTo = u.validTo ?? '';
  }
  const h = createHash('sha256')
    .update(
      JSON.stringify([
        parts.unitCode,
        parts.from,
        parts.to,
        parts.structure,
        units.length,
        maxFrom,
        maxTo,
        parts.topics,
        parts.variant,
      ]),
    )
    .digest('hex');
  return `${parts.variant}:${parts.unitCode ?? 'VN'}:${parts.from}:${parts.to}:${h.slice(0, 24)}`;
}

/** The storage key of a summary report (unit, period, structure, the unit tree, the topic list). */
export async function summarySnapshotKey(
  db: Kysely<Database>,
  params: { unitCode: string | null; period: { from: string; to: string }; structure: string },
): Promise<string> {
  const index = await loadUnitIndex(db);
  const topics = (
    await db.selectFrom('topics').select('code').orderBy('sort').orderBy('code').execute()
  ).map((t) => t.code);
  return snapshotKey({
    unitCode: params.unitCode,
    from: params.period.from,
    to: params.period.to,
    structure: params.structure,
    index,
    topics,
    variant: 'summary',
  });
}

/** The current change epoch. */
export async function snapshotEpoch(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('report_snapshot_epoch')
    .select('epoch')
    .where('id', '=', 1)
    .executeTakeFirst();
  return Number(row?.epoch ?? 0);
}

/** Parsed results recently read, by key and the stored row's time (a replaced row is read again). */
const parsed = new Map<string, { createdAt: string; value: unknown }>();
const PARSED_MAX = 16;

/**
 * The stored result of a key, or null. A large report's JSON takes longer to parse than to count
 * small periods, so the parsed value is kept in memory while the stored row is the same one.
 * Callers share it and must not modify it (the reports and exports only read).
 */
export async function readSnapshot(db: Kysely<Database>, key: string): Promise<unknown> {
  const row = await db
    .selectFrom('report_snapshots')
    .select('created_at')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return null;
  const hit = parsed.get(key);
  if (hit && hit.createdAt === row.created_at) return hit.value;
  const full = await db
    .selectFrom('report_snapshots')
    .select(['payload', 'created_at'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!full) return null;
  const value = JSON.parse(full.payload) as unknown;
  if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value!);
  parsed.set(key, { createdAt: full.created_at, value });
  return value;
}

/** A pending snapshot of a period computed at `epoch`. */
export function pendingSnapshot(
  key: string,
  from: string,
  to: string,
  epoch: number,
  payload: string,
): PendingSnapshot {
  return { key, fromDay: dayOf(from)!, toDay: dayOf(to)!, epoch, payload };
}

/**
 * Stores a result unless a case changed since it was computed; returns whether it was stored.
 * A read-only connection (the SQLite report worker) cannot store: the caller passes the pending
 * snapshot to the main connection.
 */
export async function storeSnapshot(
  db: Kysely<Database>,
  s: PendingSnapshot,
  now: Date,
): Promise<boolean> {
  const res = await sql`insert into report_snapshots (key, from_day, to_day, payload, created_at)
    select ${s.key}, ${s.fromDay}, ${s.toDay}, ${s.payload}, ${now.toISOString()} from report_snapshot_epoch where id = 1 and epoch = ${s.epoch}
    on conflict (key) do nothing`.execute(db);
  return Number(res.numAffectedRows ?? 0) > 0;
}
