import { z } from 'zod';
import type { Dashboard } from '../../queries/reports/dashboard.js';
import type { PublicStatistics } from '../../queries/reports/public-statistics.js';
import type {
  SummaryCounters,
  SummaryReport,
  SummaryRow,
} from '../../queries/reports/summary-report.js';
import { BilingualSchema } from '../schemas.js';

/**
 * Response schemas of the report routes, declared in full and named so the OpenAPI document shows
 * them (src/queries/reports/summary-report.ts, dashboard.ts and public-statistics.ts hold the types).
 * Not loose: the serializer drops undeclared fields, so the compile-time checks at the end fail
 * when a query gains (or loses) a field the schema does not declare.
 */

export const ReportPeriodSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['month', 'quarter', 'six_months', 'nine_months', 'year', 'custom']),
    year: z.number(),
    from: z.string(),
    to: z.string(),
    label: BilingualSchema,
  })
  .meta({ id: 'ReportPeriod' });

// prettier-ignore
const FORM_COLUMNS = [
  'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12', 'c13',
  'c14', 'c15', 'c16', 'c17', 'c18', 'c19', 'c20', 'c21', 'c22', 'c23', 'c24', 'c25', 'c26',
] as const;

/** Form Biểu 01/XLD as published, columns (1)–(26). */
export const FormCountsSchema = z
  .object(
    Object.fromEntries(FORM_COLUMNS.map((c) => [c, z.number()])) as Record<
      (typeof FORM_COLUMNS)[number],
      z.ZodNumber
    >,
  )
  .meta({ id: 'FormCounts', description: 'Biểu 01/XLD columns (1)–(26) / form columns' });

export const SummaryCountersSchema = z
  .object({
    form: FormCountsSchema,
    carriedOver: z.number(),
    newReceived: z.number(),
    total: z.number(),
    oneSignatory: z.number(),
    manySignatories: z.number(),
    processed: z.number(),
    eligible: z.number(),
    byKind: z.object({
      complaint: z.number(),
      denunciation: z.number(),
      recommendationFeedback: z.number(),
    }),
    byStatus: z.object({
      resolved: z.number(),
      inProgress: z.number(),
      notResolved: z.number(),
      endedWithoutResult: z.number(),
    }),
    withinAuthority: z.number(),
    outsideAuthority: z.object({
      guided: z.number(),
      forwarded: z.number(),
      urged: z.number(),
      total: z.number(),
    }),
    filed: z.number(),
    forwardReplies: z.number(),
    resolvedInPeriod: z.number(),
    onTime: z.number(),
    overdue: z.number(),
    resolutionRate: z.number().nullable(),
    onTimeRate: z.number().nullable(),
    results: z.record(z.string(), z.number()),
  })
  .meta({ id: 'SummaryCounters' });

export const LabelledCountSchema = z
  .object({ code: z.string(), label: BilingualSchema, count: z.number() })
  .meta({ id: 'LabelledCount' });

const UnitRefSchema = z.object({ code: z.string(), name: z.string() });

export const SummaryRowSchema = z
  .object({
    key: z.string(),
    code: z.string(),
    name: z.string(),
    level: z.string(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    parentKey: z.string().nullable(),
    depth: z.number(),
    counters: SummaryCountersSchema,
  })
  .meta({ id: 'SummaryRow' });

export const SummaryReportSchema = z
  .object({
    unit: UnitRefSchema,
    period: ReportPeriodSchema,
    periodSource: BilingualSchema,
    structure: z.enum(['historical', 'current']),
    rows: z.array(SummaryRowSchema),
    total: SummaryCountersSchema,
    byTopic: z.array(LabelledCountSchema),
    byChannel: z.array(LabelledCountSchema),
    resultLabels: z.record(z.string(), BilingualSchema),
  })
  .meta({ id: 'SummaryReport' });

export const DashboardSchema = z
  .object({
    unit: UnitRefSchema,
    from: z.string(),
    to: z.string(),
    totals: SummaryCountersSchema,
    trend: z.array(z.object({ month: z.string(), received: z.number(), resolved: z.number() })),
    byTopic: z.array(LabelledCountSchema),
    byUnit: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        total: z.number(),
        resolved: z.number(),
        overdue: z.number(),
        resolutionRate: z.number().nullable(),
      }),
    ),
    overdue: z.array(
      z.object({
        id: z.string(),
        trackingCode: z.string(),
        kind: z.string(),
        topicCode: z.string().nullable(),
        status: z.string(),
        dueOn: z.string(),
        dueStep: z.string().nullable(),
        unitCode: z.string(),
      }),
    ),
    byOfficer: z
      .array(
        z.object({
          officerId: z.string().nullable(),
          officerName: z.string().nullable(),
          agencyId: z.string().nullable(),
          agencyName: BilingualSchema.nullable(),
          open: z.number(),
          overdue: z.number(),
          resolved: z.number(),
        }),
      )
      .nullable(),
  })
  .meta({ id: 'Dashboard' });

/** A published count: a number, or "<3" for a suppressed small cell. */
export const PublicCountSchema = z
  .union([z.number(), z.literal('<3')])
  .meta({ id: 'PublicCount', description: 'A count, or "<3" when suppressed / số hoặc "<3"' });

export const PublicStatisticsSchema = z
  .object({
    unit: UnitRefSchema,
    from: z.string(),
    to: z.string(),
    received: PublicCountSchema,
    byStatus: z.object({
      resolved: PublicCountSchema,
      inProgress: PublicCountSchema,
      other: PublicCountSchema,
    }),
    byKind: z.object({
      complaint: PublicCountSchema,
      denunciation: PublicCountSchema,
      recommendationFeedback: PublicCountSchema,
    }),
    byTopic: z.array(
      z.object({ code: z.string(), label: BilingualSchema, count: PublicCountSchema }),
    ),
    byChannel: z.array(
      z.object({ code: z.string(), label: BilingualSchema, count: PublicCountSchema }),
    ),
    resolutionRate: z.number().nullable(),
    onTimeRate: z.number().nullable(),
    suppression: BilingualSchema,
  })
  .meta({ id: 'PublicStatistics' });

// Compile-time drift checks: the route handlers' return types are checked against these schemas
// by the type provider; these add the other direction (no field of a query left undeclared).
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : false;
const declaredInFull: [
  SameKeys<SummaryReport, z.output<typeof SummaryReportSchema>>,
  SameKeys<SummaryRow, z.output<typeof SummaryRowSchema>>,
  SameKeys<SummaryCounters, z.output<typeof SummaryCountersSchema>>,
  SameKeys<Dashboard, z.output<typeof DashboardSchema>>,
  SameKeys<
    NonNullable<Dashboard['byOfficer']>[number],
    NonNullable<z.output<typeof DashboardSchema>['byOfficer']>[number]
  >,
  SameKeys<PublicStatistics, z.output<typeof PublicStatisticsSchema>>,
] = [true, true, true, true, true, true];
void declaredInFull;
