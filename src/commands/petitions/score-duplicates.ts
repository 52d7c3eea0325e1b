import type { ControlledTransaction, Kysely, Selectable } from 'kysely';
import { inTransaction, type Ctx } from '../../db/context.js';
import type { Database } from '../../db/schema.js';
import { SqliteWorker, sqliteFile } from '../../db/worker-thread.js';
import type { DuplicateSuggestion } from './find-duplicates.js';
import { readScoring, type ScoringItem, type ScoringOutcome } from './score-duplicates-read.js';

/** Failed attempts after which a case's scoring is left `failed` (shown as such; retried by hand). */
export const SCORING_ATTEMPTS = 3;

/** Cases scored per read of the pending list (per claim on PostgreSQL). */
const BATCH = 20;
/** Cases of a claimed batch read at a time on PostgreSQL (their round trips overlap; pool of 10). */
const PG_READ_CONCURRENCY = 3;
/**
 * How long the scoring worker may take for a batch (DANVAN_SCORING_TIMEOUT_MS, default 60 s): then
 * each case of the batch counts an attempt and the thread is ended (the next batch starts another).
 */
function workerTimeoutMs(): number {
  const ms = Number(process.env.DANVAN_SCORING_TIMEOUT_MS ?? '60000');
  return Number.isFinite(ms) && ms > 0 ? ms : 60_000;
}

/** Options of a drain. */
export interface ScoringOptions {
  /** Also cases whose scoring failed three times (`danvan petitions score-duplicates`). */
  includeFailed?: boolean;
  /**
   * Called with each batch's case ids once this drain holds them, before they are read (tests: a
   * second drain running meanwhile must get other cases).
   */
  onClaimed?: (ids: string[]) => Promise<void> | void;
}

/**
 * Issue 16 item 4: an intake commits its cases with a `duplicate_scoring` row each and returns;
 * the suggestions are computed afterwards, here, and stored in a transaction that also deletes the
 * row. A batch of cases is scored first (reads only), then stored in one transaction: one durable
 * commit per batch instead of one per case. A failure (an error while reading or storing, or the
 * scoring worker ending) counts an attempt for the case it belongs to and leaves that case as it
 * was committed: the petition is never lost or changed by scoring. Only `forRecord` suggestions
 * are stored (no identity signal involving a sealed side), exactly what intake stored before; no
 * sealed identity is matched here (no caller to show it to), so nothing is revealed and nothing
 * audited (score-duplicates-read.ts).
 *
 * SQLite (decision 0021-h22b): the reads run on a worker thread with its own read-only connection
 * (better-sqlite3 is synchronous: on the server's thread they stalled every request), the main
 * thread only stores; `DANVAN_SCORING_WORKER=off` (or an in-memory database) reads in-process.
 * PostgreSQL: each drain claims a batch of its own (`FOR UPDATE SKIP LOCKED` in the transaction
 * that stores it), so the instances sharing a database score disjoint cases in parallel; a batch
 * whose instance dies is released with its connection and claimed by the next drain.
 */
export async function scorePendingDuplicates(
  ctx: Ctx,
  opts: ScoringOptions = {},
): Promise<{ scored: number; failed: number }> {
  return ctx.engine === 'postgres' ? drainClaimed(ctx, opts) : drainSqlite(ctx, opts);
}

type PendingRow = Selectable<Database['duplicate_scoring']>;
interface Scored {
  row: PendingRow;
  findings: DuplicateSuggestion[];
}

const states = (opts: ScoringOptions) => (opts.includeFailed ? ['pending', 'failed'] : ['pending']);

/** One more attempt counted for the case (nothing of the case is touched; no message: it may hold data). */
async function countAttempt(db: Kysely<Database>, ctx: Ctx, row: PendingRow): Promise<void> {
  const attempts = row.attempts + 1;
  await db
    .updateTable('duplicate_scoring')
    .set({
      attempts,
      state: attempts >= SCORING_ATTEMPTS ? 'failed' : 'pending',
      failed_at: ctx.clock.now().toISOString(),
    })
    .where('petition_id', '=', row.petition_id)
    .where('attempts', '=', row.attempts)
    .execute();
}

const scoringWorker = new SqliteWorker<ScoringItem[], ScoringOutcome[]>(
  new URL('./scoring-worker-entry.mjs', import.meta.url),
  () => new Error('The duplicate-scoring worker ended'),
);

/** Stops the scoring worker thread (tests; shutdown). A batch it held counts an attempt per case. */
export async function stopScoringWorker(): Promise<void> {
  await scoringWorker.stop();
}

/** The reads of a batch: on the worker thread (SQLite), else in-process. A failed batch fails each case. */
async function readBatch(ctx: Ctx, rows: PendingRow[]): Promise<ScoringOutcome[]> {
  const items = rows.map((r) => ({ id: r.petition_id, excludeIds: r.exclude_ids }));
  if (ctx.engine === 'sqlite' && process.env.DANVAN_SCORING_WORKER !== 'off') {
    const file = await sqliteFile(ctx.db);
    if (file)
      return scoringWorker
        .run(file, items, { timeoutMs: workerTimeoutMs() })
        .catch(() => items.map(() => ({ error: true as const })));
  }
  return readScoring(ctx.db, items, ctx.engine === 'postgres' ? PG_READ_CONCURRENCY : 1);
}

