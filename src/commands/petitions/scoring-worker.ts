/**
 * The duplicate-scoring worker thread (SQLite, decision 0021-h22b): its own read-only connection to
 * the database file reads each pending case's suggestions, so the search's statements and ranking
 * do not run on the server's thread; the main thread stores what it answers.
 */
import { workerData } from 'node:worker_threads';
import { openWorkerDb, serveWorkerJobs } from '../../db/worker-thread.js';
import { readScoring, type ScoringItem } from './score-duplicates-read.js';

const db = openWorkerDb((workerData as { file: string }).file);

serveWorkerJobs((items: ScoringItem[]) => readScoring(db, items));
