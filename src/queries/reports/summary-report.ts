/**
 * The petition-processing summary report (shape of form Biểu 01/XLD, Circular 01/2024/TT-TTCP)
 * for a unit and a period, grouped by the historical or the current administrative structure.
 * The counters per (unit code, era) come from `petition_facts` (facts-counters.ts; summary-sql.ts is
 * the SQL reference they are tested against); this file adds the groups up the unit tree and names
 * things. A closed period's result is stored and served from storage (period-snapshots.ts). The JSON, the .xlsx and the .csv all come from this result.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  CHANNELS,
  CHANNEL_LABELS,
  RESULT_LABELS,
  type PetitionResult,
} from '../../domain/petition/kinds.js';
import {
  buildGrouping,
  eraBoundaries,
  type ReportNode,
  type ReportStructure,
} from '../../domain/reports/grouping.js';
import {
  parsePeriodConfig,
  PERIOD_SETTINGS_KEY,
  type PeriodConfig,
  type ReportPeriod,
} from '../../domain/reports/periods.js';
import { addInto, flatOf } from '../../domain/reports/facts.js';
import { queryFactArrays } from './facts-counters.js';
import {
  pendingSnapshot,
  readSnapshot,
  snapshotEpoch,
  storeSnapshot,
  summarySnapshotKey,
  type PendingSnapshot,
} from './period-snapshots.js';
import { RESULT_CODES, type FlatCounters } from './summary-sql.js';
import { loadUnitIndex } from './unit-index.js';
import type { UnitIndex } from '../../domain/units/tree.js';

/**
 * Form Biểu 01/XLD as published, by column number: petitions (đơn) are counted once per paper
 * (a further case split from the same paper is not a new petition); (10) counts cases (vụ việc).
 * Identities: (1) = (2)+…+(7); (9) = (11)+(12)+(13) = (14)+(15)+(16)+(17) = (18)+(22);
 * (18) = (19)+(20)+(21); (22) = (23)+(24)+(25).
 */
export interface FormCounts {
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
  c7: number;
  c8: number;
  c9: number;
  c10: number;
  c11: number;
  c12: number;
  c13: number;
  c14: number;
  c15: number;
  c16: number;
  c17: number;
  c18: number;
  c19: number;
  c20: number;
  c21: number;
  c22: number;
  c23: number;
  c24: number;
  c25: number;
  c26: number;
}

/** Counters of one row, shaped like the form. */
export interface SummaryCounters {
  /** The published form's columns (1)–(26); the fields below count cases. */
  form: FormCounts;
  carriedOver: number;
  newReceived: number;
  total: number;
  oneSignatory: number;
  manySignatories: number;
  processed: number;
  /** Eligible cases, inside or outside the unit's authority (not filed). */
  eligible: number;
  byKind: { complaint: number; denunciation: number; recommendationFeedback: number };
  byStatus: {
    resolved: number;
    inProgress: number;
    notResolved: number;
    endedWithoutResult: number;
  };
  /** Accepted for resolution (thụ lý). */
  withinAuthority: number;
  outsideAuthority: { guided: number; forwarded: number; urged: number; total: number };
  filed: number;
  forwardReplies: number;
  resolvedInPeriod: number;
  onTime: number;
  overdue: number;
  /** Resolved / within authority, in percent with one decimal (null when nothing to resolve). */
  resolutionRate: number | null;
  /** Resolved in the period on or before the resolve deadline / resolved in the period, in percent. */
  onTimeRate: number | null;
  results: Record<string, number>;
}

/** One row of the report. */
export interface SummaryRow extends ReportNode {
  counters: SummaryCounters;
}

/** A labelled count (topic, channel). */
export interface LabelledCount {
  code: string;
  label: { vi: string; en: string };
  count: number;
}

/** The whole report. */
export interface SummaryReport {
  unit: { code: string; name: string };
  period: ReportPeriod;
  periodSource: { vi: string; en: string };
  structure: ReportStructure;
  /** Root first, then its subtree depth-first. */
  rows: SummaryRow[];
  total: SummaryCounters;
  byTopic: LabelledCount[];
  byChannel: LabelledCount[];
  resultLabels: Record<string, { vi: string; en: string }>;
}

/** Parameters of a summary report. */
export interface SummaryParams {
  /** Root unit code; null for the whole country. */
  unitCode: string | null;
  period: ReportPeriod;
  structure: ReportStructure;
  /** Today's date (the CURRENT structure is the one valid today). */
  today: string;
}

const rate = (n: number, d: number): number | null =>
  d > 0 ? Math.round((n / d) * 1000) / 10 : null;

