import { sql, type Kysely } from 'kysely';
import { GENESIS_HASH, auditRowHash } from '../domain/audit/chain.js';
import type { AuditEventInput } from '../domain/audit/events.js';
import type { Engine } from './connect.js';
import type { Database } from './schema.js';

const FORBIDDEN_PAYLOAD_KEYS =
  /pass(word)?|token|secret|identity|fullName|full_name|address|phone|email/i;

function assertNoSecrets(payload: Record<string, unknown>, path = ''): void {
  for (const [k, v] of Object.entries(payload)) {
    if (FORBIDDEN_PAYLOAD_KEYS.test(k))
      throw new Error(`audit payload must not carry "${path}${k}"`);
    if (v && typeof v === 'object' && !Array.isArray(v))
      assertNoSecrets(v as Record<string, unknown>, `${path}${k}.`);
  }
}

/**
 * Appends one event to the hash chain. Call it inside the transaction of the change it records:
 * both commit or neither does. On PostgreSQL a transaction-scoped advisory lock serialises
 * writers of the chain; SQLite serialises writers by itself.
 */
export async function appendAudit(
  tx: Kysely<Database>,
  engine: Engine,
  event: AuditEventInput,
  at: Date,
): Promise<number> {
  assertNoSecrets(event.payload);
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(7461001)`.execute(tx);
  const head = await tx
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const row = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor_id: event.actorId,
    actor_name: event.actorName,
    entity_type: event.entityType,
    entity_id: event.entityId,
    event_type: event.eventType,
    payload: JSON.stringify(event.payload),
    prev_hash: head?.hash ?? GENESIS_HASH,
  };
  const hash = auditRowHash(row);
  await tx
    .insertInto('audit_events')
    .values({ ...row, hash })
    .execute();
  if (head)
    await tx.updateTable('audit_head').set({ seq: row.seq, hash }).where('id', '=', 1).execute();
  else await tx.insertInto('audit_head').values({ id: 1, seq: row.seq, hash }).execute();
  return row.seq;
}

/**
 * Appends many events to the hash chain at once (one head read, chunked inserts, one head write):
 * for changes that touch thousands of records, such as a calendar edit recomputing open
 * deadlines. Same guarantees as appendAudit; call it inside the change's transaction.
 */
export async function appendAuditMany(
  tx: Kysely<Database>,
  engine: Engine,
  events: readonly AuditEventInput[],
  at: Date,
): Promise<number> {
  if (events.length === 0) return 0;
  for (const e of events) assertNoSecrets(e.payload);
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(7461001)`.execute(tx);
  const head = await tx
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  const iso = at.toISOString();
  const rows = events.map((event) => {
    const row = {
      seq: ++seq,
      at: iso,
      actor_id: event.actorId,
      actor_name: event.actorName,
      entity_type: event.entityType,
      entity_id: event.entityId,
      event_type: event.eventType,
      payload: JSON.stringify(event.payload),
      prev_hash: prev,
    };
    prev = auditRowHash(row);
    return { ...row, hash: prev };
  });
  // 10 columns a row: 500 rows stay far below both engines' bound-parameter limits.
  for (let i = 0; i < rows.length; i += 500)
    await tx
      .insertInto('audit_events')
      .values(rows.slice(i, i + 500))
      .execute();
  if (head)
    await tx.updateTable('audit_head').set({ seq, hash: prev }).where('id', '=', 1).execute();
  else await tx.insertInto('audit_head').values({ id: 1, seq, hash: prev }).execute();
  return seq;
}
