import type { Kysely } from 'kysely';
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

async function stampOf(db: Kysely<Database>): Promise<string> {
  const c = await db
    .selectFrom('calendar_entries')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('created_at').as('c'),
      eb.fn.max('removed_at').as('r'),
    ])
    .executeTakeFirstOrThrow();
  const r = await db
    .selectFrom('deadline_rules')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('u')])
    .executeTakeFirstOrThrow();
  return `${c.n}|${c.c}|${c.r}|${r.n}|${r.u}`;
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
