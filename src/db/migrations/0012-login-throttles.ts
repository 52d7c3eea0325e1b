import type { Kysely } from 'kysely';

/**
 * `login_throttles`: failed sign-ins counted per account and per client address (a one-way hash of
 * the address, never the address itself). Replaces the account-wide lock of `users.locked_until`,
 * which anyone could hold with five requests; those two columns stay for old data and are unused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_throttles')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addPrimaryKeyConstraint('login_throttles_pk', ['user_id', 'client_key'])
    .execute();
}
