import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { fillPetitionFacts } from '../petition-facts.js';
import type { Database } from '../schema.js';

/**
 * Form Biểu 01/XLD as published (issue 12 item 11): `petition_facts.form` carries what the form
 * needs besides the existing facts, as bits (src/domain/reports/facts.ts): "đơn khác" (no named
 * signatory), second-time case, further part of a split paper (a case, not a petition), repeat of a
 * matter (a petition, not a new case). The covering indexes are rebuilt with the column so the
 * population is still read from the indexes alone; the facts are recomputed and the stored
 * closed-period results (their shape changed) are dropped by the refill.
 */
const COUNTED = `petition_id, unit_code, topic_code, kind, channel, outcome, result, many, accepted_day, decided_day, closed_day, fwd_day,
  reply_first_day, reply_last_day, reply_count, process_due_day, process_met_day, resolve_due_day, resolve_met_day, on_time, form`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql`alter table petition_facts add column form integer not null default 0`.execute(db);
  await sql`drop index petition_facts_finished_idx`.execute(db);
  if (pg) {
    await sql`drop index petition_facts_received_idx`.execute(db);
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
        `create index petition_facts_finished_idx on petition_facts (finished_day, received_day, ${COUNTED})`,
      )
      .execute(db);
  }
  await fillPetitionFacts(db as unknown as Kysely<Database>);
}
