/**
 * Public aggregate statistics for the citizens' portal: counts only, never a case or a person,
 * with small cells suppressed (src/domain/reports/suppression.ts documents the rule).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  publicRate,
  suppressBreakdown,
  suppressCount,
  type PublicCount,
} from '../../domain/reports/suppression.js';
import type { ReportPeriod } from '../../domain/reports/periods.js';
import { summaryReport } from './summary-report.js';

/** The public payload. */
export interface PublicStatistics {
  unit: { code: string; name: string };
  from: string;
  to: string;
  received: PublicCount;
  byStatus: Record<'resolved' | 'inProgress' | 'other', PublicCount>;
  byKind: Record<'complaint' | 'denunciation' | 'recommendationFeedback', PublicCount>;
  byTopic: Array<{ code: string; label: { vi: string; en: string }; count: PublicCount }>;
  byChannel: Array<{ code: string; label: { vi: string; en: string }; count: PublicCount }>;
  resolutionRate: number | null;
  onTimeRate: number | null;
  suppression: { vi: string; en: string };
}

/** Statistics of a unit (current structure, its predecessors included) over a period. */
export async function publicStatistics(
  db: Kysely<Database>,
  opts: { unitCode: string; period: ReportPeriod; today: string },
): Promise<PublicStatistics> {
  const r = await summaryReport(db, {
    unitCode: opts.unitCode,
    period: opts.period,
    structure: 'current',
    today: opts.today,
  });
  const t = r.total;
  const other = t.total - t.byStatus.resolved - t.byStatus.inProgress;
  const topics = suppressBreakdown(Object.fromEntries(r.byTopic.map((x) => [x.code, x.count])));
  const channels = suppressBreakdown(Object.fromEntries(r.byChannel.map((x) => [x.code, x.count])));
  return {
    unit: r.unit,
    from: opts.period.from,
    to: opts.period.to,
    received: suppressCount(t.total),
    byStatus: suppressBreakdown({
      resolved: t.byStatus.resolved,
      inProgress: t.byStatus.inProgress,
      other,
    }),
    byKind: suppressBreakdown({
      complaint: t.byKind.complaint,
      denunciation: t.byKind.denunciation,
      recommendationFeedback: t.byKind.recommendationFeedback,
    }),
    byTopic: r.byTopic.map((x) => ({ code: x.code, label: x.label, count: topics[x.code]! })),
    byChannel: r.byChannel.map((x) => ({ code: x.code, label: x.label, count: channels[x.code]! })),
    resolutionRate: publicRate(t.byStatus.resolved, t.withinAuthority),
    onTimeRate: publicRate(t.onTime, t.resolvedInPeriod),
    suppression: {
      vi: 'Số từ 1 đến 2 được thể hiện là "<3" để không thể nhận diện cá nhân; khi chỉ một ô bị ẩn, ô nhỏ nhất kế tiếp cũng được ẩn; tỷ lệ chỉ công bố khi mẫu số từ 10 trở lên.',
      en: 'Counts of 1–2 are shown as "<3" so that no person can be identified; when only one cell is hidden, the next smallest is hidden too; rates are published only when the base is at least 10.',
    },
  };
}