/** Turns flat SQL counters into the form's shape. */
export function shapeCounters(f: FlatCounters): SummaryCounters {
  return shapeWith((k) => f[k] ?? 0);
}

function shapeWith(g: (k: string) => number): SummaryCounters {
  const results: Record<string, number> = {};
  RESULT_CODES.forEach((r, i) => (results[r] = g(`r${i}`)));
  const outside = g('guided') + g('forwarded') + g('urged');
  const form: FormCounts = {
    c1: 0,
    c2: g('f_new_many'),
    c3: g('f_new_one'),
    c4: g('f_new_other'),
    c5: g('f_carried_many'),
    c6: g('f_carried_one'),
    c7: g('f_carried_other'),
    c8: g('f_processed'),
    c9: g('f_eligible'),
    c10: g('f_cases'),
    c11: g('f_kind_complaint'),
    c12: g('f_kind_denunciation'),
    c13: g('f_kind_recommendation_feedback'),
    c14: g('f_resolved_first'),
    c15: g('f_resolved_second'),
    c16: g('f_in_progress'),
    c17: g('f_not_resolved'),
    c18: 0,
    c19: g('f_within_complaint'),
    c20: g('f_within_denunciation'),
    c21: g('f_within_recommendation_feedback'),
    c22: 0,
    c23: g('f_guided'),
    c24: g('f_forwarded'),
    c25: g('f_urged'),
    c26: g('f_forward_replies'),
  };
  form.c1 = form.c2 + form.c3 + form.c4 + form.c5 + form.c6 + form.c7;
  form.c18 = form.c19 + form.c20 + form.c21;
  form.c22 = form.c23 + form.c24 + form.c25;
  return {
    form,
    carriedOver: g('carried_over'),
    newReceived: g('new_received'),
    total: g('total'),
    oneSignatory: g('total') - g('many_signatories'),
    manySignatories: g('many_signatories'),
    processed: g('processed'),
    // Every eligible case, inside or outside the unit's authority (issue 12 item 11); accepted
    // cases (thụ lý) are `withinAuthority`.
    eligible: g('processed') - g('filed'),
    byKind: {
      complaint: g('kind_complaint'),
      denunciation: g('kind_denunciation'),
      recommendationFeedback: g('kind_recommendation_feedback'),
    },
    byStatus: {
      resolved: g('resolved'),
      inProgress: g('in_progress'),
      notResolved: g('awaiting_processing'),
      endedWithoutResult: g('ended_without_result'),
    },
    withinAuthority: g('eligible'),
    outsideAuthority: {
      guided: g('guided'),
      forwarded: g('forwarded'),
      urged: g('urged'),
      total: outside,
    },
    filed: g('filed'),
    forwardReplies: g('forward_replies'),
    resolvedInPeriod: g('resolved_in_period'),
    onTime: g('on_time'),
    overdue: g('overdue'),
    resolutionRate: rate(g('resolved'), g('eligible')), // resolved / accepted (thụ lý)
    onTimeRate: rate(g('on_time'), g('resolved_in_period')),
    results,
  };
}

/** The deployment's period rule (settings row `reports.periods`, else Circular 01/2024). */
export async function loadPeriodConfig(db: Kysely<Database>): Promise<PeriodConfig> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', PERIOD_SETTINGS_KEY)
    .executeTakeFirst();
  return parsePeriodConfig(row?.value);
}

/** A closed period's storage key, and whether the caller has just found nothing stored under it. */
export type SnapshotHint = { key: string; missing: boolean };

/**
 * The summary report and, for a closed period computed afresh, the result to store. A closed
 * period already stored is read from storage. `hint`: the key already computed by the caller (and
 * its miss, so storage is not read twice).
 */
export async function summaryReportWithSnapshot(
  db: Kysely<Database>,
  params: SummaryParams,
  hint?: SnapshotHint,
): Promise<{ report: SummaryReport; pending: PendingSnapshot | null }> {
  if (params.period.to >= params.today)
    return { report: await computeSummary(db, params), pending: null };
  const key = hint?.key ?? (await summarySnapshotKey(db, params));
  const stored = hint?.missing ? null : await readSnapshot(db, key);
  if (stored !== null) return { report: stored as SummaryReport, pending: null };
  const epoch = await snapshotEpoch(db);
  const report = await computeSummary(db, params);
  return {
    report,
    pending: pendingSnapshot(
      key,
      params.period.from,
      params.period.to,
      epoch,
      JSON.stringify(report),
    ),
  };
}

/** The summary report; a closed period's result is stored for the next reader. The caller has checked the actor's ability and scope. */
export async function summaryReport(
  db: Kysely<Database>,
  params: SummaryParams,
): Promise<SummaryReport> {
  const { report, pending } = await summaryReportWithSnapshot(db, params);
  if (pending) await storeSnapshot(db, pending, new Date());
  return report;
}

