import { sql, type Insertable, type Kysely } from 'kysely';
import { GENESIS_HASH, auditRowHash } from '../domain/audit/chain.js';
import type { AuditEventInput } from '../domain/audit/events.js';
import type { Engine } from './connect.js';
import type { AuditEventsTable, Database } from './schema.js';

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

type Head = { seq: number; hash: string } | undefined;

/**
 * The chain's head, locked until the transaction ends. On PostgreSQL the head row is read
 * `FOR UPDATE` (one round trip: the lock and the read; under READ COMMITTED a writer that waited
 * reads the head its predecessor committed). Only before the first event ever is there no row
 * to lock: a transaction-scoped advisory lock serialises those writers, then the row is read
 * again. The lock is held to the commit, so every round trip under it costs every other
 * instance's intakes (decision 0020-h21b). SQLite serialises writers by itself.
 */
async function lockHead(tx: Kysely<Database>, engine: Engine): Promise<Head> {
  if (engine === 'postgres') {
    const locked = () =>
      sql<{
        seq: number;
        hash: string;
      }>`select seq, hash from audit_head where id = 1 for update`.execute(tx);
    const first = (await locked()).rows[0];
    if (first) return first;
    await sql`select pg_advisory_xact_lock(7461001)`.execute(tx);
    return (await locked()).rows[0];
  }
  return tx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
}

type ChainRow = Insertable<AuditEventsTable>;

/**
 * Writes chained rows and moves the head. On PostgreSQL, when the rows fit one statement, the
 * insert and the head's update are one statement (a data-modifying WITH): one round trip under
 * the lock instead of two.
 */
async function writeChained(
  tx: Kysely<Database>,
  engine: Engine,
  head: Head,
  rows: ChainRow[],
  last: { seq: number; hash: string },
): Promise<void> {
  // 10 columns a row: 500 rows stay far below both engines' bound-parameter limits.
  if (engine === 'postgres' && head && rows.length <= 500) {
    await tx
      .with('chained', (db) => db.insertInto('audit_events').values(rows))
      .updateTable('audit_head')
      .set(last)
      .where('id', '=', 1)
      .execute();
    return;
  }
  for (let i = 0; i < rows.length; i += 500)
    await tx
      .insertInto('audit_events')
      .values(rows.slice(i, i + 500))
      .execute();
  if (head) await tx.updateTable('audit_head').set(last).where('id', '=', 1).execute();
  else
    await tx
      .insertInto('audit_head')
      .values({ id: 1, ...last })
      .execute();
}

/**
 * Appends one event to the hash chain. Call it inside the transaction of the change it records:
 * both commit or neither does. The chain's head stays locked until that transaction ends.
 */
export async function appendAudit(
  tx: Kysely<Database>,
  engine: Engine,
  event: AuditEventInput,
  at: Date,
): Promise<number> {
  return appendAuditMany(tx, engine, [event], at);
}

/**
 * Appends many events to the hash chain at once (one head read, one head write): for changes
 * that touch thousands of records, such as a calendar edit recomputing open deadlines, and for
 * an intake's cases. Same guarantees as appendAudit; call it inside the change's transaction.
 */
export async function appendAuditMany(
  tx: Kysely<Database>,
  engine: Engine,
  events: readonly AuditEventInput[],
  at: Date,
): Promise<number> {
  if (events.length === 0) return 0;
  for (const e of events) assertNoSecrets(e.payload);
  const head = await lockHead(tx, engine);
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
  await writeChained(tx, engine, head, rows, { seq, hash: prev });
  return seq;
}
