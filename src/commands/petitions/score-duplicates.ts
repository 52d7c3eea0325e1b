import { sql, type Kysely, type Selectable } from 'kysely';
import { inTransaction, type Ctx } from '../../db/context.js';
import type { Database } from '../../db/schema.js';
import { findDuplicateFindings, type DuplicateSuggestion } from './find-duplicates.js';

/** Failed attempts after which a case's scoring is left `failed` (shown as such; retried by hand). */
export const SCORING_ATTEMPTS = 3;

/** Cases scored per read of the pending list. */
const BATCH = 20;

/**
 * Issue 16 item 4: an intake commits its cases with a `duplicate_scoring` row each and returns;
 * the suggestions are computed afterwards, here, and stored in a transaction that also deletes the
 * row. A batch of cases is scored first (reads only), then stored in one transaction: one durable
 * commit per batch instead of one per case (each commit is an fsync that blocks SQLite's thread).
 * If that transaction fails, each case is stored in a transaction of its own, so that a failure
 * (an error while reading or storing) counts an attempt for the case it belongs to and leaves that
 * case as it was committed: the petition is never lost or changed by scoring. Only `forRecord`
 * suggestions are stored (no identity signal involving a sealed side), exactly what intake stored
 * before; no sealed identity is matched here (no caller to show it to), so nothing is revealed and
 * nothing audited. Two instances (PostgreSQL) may score the same case: the one whose delete of the
 * row finds it stores, the other skips it.
 */
export async function scorePendingDuplicates(
  ctx: Ctx,
  opts: { includeFailed?: boolean } = {},
): Promise<{ scored: number; failed: number }> {
  const tried = new Set<string>();
  let scored = 0;
  let failed = 0;
  const countFailure = async (row: PendingRow) => {
    // Nothing of the case is touched: one more attempt is counted (no message: it may hold data).
    failed++;
    const attempts = row.attempts + 1;
    await ctx.db
      .updateTable('duplicate_scoring')
      .set({
        attempts,
        state: attempts >= SCORING_ATTEMPTS ? 'failed' : 'pending',
        failed_at: ctx.clock.now().toISOString(),
      })
      .where('petition_id', '=', row.petition_id)
      .where('attempts', '=', row.attempts)
      .execute()
      .catch(() => {});
  };
  for (;;) {
    const rows = (
      await ctx.db
        .selectFrom('duplicate_scoring')
        .selectAll()
        .where('state', 'in', opts.includeFailed ? ['pending', 'failed'] : ['pending'])
        .orderBy('requested_at')
        .orderBy('petition_id')
        .limit(BATCH + tried.size)
        .execute()
    ).filter((r) => !tried.has(r.petition_id));
    if (rows.length === 0) return { scored, failed };
    const ready: Scored[] = [];
    for (const row of rows) {
      tried.add(row.petition_id);
      try {
        const findings = await findingsOf(ctx, row.petition_id, JSON.parse(row.exclude_ids));
        if (findings) ready.push({ row, findings });
      } catch {
        await countFailure(row);
      }
    }
    if (ready.length === 0) continue;
    // A stored case's row is gone: it leaves `tried`, which then holds only the rows still pending
    // that this drain skips (failed ones). Otherwise every read of a long drain (one drain for
    // every instance on PostgreSQL, a backlog) would fetch all the cases scored so far again.
    try {
      scored += await store(ctx, ready);
      for (const one of ready) tried.delete(one.row.petition_id);
    } catch {
      for (const one of ready) {
        try {
          scored += await store(ctx, [one]);
          tried.delete(one.row.petition_id);
        } catch {
          await countFailure(one.row);
        }
      }
    }
  }
}

type PendingRow = Selectable<Database['duplicate_scoring']>;
interface Scored {
  row: PendingRow;
  findings: DuplicateSuggestion[];
}

