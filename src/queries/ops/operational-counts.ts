/** Numbers for operators (/metrics, /readyz): queue lengths, overdue cases, reminder backlog, schema level. */
import { sql, type Kysely } from 'kysely';
import { MIGRATION_NAMES } from '../../db/migrate.js';
import type { Database } from '../../db/schema.js';
import { FINAL_STATUSES } from '../../domain/petition/index.js';

export interface OperationalCounts {
  /** Open cases per status (the work queues). */
  openByStatus: Record<string, number>;
  /** Open cases whose current step is past its due date (Vietnam's today). */
  overdue: number;
  /** Reminders queued and not yet sent. */
  reminderBacklog: number;
}

/** One pass of three GROUP BY / COUNT queries on indexed columns. */
export async function operationalCounts(
  db: Kysely<Database>,
  today: string,
): Promise<OperationalCounts> {
  const rows = await db
    .selectFrom('petitions')
    .select(['status', (e) => e.fn.countAll<number>().as('n')])
    .where('status', 'not in', [...FINAL_STATUSES])
    .groupBy('status')
    .execute();
  const overdue = await db
    .selectFrom('petitions')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('status', 'not in', [...FINAL_STATUSES])
    .where('due_on', '<', today)
    .executeTakeFirst();
  const backlog = await db
    .selectFrom('notifications')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  return {
    openByStatus: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])),
    overdue: Number(overdue?.n ?? 0),
    reminderBacklog: Number(backlog?.n ?? 0),
  };
}

/** True when every migration this version knows has been applied (and none it does not know). */
export async function migrationsCurrent(db: Kysely<Database>): Promise<boolean> {
  const applied = (
    await sql<{ name: string }>`select name from danvan_migrations order by name`.execute(db)
  ).rows.map((r) => r.name);
  return (
    applied.length === MIGRATION_NAMES.length && applied.every((n, i) => n === MIGRATION_NAMES[i])
  );
}
