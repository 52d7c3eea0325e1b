import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  OFFICIAL_DECISIONS,
  WorkingCalendar,
  type DeadlineRule,
  type ExtraHoliday,
  type OfficialDecision,
} from '../../domain/calendar/index.js';

interface Snapshot {
  stamp: string;
  calendar: WorkingCalendar;
  rules: DeadlineRule[];
}

let cached: Snapshot | null = null;

/** Forget the cached calendar and rules (after an edit in this process). */
export function invalidateCalendar(): void {
  cached = null;
}

/**
 * What changes when the calendar or the rules change, in one statement: every action, intake and
 * search checks it, so it is one round trip, not one per table.
 */
async function stampOf(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<Record<string, unknown>>`select
      (select count(*) from calendar_entries) as cn,
      (select max(created_at) from calendar_entries) as cc,
      (select max(removed_at) from calendar_entries) as cr,
      (select count(*) from deadline_rules) as rn,
      (select max(updated_at) from deadline_rules) as ru`.execute(db);
  const r = rows[0]!;
  const text = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
  return [r.cn, r.cc, r.cr, r.rn, r.ru].map(text).join('|');
}

/**
 * The working calendar (seeded official decisions + the administrators' entries) and the deadline
 * rules, as stored. Cached until the data changes (checked by a cheap stamp query), so several
 * instances on one PostgreSQL see each other's edits.
 */
export async function loadCalendar(db: Kysely<Database>): Promise<Snapshot> {
  const stamp = await stampOf(db);
  if (cached && cached.stamp === stamp) return cached;
  cached = { stamp, ...(await readCalendar(db)) };
  return cached;
}

/**
 * The calendar and rules read now, bypassing the cache: for a command that has just changed them
 * inside its own transaction (the cache must never hold uncommitted data).
 */
export async function readCalendar(db: Kysely<Database>): Promise<Omit<Snapshot, 'stamp'>> {
  const entries = await db
    .selectFrom('calendar_entries')
    .select(['entry_type', 'data'])
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .execute();
  const extraHolidays: ExtraHoliday[] = [];
  const decisions: OfficialDecision[] = [...OFFICIAL_DECISIONS];
  for (const e of entries) {
    if (e.entry_type === 'extra_holiday') extraHolidays.push(JSON.parse(e.data) as ExtraHoliday);
    else decisions.push(JSON.parse(e.data) as OfficialDecision);
  }
  const rules = (await db.selectFrom('deadline_rules').select('data').execute()).map(
    (r) => JSON.parse(r.data) as DeadlineRule,
  );
  return { calendar: new WorkingCalendar({ decisions, extraHolidays }), rules };
}
