/**
 * The report worker thread: its own read-only better-sqlite3 connection to the same database file
 * (WAL: it reads committed data while the main thread writes), so that a long report never blocks
 * the HTTP event loop. Receives {@link ReportJob}s, answers with the JSON report or file bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../../db/schema.js';
import { withStatementCache } from '../../db/statements.js';
import { executeReportJob, type ReportJob } from './report-jobs.js';
import { loadUnitIndex } from './unit-index.js';

const database = new SQLite((workerData as { file: string }).file, {
  readonly: true,
  fileMustExist: true,
});
database.pragma('busy_timeout = 5000');
const db = new Kysely<Database>({
  dialect: new SqliteDialect({ database: withStatementCache(database) }),
});

// Ready before the first job (a failure here shows again, reported, when a job needs the index).
void loadUnitIndex(db).catch(() => {});

parentPort!.on('message', (msg: { id: number; job: ReportJob }) => {
  executeReportJob(db, msg.job, { store: false }).then(
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
