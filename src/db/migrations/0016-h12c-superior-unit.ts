import { sql, type Kysely } from 'kysely';

/**
 * Issue 12 (the law exactly), the superior's queue: `petitions.superior_unit_code` is the unit
 * whose head reviews a denunciation further denounced (Law on Denunciations 2018 Art. 37) or
 * handles an overdue one (Art. 38): the unit that received the further denunciation when
 * recorded, else the parent of the case's unit on that day. The next-step table, the "waiting
 * for me" queue, hand-off notifications and the access policy read it. Reviews already under way
 * get the parent of the case's unit (its latest version).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('petitions').addColumn('superior_unit_code', 'text').execute();
  await sql`update petitions set superior_unit_code = (
      select u.parent_code from units u where u.code = petitions.unit_code
      order by u.valid_from desc limit 1)
    where superior_review is not null`.execute(db);
}
