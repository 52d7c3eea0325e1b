/** Counters the background jobs keep for /metrics (per process). */
export const jobStats = {
  reminderSweeps: 0,
  reminderSweepFailures: 0,
  backups: 0,
  backupFailures: 0,
};
