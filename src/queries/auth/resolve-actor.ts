import type { Kysely } from 'kysely';
import type { Database, UsersTable } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { isRole } from '../../domain/access/roles.js';
import { tokenHash } from '../../domain/access/tokens.js';
import { unitScope } from '../units/unit-scope.js';

async function toActor(db: Kysely<Database>, user: UsersTable): Promise<Actor | null> {
  if (user.disabled || !isRole(user.role)) return null;
  const scope = user.role === 'admin' ? new Set(['*']) : await unitScope(db, user.unit_code);
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    unitCode: user.unit_code,
    agencyId: user.agency_id,
    scope,
    canReadIdentity: user.can_read_identity === 1,
  };
}

/** The actor behind a session cookie, with the session's CSRF token; null when absent or expired. */
export async function actorFromSession(
  db: Kysely<Database>,
  sessionToken: string,
  now: Date,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', tokenHash(sessionToken))
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return null;
  const actor = await toActor(db, row);
  return actor ? { actor, csrfToken: row.csrf_token } : null;
}

/** The actor behind an API token (Authorization: Bearer); null when unknown or revoked. */
export async function actorFromApiToken(
  db: Kysely<Database>,
  token: string,
): Promise<Actor | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('users')
    .select(['api_tokens.revoked_at'])
    .where('api_tokens.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || row.revoked_at) return null;
  return toActor(db, row);
}
