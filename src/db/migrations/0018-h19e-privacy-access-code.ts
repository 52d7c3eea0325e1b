import type { Kysely } from 'kysely';

/**
 * Branch h19e: `privacy_requests.access_hash`, the hash of the secret access code shown once to
 * the citizen with the request's code, so that the answer stays readable on the portal after an
 * erasure removed the phone or e-mail that proved the case. Null for requests made before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('privacy_requests').addColumn('access_hash', 'text').execute();
}
