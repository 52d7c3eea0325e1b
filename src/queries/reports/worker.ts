/**
 * The report worker thread: its own read-only better-sqlite3 connection to the same database file
 * (WAL: it reads committed data while the main thread writes), so that a long report never blocks
 * the HTTP event loop. Receives {@link ReportJob}s, answers with the JSON report or file bytes.
 */
import { workerData } from 'node:worker_threads';
import { openWorkerDb, serveWorkerJobs } from '../../db/worker-thread.js';
import { executeReportJob, type ReportJob } from './report-jobs.js';
import { loadUnitIndex } from './unit-index.js';

const db = openWorkerDb((workerData as { file: string }).file);

// Ready before the first job (a failure here shows again, reported, when a job needs the index).
void loadUnitIndex(db).catch(() => {});

serveWorkerJobs((job: ReportJob) => executeReportJob(db, job, { store: false }));
