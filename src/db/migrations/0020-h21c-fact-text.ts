import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { FACT_TEXT_SQL } from '../../domain/reports/fact-text.js';

/**
 * `petition_facts.packed`: each case's fact as the short text the period reports join
 * (src/domain/reports/fact-text.ts), written with the fact, so a quarter's read is one stored
 * column concatenated instead of ~20 columns turned into text per case at every report
 * (decision 0020). Existing rows are filled by the database from their columns in one statement
 * (the same text the writer makes; a test compares the two). The finished-day index (and on
 * PostgreSQL the receipt-day one) now covers `packed` instead of the individual columns: the
 * population read needs nothing else, and the indexes shrink.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql`alter table petition_facts add column packed text not null default ''`.execute(db);
  await sql.raw(`update petition_facts set packed = ${FACT_TEXT_SQL}`).execute(db);
  await sql`drop index petition_facts_finished_idx`.execute(db);
  if (pg) {
    await sql`drop index petition_facts_received_idx`.execute(db);
    await sql`create index petition_facts_received_idx on petition_facts (received_day) include (finished_day, packed)`.execute(
      db,
    );
    await sql`create index petition_facts_finished_idx on petition_facts (finished_day, received_day) include (packed)`.execute(
      db,
    );
  } else {
    await sql`create index petition_facts_finished_idx on petition_facts (finished_day, received_day, packed)`.execute(
      db,
    );
  }
}
