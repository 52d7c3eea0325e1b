/**
 * /metrics in the Prometheus text format (prom-client): request rate and latency by route
 * template (never the raw URL, which may carry codes or names), the work queues, overdue cases,
 * the reminder backlog, backup age and reminder sweeps, plus the process's own metrics (RSS,
 * event-loop lag, GC). Counts only, no personal data; still, keep it behind the reverse proxy
 * (docs/deploy.md).
 */
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Ctx } from '../../db/context.js';
import { newestBackup } from '../../jobs/backup/schedule.js';
import { jobStats } from '../../jobs/job-stats.js';
import { operationalCounts } from '../../queries/ops/operational-counts.js';

/** Registers the request hooks and GET /metrics on the app. */
export function registerMetrics(
  app: FastifyInstance,
  ctx: Ctx,
  opts: { backupDir: string | null },
): void {
  const register = new Registry();
  collectDefaultMetrics({ register, prefix: 'danvan_' });
  const requests = new Counter({
    name: 'danvan_http_requests_total',
    help: 'HTTP requests by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [register],
  });
  const latency = new Histogram({
    name: 'danvan_http_request_duration_seconds',
    help: 'HTTP request latency by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [register],
  });
  const queues = new Gauge({
    name: 'danvan_petitions_open',
    help: 'Open cases per status (work queues)',
    labelNames: ['status'] as const,
    registers: [register],
  });
  const overdue = new Gauge({
    name: 'danvan_petitions_overdue',
    help: 'Open cases past the due date of their current step',
    registers: [register],
  });
  const backlog = new Gauge({
    name: 'danvan_reminders_backlog',
    help: 'Deadline reminders queued and not yet sent',
    registers: [register],
  });
  new Counter({
    name: 'danvan_reminder_sweeps_total',
    help: 'Deadline reminder sweeps run by this instance, by result',
    labelNames: ['result'] as const,
    registers: [register],
    collect() {
      this.reset();
      this.inc({ result: 'ok' }, jobStats.reminderSweeps);
      this.inc({ result: 'failed' }, jobStats.reminderSweepFailures);
    },
  });
  new Counter({
    name: 'danvan_scheduled_backups_total',
    help: 'Scheduled backups run by this instance, by result',
    labelNames: ['result'] as const,
    registers: [register],
    collect() {
      this.reset();
      this.inc({ result: 'ok' }, jobStats.backups);
      this.inc({ result: 'failed' }, jobStats.backupFailures);
    },
  });
  if (opts.backupDir) {
    const dir = opts.backupDir;
    new Gauge({
      name: 'danvan_backup_age_seconds',
      help: 'Seconds since the newest scheduled backup archive (absent until the first one)',
      registers: [register],
      collect() {
        const b = newestBackup(dir);
        this.reset();
        if (b) this.set((Date.now() - b.at.getTime()) / 1000);
      },
    });
  }

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    const c = await operationalCounts(ctx.db, ctx.clock.today());
    queues.reset();
    for (const [status, n] of Object.entries(c.openByStatus)) queues.set({ status }, n);
    overdue.set(c.overdue);
    backlog.set(c.reminderBacklog);
    return reply.type(register.contentType).send(await register.metrics());
  });
}
