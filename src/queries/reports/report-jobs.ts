/**
 * Report jobs: the same code runs in the worker thread (SQLite) or in-process (PostgreSQL, whose
 * driver does not block the event loop, and tests). `runReportJob` picks the place.
 */
import { sql, type Kysely } from 'kysely';
import type { Ctx } from '../../db/context.js';
import { DomainError } from '../../domain/errors.js';
import type { Database } from '../../db/schema.js';
import { SqliteWorker, sqliteFile } from '../../db/worker-thread.js';
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

/** The report worker thread (SQLite); its jobs fail with the clean 503 when it ends. */
const worker = new SqliteWorker<ReportJob, ReportJobResult>(
  new URL('./worker-entry.mjs', import.meta.url),
  reportTimeout,
);

/** Stops the report worker (server shutdown, tests). */
export async function stopReportWorker(): Promise<void> {
  await worker.stop();
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

/**
 * Prepares the reports at server start, in the background, so that the first report a user asks
 * for does not wait for them: the unit index of the main connection, and on SQLite the worker
 * thread (its module graph, its connection and its own unit index).
 */
export async function warmReports(ctx: Ctx): Promise<void> {
  await loadUnitIndex(ctx.db);
  if (ctx.engine !== 'sqlite' || process.env.DANVAN_REPORT_WORKER === 'off') return;
  const file = await sqliteFile(ctx.db);
  if (file) await worker.ensure(file);
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
  const result = await worker.run(file, job, { timeoutMs, timeoutError: reportTimeout });
  if (result.pending) await storeSnapshot(ctx.db, result.pending, ctx.clock.now());
  return { report: result.report, ...(result.file ? { file: result.file } : {}) };
}
