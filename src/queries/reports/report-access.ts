import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { reportPolicy } from '../../domain/access/report.policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import {
  customPeriod,
  periodById,
  periodsOfYear,
  type ReportPeriod,
} from '../../domain/reports/periods.js';
import { unitExists } from '../units/unit-lookup.js';
import { dashboard } from './dashboard.js';
import { publicStatistics } from './public-statistics.js';
import { runReportJob } from './report-jobs.js';
import { loadPeriodConfig } from './summary-report.js';

const invalid = (vi: string, en: string) => new DomainError('validation_failed', vi, en);

export interface PeriodQuery {
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The period of a request: `period=q1-2026` (deployment rule) or `from` + `to`. */
export async function resolvePeriod(ctx: Ctx, q: PeriodQuery): Promise<ReportPeriod> {
  if (q.period) {
    const p = periodById(q.period, await loadPeriodConfig(ctx.db));
    if (!p)
      throw invalid(
        'Kỳ báo cáo không hợp lệ (ví dụ: q1-2026, h1-2026, n9-2026, y-2026, m03-2026).',
        'Invalid period (e.g. q1-2026, h1-2026, n9-2026, y-2026, m03-2026).',
      );
    return p;
  }
  if (!q.from || !q.to)
    throw invalid(
      'Cần chọn kỳ báo cáo hoặc từ ngày, đến ngày.',
      'Give a period or both from and to.',
    );
  try {
    return customPeriod(q.from, q.to);
  } catch {
    throw invalid('Khoảng thời gian không hợp lệ.', 'Invalid date range.');
  }
}

/** The unit of a report the actor may read: 404 without the ability or outside the scope. */
async function authorisedUnit(
  ctx: Ctx,
  actor: Actor,
  unit: string | undefined,
): Promise<string | null> {
  if (!reportPolicy.read(actor)) throw notFound('report');
  if (unit === undefined) return reportPolicy.defaultUnit(actor);
  if (!reportPolicy.readUnit(actor, unit)) throw notFound('unit');
  if (!(await unitExists(ctx.db, unit))) throw notFound('unit');
  return unit;
}

/** The summary report (Biểu 01/XLD) of a unit and period the actor may read, in a format. */
export async function reportSummary({
  ctx,
  actor,
  query,
  format,
}: {
  ctx: Ctx;
  actor: Actor;
  query: PeriodQuery & { unit?: string | undefined; structure: 'historical' | 'current' };
  format: 'json' | 'xlsx' | 'csv';
}) {
  const unitCode = await authorisedUnit(ctx, actor, query.unit);
  const period = await resolvePeriod(ctx, query);
  return runReportJob(ctx, {
    kind: 'summary',
    format,
    params: { unitCode, period, structure: query.structure, today: ctx.clock.today() },
  });
}

/** The report periods of a year under the deployment's rule (staff who read reports). */
export async function reportPeriods({
  ctx,
  actor,
  year,
}: {
  ctx: Ctx;
  actor: Actor;
  year: number;
}) {
  if (!reportPolicy.read(actor)) throw notFound('report');
  const config = await loadPeriodConfig(ctx.db);
  return {
    source: config.source,
    scheme: config.scheme,
    cutoffDay: config.cutoffDay,
    items: periodsOfYear(year, config),
  };
}

/** The dashboard of a unit the actor may read; officers named only for those who direct the work. */
export async function reportDashboard({
  ctx,
  actor,
  unit,
  to,
}: {
  ctx: Ctx;
  actor: Actor;
  unit?: string | undefined;
  to?: string | undefined;
}) {
  const unitCode = await authorisedUnit(ctx, actor, unit);
  return dashboard(ctx.db, {
    unitCode,
    today: ctx.clock.today(),
    withOfficers: reportPolicy.namesOfficers(actor),
    ...(to ? { to } : {}),
  });
}

/** The public statistics of a unit (anyone; no personal data, small cells suppressed). */
export async function publicUnitStatistics({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: PeriodQuery & { unit: string };
}) {
  if (!(await unitExists(ctx.db, query.unit))) throw notFound('unit');
  const period = await resolvePeriod(ctx, query);
  return publicStatistics(ctx.db, { unitCode: query.unit, period, today: ctx.clock.today() });
}
