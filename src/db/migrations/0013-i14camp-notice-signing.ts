import type { Kysely } from 'kysely';

/**
 * Issue 14 (conclusion notice): who signs a session's conclusion notice. `signer_capacity` is
 * `head` (the head of the delegation, as before; also when null) or `deputy` (a member signs in
 * the head's place, "KT. TRƯỞNG ĐOÀN"); `signer_name` is that member's name as the delegation lists it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('inspection_sessions').addColumn('signer_capacity', 'text').execute();
  await db.schema.alterTable('inspection_sessions').addColumn('signer_name', 'text').execute();
}
