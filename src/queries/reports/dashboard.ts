/**
 * Dashboard data: the summary's headline numbers plus a month trend, overdue cases and, for heads,
 * a breakdown per agency and officer. Aggregates are SQL GROUP BYs; only the short overdue list
 * returns case rows (no personal data: tracking code, kind, topic, status, due date).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { customPeriod } from '../../domain/reports/periods.js';
import { buildGrouping } from '../../domain/reports/grouping.js';
import { summaryReport, type LabelledCount, type SummaryCounters } from './summary-report.js';
import { inPopulation, openOn, overdueOn } from './summary-sql.js';
import { loadUnitIndex } from './unit-index.js';

/** The dashboard payload. */
export interface Dashboard {
  unit: { code: string; name: string };
  from: string;
  to: string;
  totals: SummaryCounters;
  trend: Array<{ month: string; received: number; resolved: number }>;
  byTopic: LabelledCount[];
  byUnit: Array<{
    code: string;
    name: string;
    total: number;
    resolved: number;
    overdue: number;
    resolutionRate: number | null;
  }>;
  overdue: Array<{
    id: string;
    trackingCode: string;
    kind: string;
    topicCode: string | null;
    status: string;
    dueOn: string;
    dueStep: string | null;
    unitCode: string;
  }>;
  byOfficer: Array<{
    officerId: string | null;
    officerName: string | null;
    agencyId: string | null;
    agencyName: { vi: string; en: string } | null;
    open: number;
    overdue: number;
    resolved: number;
  }> | null;
}

/** Overdue cases listed by name on the dashboard; the card gives the full count. */
export const OVERDUE_LIST_MAX = 50;

const monthsBack = (to: string, n: number): string => {
  const d = new Date(`${to.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - (n - 1));
  return d.toISOString().slice(0, 10);
};

/** Computes the dashboard of a unit over the 12 months ending `to` (default today). */
export async function dashboard(
  db: Kysely<Database>,
  opts: { unitCode: string | null; today: string; to?: string; withOfficers: boolean },
): Promise<Dashboard> {
  const to = opts.to ?? opts.today;
  const from = monthsBack(to, 12);
  const report = await summaryReport(db, {
    unitCode: opts.unitCode,
    period: customPeriod(from, to),
    structure: 'current',
    today: opts.today,
  });
  const index = await loadUnitIndex(db);
  const grouping = buildGrouping(index, {
    rootCode: opts.unitCode,
    asOf: to,
    today: opts.today,
    structure: 'current',
  });
  const codes = grouping.codes;

  // The trend's months add up to the cards: received = newReceived, resolved = resolvedInPeriod.
  let received = db
    .selectFrom('petitions')
    .select([
      sql<string>`substr(received_on, 1, 7)`.as('month'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('received_on', '>=', from)
    .where('received_on', '<=', to);
  let decided = db
    .selectFrom('petitions')
    .select([
      sql<string>`substr(decided_on, 1, 7)`.as('month'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('decided_on', '>=', from)
    .where('decided_on', '<=', to);
  // The same population and the same "overdue on `to`" as the summary's overdue card, so that the
  // list and the card always agree (the list shows the first OVERDUE_LIST_MAX, earliest due first).
  let overdue = db
    .selectFrom('petitions as p')
    .select([
      'p.id',
      'p.tracking_code',
      'p.kind',
      'p.topic_code',
      'p.status',
      'p.due_on',
      'p.due_step',
      'p.unit_code',
    ])
    .where(inPopulation(from, to))
    .where(overdueOn(to))
    .orderBy('p.due_on')
    .orderBy('p.tracking_code')
    .limit(OVERDUE_LIST_MAX);
  if (codes) {
    received = received.where('unit_code', 'in', [...codes]);
    decided = decided.where('unit_code', 'in', [...codes]);
    overdue = overdue.where('p.unit_code', 'in', [...codes]);
  }
  const [rec, dec, late] = await Promise.all([
    received.groupBy(sql`1`).execute(),
    decided.groupBy(sql`1`).execute(),
    overdue.execute(),
  ]);
  const months: string[] = [];
  const cursor = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  while (cursor.toISOString().slice(0, 7) <= to.slice(0, 7)) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  const recBy = new Map(rec.map((r) => [r.month, Number(r.n)]));
  const decBy = new Map(dec.map((r) => [r.month, Number(r.n)]));

  let byOfficer: Dashboard['byOfficer'] = null;
  if (opts.withOfficers) {
    let q = db
      .selectFrom('petitions as p')
      .leftJoin('users as u', 'u.id', 'p.officer_id')
      .leftJoin('agencies as a', 'a.id', 'p.agency_id')
      .select([
        'p.officer_id',
        'u.display_name',
        'p.agency_id',
        'a.name_vi',
        'a.name_en',
        sql<number>`sum(case when ${openOn(to)} then 1 else 0 end)`.as('open'),
        sql<number>`sum(case when ${overdueOn(to)} then 1 else 0 end)`.as('overdue'),
        sql<number>`sum(case when p.decided_on >= ${from} and p.decided_on <= ${to} then 1 else 0 end)`.as(
          'resolved',
        ),
      ])
      .where('p.officer_id', 'is not', null)
      .where(inPopulation(from, to));
    if (codes) q = q.where('p.unit_code', 'in', [...codes]);
    const rows = await q
      .groupBy(['p.officer_id', 'u.display_name', 'p.agency_id', 'a.name_vi', 'a.name_en'])
      .execute();
    byOfficer = rows.map((r) => ({
      officerId: r.officer_id,
      officerName: r.display_name,
      agencyId: r.agency_id,
      agencyName: r.name_vi ? { vi: r.name_vi, en: r.name_en ?? r.name_vi } : null,
      open: Number(r.open),
      overdue: Number(r.overdue),
      resolved: Number(r.resolved),
    }));
  }

  return {
    unit: report.unit,
    from,
    to,
    totals: report.total,
    trend: months.map((m) => ({
      month: m,
      received: recBy.get(m) ?? 0,
      resolved: decBy.get(m) ?? 0,
    })),
    byTopic: report.byTopic,
    byUnit: report.rows
      .filter((r) => r.depth === 1)
      .map((r) => ({
        code: r.code,
        name: r.name,
        total: r.counters.total,
        resolved: r.counters.byStatus.resolved,
        overdue: r.counters.overdue,
        resolutionRate: r.counters.resolutionRate,
      })),
    overdue: late.map((p) => ({
      id: p.id,
      trackingCode: p.tracking_code,
      kind: p.kind,
      topicCode: p.topic_code,
      status: p.status,
      dueOn: p.due_on!,
      dueStep: p.due_step,
      unitCode: p.unit_code,
    })),
    byOfficer,
  };
}