/**
 * Groupings are a pure function of the unit index (cached by loadUnitIndex, replaced when units
 * change) and the report's root, period end, day and structure: built once, reused (at 1M cases
 * building the country's grouping was a tenth of the summary).
 */
const groupings = new WeakMap<UnitIndex, Map<string, ReturnType<typeof buildGrouping>>>();
function groupingFor(index: UnitIndex, opts: Parameters<typeof buildGrouping>[1]) {
  let byKey = groupings.get(index);
  if (!byKey) groupings.set(index, (byKey = new Map()));
  const key = `${opts.rootCode ?? '*'}|${opts.asOf}|${opts.today}|${opts.structure}`;
  let g = byKey.get(key);
  if (!g) {
    if (byKey.size >= 64) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, (g = buildGrouping(index, opts)));
  }
  return g;
}

/** Computes the summary report from the facts. */
export async function computeSummary(
  db: Kysely<Database>,
  params: SummaryParams,
): Promise<SummaryReport> {
  const index = await loadUnitIndex(db);
  const grouping = groupingFor(index, {
    rootCode: params.unitCode,
    asOf: params.period.to,
    today: params.today,
    structure: params.structure,
  });
  const topics = await db
    .selectFrom('topics')
    .select(['code', 'name_vi', 'name_en'])
    .orderBy('sort')
    .orderBy('code')
    .execute();
  const config = await loadPeriodConfig(db);
  const { groups: rows, layout } = await queryFactArrays(db, {
    from: params.period.from,
    to: params.period.to,
    eraBounds: eraBoundaries(index.units),
    topicCodes: topics.map((t) => t.code),
    unitCodes: grouping.codes,
  });

  // Roll-up along the tree in typed arrays; named counters only for the rows that are output.
  const sums = new Map<string, Float64Array>();
  for (const r of rows) {
    let key = grouping.assign(r.unit_code, r.era);
    while (key !== null) {
      let acc = sums.get(key);
      if (!acc) sums.set(key, (acc = new Float64Array(layout.width)));
      addInto(acc, r.acc);
      key = grouping.nodes.get(key)?.parentKey ?? null;
    }
  }
  const position = new Map(layout.names.map((name, i) => [name, i]));
  const shapeOf = (key: string): SummaryCounters => {
    const acc = sums.get(key);
    return shapeWith((k) => (acc ? (acc[position.get(k) ?? -1] ?? 0) : 0));
  };
  const flat = (key: string): FlatCounters => {
    const acc = sums.get(key);
    return acc ? flatOf(acc, layout) : {};
  };

  // Depth-first order: root, then children by code; nodes without cases below depth 1 are left out.
  const kids = new Map<string, ReportNode[]>();
  for (const n of grouping.nodes.values()) {
    if (!n.parentKey) continue;
    const list = kids.get(n.parentKey);
    if (list) list.push(n);
    else kids.set(n.parentKey, [n]);
  }
  // Codes are ASCII digits and ISO dates: a plain comparison orders them (localeCompare is slow here).
  const byOrder = (a: { s: string }, b: { s: string }) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0);
  const ordered: SummaryRow[] = [];
  const visit = (n: ReportNode) => {
    if (n.depth > 1 && !sums.has(n.key)) return;
    ordered.push({ ...n, counters: shapeOf(n.key) });
    const below = (kids.get(n.key) ?? []).map((c) => ({ c, s: c.code + (c.validFrom ?? '') }));
    for (const { c } of below.sort(byOrder)) visit(c);
  };
  visit(grouping.root);

  const rootFlat = flat(grouping.root.key);
  const byTopic: LabelledCount[] = topics.map((t, i) => ({
    code: t.code,
    label: { vi: t.name_vi, en: t.name_en },
    count: rootFlat[`t${i}`] ?? 0,
  }));
  if (rootFlat.t_other)
    byTopic.push({
      code: 'unclassified',
      label: { vi: 'Chưa phân loại', en: 'Unclassified' },
      count: rootFlat.t_other,
    });
  const byChannel: LabelledCount[] = CHANNELS.map((c, i) => ({
    code: c,
    label: CHANNEL_LABELS[c],
    count: rootFlat[`c${i}`] ?? 0,
  }));
  return {
    unit: { code: grouping.root.code, name: grouping.root.name },
    period: params.period,
    periodSource: config.source,
    structure: params.structure,
    rows: ordered,
    total: ordered[0]!.counters,
    byTopic,
    byChannel,
    resultLabels: Object.fromEntries(
      RESULT_CODES.map((r) => [r, RESULT_LABELS[r as PetitionResult]]),
    ),
  };
}
