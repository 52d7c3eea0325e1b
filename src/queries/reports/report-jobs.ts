/**
 * Report jobs: the same code runs in the worker thread (SQLite) or in-process (PostgreSQL, whose
 * driver does not block the event loop, and tests). `runReportJob` picks the place.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql, type Kysely } from 'kysely';
import type { Ctx } from '../../db/context.js';
import { DomainError } from '../../domain/errors.js';
import type { Database } from '../../db/schema.js';
import { summaryToCsv } from './export-csv.js';
import { summaryToXlsx } from './export-xlsx.js';
import {
  readSnapshot,
  storeSnapshot,
  summarySnapshotKey,
  type PendingSnapshot,
} from './period-snapshots.js';
import {
  summaryReportWithSnapshot,
  type SnapshotHint,
  type SummaryParams,
  type SummaryReport,
} from './summary-report.js';
import { loadUnitIndex } from './unit-index.js';

/**
 * A unit of report work. `snapshot`: a closed period's storage key, already computed by the
 * caller, and whether the caller has just found no stored result under it (the job then neither
 * computes the key nor reads storage again; a result stored meanwhile is overwritten by an equal one).
 */
export type ReportJob = {
  kind: 'summary';
  params: SummaryParams;
  format: 'json' | 'xlsx' | 'csv';
  snapshot?: SnapshotHint;
};
/** Its result: the report, or the bytes of the file with the report it was made from. */
export type ReportJobResult = {
  report: SummaryReport;
  file?: Uint8Array;
  pending?: PendingSnapshot | null;
};

/**
 * Runs a job on a connection (worker or main thread). A writable connection stores a closed
 * period's result itself; the read-only worker hands it back as `pending` for the main thread.
 */
export async function executeReportJob(
  db: Kysely<Database>,
  job: ReportJob,
  opts: { store: boolean } = { store: true },
): Promise<ReportJobResult> {
  const { report, pending } = await summaryReportWithSnapshot(db, job.params, job.snapshot);
  if (pending && opts.store) await storeSnapshot(db, pending, new Date());
  const rest = opts.store ? {} : { pending };
  if (job.format === 'xlsx')
    return {
      report,
      file: new Uint8Array(await summaryToXlsx(report, { signedOn: job.params.today })),
      ...rest,
    };
  if (job.format === 'csv') return { report, file: new Uint8Array(summaryToCsv(report)), ...rest };
  return { report, ...rest };
}

/** How long a report may take (DANVAN_REPORT_TIMEOUT_SECONDS, default 120) before it is stopped. */
export function reportTimeoutMs(): number {
  const s = Number(process.env.DANVAN_REPORT_TIMEOUT_SECONDS ?? '120');
  return Number.isFinite(s) && s > 0 ? Math.max(1, Math.round(s * 1000)) : 120_000;
}

/** The clean answer to a report that overran or whose worker ended: 503, retry later. */
export const reportTimeout = () =>
  new DomainError(
    'report_timeout',
    'Báo cáo mất quá nhiều thời gian để tổng hợp nên đã dừng. Vui lòng thử lại sau hoặc chọn kỳ báo cáo ngắn hơn.',
    'The report took too long to compile and was stopped. Please retry later or choose a shorter period.',
  );

interface Pending {
  resolve: (r: ReportJobResult) => void;
  reject: (e: Error) => void;
}

let worker: { file: string; w: Worker; pending: Map<number, Pending>; next: number } | null = null;

function startWorker(file: string) {
  const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { file } });
  const state = { file, w, pending: new Map<number, Pending>(), next: 1 };
  w.on(
    'message',
    (m: { id: number; result?: ReportJobResult; error?: { name: string; message: string } }) => {
      const p = state.pending.get(m.id);
      state.pending.delete(m.id);
      if (!p) return;
      if (m.error) p.reject(Object.assign(new Error(m.error.message), { name: m.error.name }));
      else p.resolve(m.result!);
    },
  );
  const fail = (e: Error) => {
    for (const p of state.pending.values()) p.reject(e);
    state.pending.clear();
    if (worker === state) worker = null;
  };
  w.on('error', fail);
  // Ended (stopped after a timeout, or crashed): the jobs it held get the clean 503, not a 500.
  w.on('exit', () => fail(reportTimeout()));
  w.unref();
  return state;
}

/** Stops the report worker (server shutdown, tests). */
export async function stopReportWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.w.terminate();
}

