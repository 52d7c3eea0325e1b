/**
 * A worker thread with its own read-only SQLite connection, for reads that would otherwise block
 * the server's thread (better-sqlite3 is synchronous). Both sides are here: the main thread's
 * {@link SqliteWorker} (one thread per database file, started lazily, jobs matched to answers by
 * id, a timeout that ends the thread, every waiting job failed when the thread ends), and the
 * worker's {@link openWorkerDb} + {@link serveWorkerJobs}. Used by the report jobs and the
 * duplicate scoring (decisions 0006, 0021-h22b). The thread reads committed data only (WAL).
 */
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.js';
import { withStatementCache } from './statements.js';

interface Waiting<R> {
  resolve: (r: R) => void;
  reject: (e: Error) => void;
}

interface Running<R> {
  file: string;
  w: Worker;
  waiting: Map<number, Waiting<R>>;
  next: number;
}

/** The main thread's side: one worker thread per database file, for jobs J answered with R. */
export class SqliteWorker<J, R> {
  private running: Running<R> | null = null;

  /**
   * @param entry the worker's entry module (a `.mjs` that loads the TypeScript worker in source, the
   *   bundled worker in the build: both named the same beside the caller)
   * @param ended the error every waiting job gets when the thread ends (stopped, timed out, crashed)
   */
  constructor(
    private readonly entry: URL,
    private readonly ended: () => Error,
  ) {}

  /** The worker for this database file, started (or restarted for another file) if needed. */
  async ensure(file: string): Promise<void> {
    await this.current(file);
  }

  private async current(file: string): Promise<Running<R>> {
    // Started without an await in between, so two first callers share one thread.
    while (this.running?.file !== file) {
      if (this.running) await this.stop();
      else this.running = this.start(file);
    }
    return this.running;
  }

  /** Ends the thread (server shutdown, tests); jobs still waiting get the `ended` error. */
  async stop(): Promise<void> {
    const r = this.running;
    this.running = null;
    if (r) await r.w.terminate();
  }

  /**
   * Runs one job on the worker for `file`. With `timeoutMs`, a job not answered in that wall time
   * fails with `timeoutError` and the thread is ended (the overrunning query would go on using the
   * CPU; the next job starts a fresh one, the other jobs it held fail with `ended`).
   */
  async run(
    file: string,
    job: J,
    opts: { timeoutMs?: number; timeoutError?: () => Error } = {},
  ): Promise<R> {
    const r = await this.current(file);
    const id = r.next++;
    r.w.ref();
    try {
      return await new Promise<R>((resolve, reject) => {
        const { timeoutMs } = opts;
        const timeoutError = opts.timeoutError ?? this.ended;
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                r.waiting.delete(id);
                reject(timeoutError());
                if (this.running === r) this.running = null;
                void r.w.terminate();
              }, timeoutMs);
        // The limit is wall time from here: an answer that arrives after it (the main thread was
        // busy, or descheduled on a loaded machine, when the timer was due) is over the limit too,
        // so the outcome does not depend on which event the event loop happens to see first.
        const deadline = timeoutMs === undefined ? Infinity : performance.now() + timeoutMs;
        r.waiting.set(id, {
          resolve: (result) => {
            clearTimeout(timer);
            if (performance.now() > deadline) reject(timeoutError());
            else resolve(result);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
        r.w.postMessage({ id, job });
      });
    } finally {
      if (r.waiting.size === 0) r.w.unref();
    }
  }

  private start(file: string): Running<R> {
    const w = new Worker(this.entry, { workerData: { file } });
    const state: Running<R> = { file, w, waiting: new Map(), next: 1 };
    w.on('message', (m: { id: number; result?: R; error?: { name: string; message: string } }) => {
      const p = state.waiting.get(m.id);
      state.waiting.delete(m.id);
      if (!p) return;
      if (m.error) p.reject(Object.assign(new Error(m.error.message), { name: m.error.name }));
      else p.resolve(m.result!);
    });
    const fail = (e: Error) => {
      for (const p of state.waiting.values()) p.reject(e);
      state.waiting.clear();
      if (this.running === state) this.running = null;
    };
    w.on('error', fail);
    w.on('exit', () => fail(this.ended()));
    w.unref();
    return state;
  }
}

/** The file of a SQLite database (null for an in-memory one, which no other thread can open). */
export async function sqliteFile(db: Kysely<Database>): Promise<string | null> {
  const rows = await sql<{
    name: string;
    file: string;
  }>`select name, file from pragma_database_list`.execute(db);
  const main = rows.rows.find((r) => r.name === 'main');
  return main?.file ? path.resolve(main.file) : null;
}

/** The worker's side: its own read-only connection to the file it was started for. */
export function openWorkerDb(file: string): Kysely<Database> {
  const database = new SQLite(file, { readonly: true, fileMustExist: true });
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
  });
}

/** The worker's side: answers each job with its result or its error (name and message only). */
export function serveWorkerJobs<J, R>(run: (job: J) => Promise<R>): void {
  parentPort!.on('message', (msg: { id: number; job: J }) => {
    run(msg.job).then(
      (result) => parentPort!.postMessage({ id: msg.id, result }),
      (e: unknown) =>
        parentPort!.postMessage({
          id: msg.id,
          error:
            e instanceof Error
              ? { name: e.name, message: e.message }
              : { name: 'Error', message: String(e) },
        }),
    );
  });
}