/** SQLite: one instance per file, one drain at a time (the queue below); the reads off the thread. */
async function drainSqlite(
  ctx: Ctx,
  opts: ScoringOptions,
): Promise<{ scored: number; failed: number }> {
  const tried = new Set<string>();
  let scored = 0;
  let failed = 0;
  const countFailure = async (row: PendingRow) => {
    failed++;
    await countAttempt(ctx.db, ctx, row).catch(() => {});
  };
  for (;;) {
    const rows = (
      await ctx.db
        .selectFrom('duplicate_scoring')
        .selectAll()
        .where('state', 'in', states(opts))
        .orderBy('requested_at')
        .orderBy('petition_id')
        .limit(BATCH + tried.size)
        .execute()
    ).filter((r) => !tried.has(r.petition_id));
    if (rows.length === 0) return { scored, failed };
    for (const row of rows) tried.add(row.petition_id);
    await opts.onClaimed?.(rows.map((r) => r.petition_id));
    const outcomes = await readBatch(ctx, rows);
    const ready: Scored[] = [];
    for (const [i, row] of rows.entries()) {
      const o = outcomes[i]!;
      if ('findings' in o) ready.push({ row, findings: o.findings });
      else if ('error' in o) await countFailure(row);
    }
    if (ready.length === 0) continue;
    // A stored case's row is gone: it leaves `tried`, which then holds only the rows still pending
    // that this drain skips (failed ones). Otherwise every read of a long drain (a backlog) would
    // fetch all the cases scored so far again.
    try {
      scored += await inTransaction(ctx, (tx) => store(tx, ready));
      for (const one of ready) tried.delete(one.row.petition_id);
    } catch {
      for (const one of ready) {
        try {
          scored += await inTransaction(ctx, (tx) => store(tx, [one]));
          tried.delete(one.row.petition_id);
        } catch {
          await countFailure(one.row);
        }
      }
    }
  }
}

/**
 * PostgreSQL: claims a batch (`FOR UPDATE SKIP LOCKED`: rows another drain holds are passed over),
 * reads it on the pool while the claim is held, and stores it in the claiming transaction. Rows
 * are locked only by an open transaction: when an instance dies its connection ends, PostgreSQL
 * rolls back and the batch is claimable again. A store that fails is rolled back to a savepoint and
 * the batch is stored case by case, each failure counting an attempt in the same transaction.
 */
async function drainClaimed(
  ctx: Ctx,
  opts: ScoringOptions,
): Promise<{ scored: number; failed: number }> {
  const tried = new Set<string>();
  let scored = 0;
  let failed = 0;
  for (;;) {
    const trx = await ctx.db.startTransaction().execute();
    let claimed: PendingRow[];
    try {
      let q = trx
        .selectFrom('duplicate_scoring')
        .selectAll()
        .where('state', 'in', states(opts))
        .orderBy('requested_at')
        .orderBy('petition_id')
        .limit(BATCH)
        .forUpdate()
        .skipLocked();
      if (tried.size) q = q.where('petition_id', 'not in', [...tried]);
      claimed = await q.execute();
      if (claimed.length === 0) {
        await trx.commit().execute();
        return { scored, failed };
      }
      for (const row of claimed) tried.add(row.petition_id);
      await opts.onClaimed?.(claimed.map((r) => r.petition_id));
      const outcomes = await readBatch(ctx, claimed);
      const ready: Scored[] = [];
      for (const [i, row] of claimed.entries()) {
        const o = outcomes[i]!;
        if ('findings' in o) ready.push({ row, findings: o.findings });
        else if ('error' in o) {
          failed++;
          await countAttempt(trx, ctx, row);
        }
      }
      const r = await storeClaimed(trx, ctx, ready);
      scored += r.scored;
      failed += r.failed;
      await trx.commit().execute();
    } catch {
      // The claim's connection failed (the database went away): nothing was stored; the rows are
      // released and the next drain (a later intake or the background sweep) takes them again.
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      return { scored, failed };
    }
  }
}

/** Stores a claimed batch inside the claiming transaction; a failing case counts an attempt alone. */
async function storeClaimed(
  trx: ControlledTransaction<Database>,
  ctx: Ctx,
  ready: Scored[],
): Promise<{ scored: number; failed: number }> {
  if (ready.length === 0) return { scored: 0, failed: 0 };
  const all = await trx.savepoint('batch').execute();
  try {
    const scored = await store(all, ready);
    await all.releaseSavepoint('batch').execute();
    return { scored, failed: 0 };
  } catch {
    await all.rollbackToSavepoint('batch').execute();
  }
  let scored = 0;
  let failed = 0;
  for (const one of ready) {
    const sp = await trx.savepoint('one').execute();
    try {
      scored += await store(sp, [one]);
      await sp.releaseSavepoint('one').execute();
    } catch {
      await sp.rollbackToSavepoint('one').execute();
      failed++;
      await countAttempt(trx, ctx, one.row);
    }
  }
  return { scored, failed };
}

/** Stores the cases' suggestions and deletes their rows on `tx`; returns how many were claimed. */
async function store(tx: Kysely<Database>, batch: Scored[]): Promise<number> {
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

/**
 * Scores every pending case soon, after the caller's turn (the intake's answer goes out first).
 * One drain at a time per instance (per database handle); a call during a drain makes it look
 * again at the end. On PostgreSQL the instances drain at once, each claiming batches of its own
 * (before decision 0021-h22b one drain ran at a time across instances, under an advisory lock,
 * and scoring fell behind intake).
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
        await scorePendingDuplicates(ctx).catch(() => undefined);
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
