/**
 * Group commit of intakes on SQLite (issue 16 item 4, decision 0020-h21b): the intakes waiting at
 * the same moment run one after the other inside one transaction, each in a savepoint of its own,
 * and are acknowledged after the one durable COMMIT. better-sqlite3 blocks the server's thread for
 * the fsync of every COMMIT (synchronous=FULL); one COMMIT for several intakes writes the shared
 * pages (indexes, audit head, search index) once and waits for the disk once.
 */
import type { ControlledTransaction, Kysely } from 'kysely';
import { inTransaction, type Ctx } from './context.js';
import type { Database } from './schema.js';

interface Member {
  fn: (tx: Kysely<Database>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Queue {
  waiting: Member[];
  running: boolean;
}

/** At most this many intakes share a COMMIT (the last one waits for all the others' work). */
const MAX_GROUP = 16;
const queues = new WeakMap<Kysely<Database>, Queue>();

/**
 * Runs `fn` like inTransaction: what it writes commits or not, its result or error is the
 * caller's, and it returns only after its writes are durable. On SQLite, intakes waiting at the
 * same time share one transaction: a failing one is rolled back to its savepoint and fails alone;
 * a failed COMMIT (or SQLite ending the transaction, as on a full disk) fails every member whose
 * writes were in it, with that error. On PostgreSQL commits do not block the thread: a plain
 * transaction.
 */
export function inGroupCommit<T>(ctx: Ctx, fn: (tx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (ctx.engine !== 'sqlite') return inTransaction(ctx, fn);
  let queue = queues.get(ctx.db);
  if (!queue) {
    queue = { waiting: [], running: false };
    queues.set(ctx.db, queue);
  }
  const q = queue;
  return new Promise<T>((resolve, reject) => {
    q.waiting.push({ fn, resolve: resolve as (value: unknown) => void, reject });
    schedule(ctx.db, q);
  });
}

function schedule(db: Kysely<Database>, q: Queue): void {
  if (q.running) return; // the running group schedules the next one when it ends
  q.running = true;
  // After the I/O callbacks of this turn: the requests that arrived meanwhile join the group.
  setImmediate(() => void runGroup(db, q));
}

async function runGroup(db: Kysely<Database>, q: Queue): Promise<void> {
  const group = q.waiting.splice(0, MAX_GROUP);
  const ran: Array<{ member: Member; value: unknown }> = [];
  let trx: ControlledTransaction<Database> | null = null;
  let next = 0;
  try {
    trx = await db.startTransaction().execute();
    for (; next < group.length; next++) {
      const member = group[next]!;
      const sp = await trx.savepoint('intake').execute();
      try {
        const value = await member.fn(sp);
        await sp.releaseSavepoint('intake').execute();
        ran.push({ member, value });
      } catch (error) {
        try {
          await sp.rollbackToSavepoint('intake').execute();
          await sp.releaseSavepoint('intake').execute();
        } catch {
          // SQLite ended the transaction itself (full disk, I/O error): the members run so far
          // lost their writes with it. The ones not run yet wait for the next group.
          next++;
          q.waiting.unshift(...group.slice(next));
          await trx
            .rollback()
            .execute()
            .catch(() => undefined);
          member.reject(error);
          for (const r of ran) r.member.reject(error);
          return;
        }
        member.reject(error);
      }
    }
    await trx.commit().execute();
    for (const r of ran) r.member.resolve(r.value);
  } catch (error) {
    // BEGIN or COMMIT failed: nothing of this group is stored.
    if (trx)
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
    for (const r of ran) r.member.reject(error);
    for (const member of group.slice(next)) member.reject(error);
  } finally {
    q.running = false;
    if (q.waiting.length) schedule(db, q);
  }
}
