import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Localized } from '../i18n/language';

/** Report endpoints (src/http/reports/routes.ts). */

export interface ReportPeriod {
  id: string;
  kind: string;
  year: number;
  from: string;
  to: string;
  label: Localized;
}

/** Form Biểu 01/XLD as published, columns (1)–(26) (src/queries/reports/summary-report.ts). */
export type FormCounts = Record<
  | 'c1'
  | 'c2'
  | 'c3'
  | 'c4'
  | 'c5'
  | 'c6'
  | 'c7'
  | 'c8'
  | 'c9'
  | 'c10'
  | 'c11'
  | 'c12'
  | 'c13'
  | 'c14'
  | 'c15'
  | 'c16'
  | 'c17'
  | 'c18'
  | 'c19'
  | 'c20'
  | 'c21'
  | 'c22'
  | 'c23'
  | 'c24'
  | 'c25'
  | 'c26',
  number
>;

export interface SummaryCounters {
  form: FormCounts;
  carriedOver: number;
  newReceived: number;
  total: number;
  oneSignatory: number;
  manySignatories: number;
  processed: number;
  eligible: number;
  byKind: { complaint: number; denunciation: number; recommendationFeedback: number };
  byStatus: {
    resolved: number;
    inProgress: number;
    notResolved: number;
    endedWithoutResult: number;
  };
  withinAuthority: number;
  outsideAuthority: { guided: number; forwarded: number; urged: number; total: number };
  filed: number;
  forwardReplies: number;
  resolvedInPeriod: number;
  onTime: number;
  overdue: number;
  resolutionRate: number | null;
  onTimeRate: number | null;
  results: Record<string, number>;
}

export interface LabelledCount {
  code: string;
  label: Localized;
  count: number;
}

export interface SummaryReport {
  unit: { code: string; name: string };
  period: ReportPeriod;
  periodSource: Localized;
  structure: 'historical' | 'current';
  rows: {
    key: string;
    code: string;
    name: string;
    level: string;
    depth: number;
    parentKey: string | null;
    counters: SummaryCounters;
  }[];
  total: SummaryCounters;
  byTopic: LabelledCount[];
  byChannel: LabelledCount[];
  resultLabels?: Record<string, Localized>;
}

export interface SummaryParams {
  unit?: string;
  from?: string;
  to?: string;
  period?: string;
  structure: 'historical' | 'current';
}

export interface Dashboard {
  unit: { code: string; name: string };
  from: string;
  to: string;
  totals: SummaryCounters;
  trend: { month: string; received: number; resolved: number }[];
  byTopic: LabelledCount[];
  byUnit: {
    code: string;
    name: string;
    total: number;
    resolved: number;
    overdue: number;
    resolutionRate: number | null;
  }[];
  overdue: {
    id: string;
    trackingCode: string;
    kind: string;
    topicCode: string | null;
    status: string;
    dueOn: string;
    dueStep: string | null;
    unitCode: string;
  }[];
  byOfficer:
    | {
        officerId: string | null;
        officerName: string | null;
        agencyId: string | null;
        /** The agency's name (the id is internal and never shown). */
        agencyName?: { vi: string; en: string } | null;
        open: number;
        overdue: number;
        resolved: number;
      }[]
    | null;
}

const query = (p: SummaryParams) => ({
  unit: p.unit,
  structure: p.structure,
  ...(p.period ? { period: p.period } : { from: p.from, to: p.to }),
});

/** The URL of an export (.xlsx / .csv) with the same parameters as the screen. */
export function exportUrl(p: SummaryParams, ext: 'xlsx' | 'csv'): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query(p))) if (v) params.set(k, v);
  return `/api/v1/reports/summary.${ext}?${params.toString()}`;
}

export const useSummary = (p: SummaryParams, enabled: boolean) =>
  useQuery({
    queryKey: ['report-summary', query(p)],
    queryFn: () => api.get<SummaryReport>('/api/v1/reports/summary', { query: query(p) }),
    enabled,
    placeholderData: keepPreviousData,
  });

export const usePeriods = (year: number) =>
  useQuery({
    queryKey: ['report-periods', year],
    queryFn: () =>
      api.get<{ source: Localized; items: ReportPeriod[] }>('/api/v1/reports/periods', {
        query: { year },
      }),
    staleTime: 60 * 60_000,
  });

export const useDashboard = (unit: string | undefined, to: string | undefined) =>
  useQuery({
    queryKey: ['report-dashboard', unit, to],
    queryFn: () => api.get<Dashboard>('/api/v1/reports/dashboard', { query: { unit, to } }),
    placeholderData: keepPreviousData,
  });
