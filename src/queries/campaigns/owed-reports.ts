import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import type { ReportStatus } from '../../domain/campaign/index.js';
import { unitNames } from './unit-names.js';

export interface OwedReport {
  campaignId: string;
  campaignName: { vi: string; en: string };
  unitCode: string;
  unitName: string;
  dueOn: string | null;
  /** none: no report opened yet; draft or returned: opened, not (re)submitted. */
  state: 'none' | Extract<ReportStatus, 'draft' | 'returned'>;
  reportId: string | null;
  returnNote: string | null;
  late: boolean;
}

/**
 * What the actor's units owe: for every campaign unit the actor reports for, a report not yet
 * submitted (or returned for revision), soonest due first. The "to do" list of a commune officer.
 */
export async function owedReports({
  ctx,
  actor,
}: {
  ctx: Ctx;
  actor: Actor;
}): Promise<OwedReport[]> {
  if (!actor.scope.size && !actor.scope.has('*')) return [];
  const today = ctx.clock.today();
  const rows = await ctx.db
    .selectFrom('campaign_units')
    .innerJoin('campaigns', 'campaigns.id', 'campaign_units.campaign_id')
    .select([
      'campaigns.id',
      'campaigns.name_vi',
      'campaigns.name_en',
      'campaigns.due_on',
      'campaigns.period_to',
      'campaign_units.unit_code',
    ])
    .where('campaigns.period_to', '>=', `${Number(today.slice(0, 4)) - 1}-01-01`)
    .execute();
  const mine = rows.filter((r) => campaignPolicy.writeReport(actor, { unitCode: r.unit_code }));
  if (mine.length === 0) return [];
  const reports = await ctx.db
    .selectFrom('unit_reports')
    .select(['id', 'campaign_id', 'unit_code', 'status', 'return_note'])
    .where('campaign_id', 'in', [...new Set(mine.map((r) => r.id))])
    .execute();
  const names = await unitNames(
    ctx.db,
    mine.map((r) => r.unit_code),
    today,
  );
  const out: OwedReport[] = [];
  for (const r of mine) {
    const rep = reports.filter((x) => x.campaign_id === r.id && x.unit_code === r.unit_code).at(-1);
    if (rep && rep.status !== 'draft' && rep.status !== 'returned') continue;
    out.push({
      campaignId: r.id,
      campaignName: { vi: r.name_vi, en: r.name_en },
      unitCode: r.unit_code,
      unitName: names.get(r.unit_code) ?? r.unit_code,
      dueOn: r.due_on,
      state: (rep?.status ?? 'none') as OwedReport['state'],
      reportId: rep?.id ?? null,
      returnNote: rep?.status === 'returned' ? rep.return_note : null,
      late: r.due_on !== null && r.due_on < today,
    });
  }
  return out.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
}