/** The suggestions to store on one case (reads only); null when the case is gone. */
async function findingsOf(
  ctx: Ctx,
  id: string,
  excludeIds: string[],
): Promise<DuplicateSuggestion[] | null> {
  const db: Kysely<Database> = ctx.db;
  const p = await db
    .selectFrom('petitions')
    .select(['unit_code', 'topic_code', 'title', 'content', 'received_on', 'sealed'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!p) return null; // deleted since (the row went with it)
  const sealed = p.sealed === 1;
  // A sealed case's people are in the encrypted record: it is compared by content only.
  const people = sealed
    ? []
    : await db
        .selectFrom('petitioners')
        .select(['full_name', 'identity_number', 'phone', 'address'])
        .where('petition_id', '=', id)
        .orderBy('position')
        .execute();
  const findings = await findDuplicateFindings(
    db,
    {
      unitCode: p.unit_code,
      topicCode: p.topic_code,
      title: p.title,
      content: p.content,
      receivedOn: p.received_on,
      petitioners: people.map((x) => ({
        fullName: x.full_name,
        identityNumber: x.identity_number,
        phone: x.phone,
        address: x.address,
      })),
    },
    { excludeIds: [id, ...excludeIds], incomingSealed: sealed },
  );
  return findings.forRecord;
}

/** Stores the cases' suggestions and deletes their rows, in one transaction; returns how many were claimed. */
async function store(ctx: Ctx, batch: Scored[]): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    let claimedCount = 0;
    for (const { row, findings } of batch) {
      const claimed = await tx
        .deleteFrom('duplicate_scoring')
        .where('petition_id', '=', row.petition_id)
        .where('attempts', '=', row.attempts)
        .executeTakeFirst();
      if (Number(claimed.numDeletedRows) !== 1) continue; // scored elsewhere meanwhile
      claimedCount++;
      if (findings.length)
        await tx
          .insertInto('duplicate_suggestions')
          .values(
            findings.map((d) => ({
              petition_id: row.petition_id,
              candidate_id: d.id,
              score: d.score,
              reasons: JSON.stringify(d.reasons),
              state: 'open',
            })),
          )
          .execute();
    }
    return claimedCount;
  });
}

interface Queue {
  running: Promise<void>;
  again: boolean;
  active: boolean;
  holds: number;
}
const queues = new WeakMap<object, Queue>();

function queueOf(ctx: Ctx): Queue {
  let q = queues.get(ctx.db);
  if (!q) {
    q = { running: Promise.resolve(), again: false, active: false, holds: 0 };
    queues.set(ctx.db, q);
  }
  return q;
}

/** How long an instance waits before looking again when another instance holds the drain. */
const BUSY_RETRY_MS = 50;
/** Session advisory lock: one drain at a time across the instances sharing a PostgreSQL database. */
const DRAIN_LOCK = 7461002;

/**
 * One drain of the pending list; false when another instance is draining (PostgreSQL). Two
 * instances draining together read the same pending rows and both score every case (the second
 * store finds it claimed): twice the CPU for the same suggestions, measured as scoring falling
 * behind intake with two instances (decision 0020-h21b). The lock is held on one pooled
 * connection for the drain; the drain's own queries use the pool.
 */
async function drainOnce(ctx: Ctx): Promise<boolean> {
  if (ctx.engine !== 'postgres') {
    await scorePendingDuplicates(ctx);
    return true;
  }
  return ctx.db.connection().execute(async (conn) => {
    const got = await sql<{
      ok: boolean;
    }>`select pg_try_advisory_lock(${DRAIN_LOCK}) as ok`.execute(conn);
    if (!got.rows[0]?.ok) return false;
    try {
      await scorePendingDuplicates(ctx);
    } finally {
      await sql`select pg_advisory_unlock(${DRAIN_LOCK})`.execute(conn);
    }
    return true;
  });
}

/**
 * Scores every pending case soon, after the caller's turn (the intake's answer goes out first).
 * One drain at a time per database; a call during a drain makes it look again at the end.
 */
export function scoreDuplicatesLater(ctx: Ctx): void {
  const q = queueOf(ctx);
  q.again = true;
  if (q.active || q.holds > 0) return;
  q.active = true;
  q.running = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
    try {
      while (q.again && q.holds === 0) {
        q.again = false;
        // A failure to read the pending list is retried by the next call or the background sweep.
        if (await drainOnce(ctx).catch(() => true)) continue;
        // Another instance is draining: its loop may have read the list before this instance's
        // cases committed, so look again shortly (until this instance drains itself).
        q.again = true;
        await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS));
      }
    } finally {
      q.active = false;
    }
  });
}

/** Resolves when the scoring started so far has finished (tests; an orderly shutdown). */
export async function whenDuplicatesScored(ctx: Ctx): Promise<void> {
  const q = queueOf(ctx);
  while (q.active) await q.running;
}

/**
 * Keeps scoring from starting until the returned function is called (then it starts if asked
 * meanwhile). For tests that look at a case between its intake and its scoring.
 */
export function holdDuplicateScoring(ctx: Ctx): () => void {
  const q = queueOf(ctx);
  q.holds++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    q.holds--;
    if (q.holds === 0 && q.again) scoreDuplicatesLater(ctx);
  };
}