async function sqliteFile(db: Kysely<Database>): Promise<string | null> {
  const rows = await sql<{
    name: string;
    file: string;
  }>`select name, file from pragma_database_list`.execute(db);
  const main = rows.rows.find((r) => r.name === 'main');
  return main?.file ? path.resolve(main.file) : null;
}

/**
 * A closed period's stored result, read on the calling connection: a few indexed reads, and the
 * parsed report is shared while the stored row stays the same (readSnapshot). Sending such a job
 * to the worker thread cost more than the reads: the worker's answer is a structured clone of
 * every row (10,846 rows: 260–330 ms on a loaded machine, decision 0020-h21d). The .xlsx file is
 * still made in the worker (building it takes seconds on a large report). Returns the report, or
 * the hint the job takes on (the key, and that nothing is stored under it), or nothing for an
 * open period.
 */
async function storedSummary(
  db: Kysely<Database>,
  params: SummaryParams,
): Promise<{ report: SummaryReport } | { hint: SnapshotHint } | null> {
  if (params.period.to >= params.today) return null;
  const key = await summarySnapshotKey(db, params);
  const report = (await readSnapshot(db, key)) as SummaryReport | null;
  return report ? { report } : { hint: { key, missing: true } };
}

/** The report worker for this database file, started (or restarted for another file) if needed. */
async function ensureWorker(file: string) {
  if (!worker || worker.file !== file) {
    await stopReportWorker();
    worker = startWorker(file);
  }
  return worker;
}

/**
 * Prepares the reports at server start, in the background, so that the first report a user asks
 * for does not wait for them: the unit index of the main connection, and on SQLite the worker
 * thread (its module graph, its connection and its own unit index).
 */
export async function warmReports(ctx: Ctx): Promise<void> {
  await loadUnitIndex(ctx.db);
  if (ctx.engine !== 'sqlite' || process.env.DANVAN_REPORT_WORKER === 'off') return;
  const file = await sqliteFile(ctx.db);
  if (file) await ensureWorker(file);
}

/**
 * Runs a report job off the request path on SQLite (a worker thread with its own read-only
 * connection; better-sqlite3 is synchronous and would otherwise stall every other request for the
 * duration of the query), in-process on PostgreSQL or when `DANVAN_REPORT_WORKER=off`.
 */
export async function runReportJob(ctx: Ctx, asked: ReportJob): Promise<ReportJobResult> {
  const stored = asked.format === 'json' ? await storedSummary(ctx.db, asked.params) : null;
  if (stored && 'report' in stored) return { report: stored.report };
  const job: ReportJob = stored ? { ...asked, snapshot: stored.hint } : asked;
  const timeoutMs = reportTimeoutMs();
  if (ctx.engine === 'postgres') {
    // PostgreSQL cancels the statement itself after the timeout (SQLSTATE 57014 query_canceled).
    try {
      return await ctx.db.transaction().execute(async (tx) => {
        await sql`select set_config('statement_timeout', ${String(timeoutMs)}, true)`.execute(tx);
        return executeReportJob(tx, job);
      });
    } catch (e) {
      if ((e as { code?: string }).code === '57014') throw reportTimeout();
      throw e;
    }
  }
  if (process.env.DANVAN_REPORT_WORKER === 'off') return executeReportJob(ctx.db, job);
  const file = await sqliteFile(ctx.db);
  if (!file) return executeReportJob(ctx.db, job);
  const w = await ensureWorker(file);
  const id = w.next++;
  w.w.ref();
  try {
    const result = await new Promise<ReportJobResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        w.pending.delete(id);
        reject(reportTimeout());
        // The overrunning query would go on using the CPU: end the worker; the next job starts a
        // fresh one (the other jobs it held get the same 503).
        if (worker === w) worker = null;
        void w.w.terminate();
      }, timeoutMs);
      const done = () => clearTimeout(timer);
      // The limit is wall time from here: a result that arrives after it (the main thread was
      // busy, or descheduled on a loaded machine, when the timer was due) is over the limit too,
      // so the answer does not depend on which of the two events the event loop happens to see first.
      const deadline = performance.now() + timeoutMs;
      w.pending.set(id, {
        resolve: (r) => {
          done();
          if (performance.now() > deadline) reject(reportTimeout());
          else resolve(r);
        },
        reject: (e) => (done(), reject(e)),
      });
      w.w.postMessage({ id, job });
    });
    if (result.pending) await storeSnapshot(ctx.db, result.pending, ctx.clock.now());
    return { report: result.report, ...(result.file ? { file: result.file } : {}) };
  } finally {
    if (w.pending.size === 0) w.w.unref();
  }
}
