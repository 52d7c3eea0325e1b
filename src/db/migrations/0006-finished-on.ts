import { sql, type Kysely } from 'kysely';

/**
 * `petitions.finished_on`: the day a case left the open set (decided, closed, or forwarded/urged to
 * another body). A period report's population is "received in the period, or received before it
 * and not finished before it starts"; with this column and two indexes both halves are index range
 * scans instead of a scan of the whole (wide) table (bench: 4.5 s at 1M petitions before).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('petitions').addColumn('finished_on', 'text').execute();
  await sql`update petitions set finished_on = coalesce(
      case when decided_on is not null and (closed_on is null or decided_on <= closed_on) then decided_on else closed_on end,
      (select min(e.on_date) from petition_events e where e.petition_id = petitions.id and e.action in ('process_forward', 'process_urge')))`.execute(
    db,
  );
  await db.schema
    .createIndex('petitions_received_idx')
    .on('petitions')
    .column('received_on')
    .execute();
  await db.schema
    .createIndex('petitions_finished_idx')
    .on('petitions')
    .column('finished_on')
    .execute();
}
