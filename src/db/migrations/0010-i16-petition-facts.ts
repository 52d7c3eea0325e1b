import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * `petition_facts`: one narrow integer-coded row per case, kept in step with every write by
 * `refreshPetitionFacts` (src/commands/petitions/petition-facts.ts); the period reports count from
 * it (decision 0009). The population of a period [F, T] is two index ranges:
 * received_day in [F, T]; received_day < F and finished_day ≥ F (open cases carry a far-future day).
 * SQLite: a WITHOUT ROWID table clustered on (received_day, petition_id), so the first range reads
 * the table in order; PostgreSQL: covering indexes (INCLUDE) for both ranges.
 * `report_snapshots`: stored results of closed periods, deleted when a late change touches them.
 * Existing cases are filled by migration 0013 (the same code as `danvan facts rebuild`).
 */
const COUNTED = `petition_id, unit_code, topic_code, kind, channel, outcome, result, many, accepted_day, decided_day, closed_day, fwd_day,
  reply_first_day, reply_last_day, reply_count, process_due_day, process_met_day, resolve_due_day, resolve_met_day, on_time`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const columns = `petition_id text not null, unit_code text not null, topic_code text, kind integer not null, channel integer not null,
    outcome integer not null, result integer not null, many integer not null, received_day integer not null,
    accepted_day integer, decided_day integer, closed_day integer, finished_day integer not null, fwd_day integer,
    reply_first_day integer, reply_last_day integer, reply_count integer not null, process_due_day integer,
    process_met_day integer, resolve_due_day integer, resolve_met_day integer, on_time integer not null`;
  if (pg) {
    await sql
      .raw(`create table petition_facts (${columns}, primary key (petition_id))`)
      .execute(db);
    // petition_id is the key of the table and also INCLUDEd, so the population is read from the indexes alone.
    await sql
      .raw(
        `create index petition_facts_received_idx on petition_facts (received_day) include (finished_day, ${COUNTED})`,
      )
      .execute(db);
    await sql
      .raw(
        `create index petition_facts_finished_idx on petition_facts (finished_day, received_day) include (${COUNTED})`,
      )
      .execute(db);
  } else {
    await sql
      .raw(
        `create table petition_facts (${columns}, primary key (received_day, petition_id)) without rowid`,
      )
      .execute(db);
    await sql
      .raw(`create unique index petition_facts_id_idx on petition_facts (petition_id)`)
      .execute(db);
    // Covering, so the carried-over range is read from the index alone (else the planner prefers a scan).
    await sql
      .raw(
        `create index petition_facts_finished_idx on petition_facts (finished_day, received_day, ${COUNTED})`,
      )
      .execute(db);
  }
  await db.schema
    .createTable('report_snapshots')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('from_day', 'integer', (c) => c.notNull())
    .addColumn('to_day', 'integer', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_snapshots_to_idx')
    .on('report_snapshots')
    .column('to_day')
    .execute();
  // Bumped by every fact change; a report stores its result only if no change happened meanwhile.
  await db.schema
    .createTable('report_snapshot_epoch')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('epoch', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into report_snapshot_epoch (id, epoch) values (1, 0)`.execute(db);
  // The facts of existing cases are filled by migration 0013-i12law-form-columns, which adds the
  // last column the current fact rows carry (filling here would write a column not yet there).
}
