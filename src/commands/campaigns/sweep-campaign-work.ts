import { inTransaction, type Ctx } from '../../db/context.js';
import { notify, unitMembers } from '../notifications/notify.js';

/** Settings key: days before a campaign report's due date when units are reminded (default 3). */
export const CAMPAIGN_REMINDER_DAYS_KEY = 'campaign_reminder_days_before';
const DEFAULT_REMINDER_DAYS = 3;
/** Roles that write a unit's report and get its reminders. */
const REPORTING_ROLES = ['handler', 'head'] as const;
/** Roles that run a campaign at the owning unit. */
const OWNER_ROLES = ['mobiliser', 'inspector'] as const;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Reminders for campaign work, once each (campaign_reminders / notification dedupe keys):
 * a unit that still owes its report is reminded N days before the due date and again once it is
 * overdue (the owner's unit is told too); an unfinished recommendation past its due date is flagged
 * to the addressed unit and the delegation head. Returns the number of notices written.
 */
export async function sweepCampaignWork(ctx: Ctx): Promise<number> {
  const today = ctx.clock.today();
  const setting = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', CAMPAIGN_REMINDER_DAYS_KEY)
    .executeTakeFirst();
  const daysBefore =
    setting && Number.isInteger(Number(setting.value))
      ? Number(setting.value)
      : DEFAULT_REMINDER_DAYS;
  const campaigns = await ctx.db
    .selectFrom('campaigns')
    .selectAll()
    .where('due_on', 'is not', null)
    .where('sample', '=', 0)
    .where('due_on', '<=', addDays(today, daysBefore))
    .execute();
  let written = 0;
  for (const c of campaigns) {
    const due = c.due_on!;
    const kind = due < today ? 'overdue' : 'due_soon';
    const units = await ctx.db
      .selectFrom('campaign_units')
      .select('unit_code')
      .where('campaign_id', '=', c.id)
      .execute();
    const reports = await ctx.db
      .selectFrom('unit_reports')
      .select(['unit_code', 'status'])
      .where('campaign_id', '=', c.id)
      .execute();
    for (const { unit_code } of units) {
      const done = reports.some(
        (r) => r.unit_code === unit_code && (r.status === 'submitted' || r.status === 'signed_off'),
      );
      if (done) continue;
      written += await inTransaction(ctx, async (tx) => {
        const sent = await tx
          .selectFrom('campaign_reminders')
          .select('kind')
          .where('campaign_id', '=', c.id)
          .where('unit_code', '=', unit_code)
          .where('kind', '=', kind)
          .executeTakeFirst();
        if (sent) return 0;
        await tx
          .insertInto('campaign_reminders')
          .values({ campaign_id: c.id, unit_code, kind, sent_at: ctx.clock.now().toISOString() })
          .execute();
        const users = await unitMembers(tx, unit_code, REPORTING_ROLES);
        const title =
          kind === 'due_soon'
            ? {
                vi: `Sắp đến hạn nộp báo cáo «${c.name_vi}» (hạn ${dmy(due)})`,
                en: `Report for "${c.name_en}" due on ${due}`,
              }
            : {
                vi: `Quá hạn nộp báo cáo «${c.name_vi}» (hạn ${dmy(due)})`,
                en: `Report for "${c.name_en}" is overdue (due ${due})`,
              };
        let n = await notify(tx, {
          to: users,
          kind: `campaign_${kind}`,
          title,
          link: `/campaigns/${c.id}`,
          // Per due date: a campaign whose date moves reminds again (campaign_reminders is cleared then).
          dedupeKey: `campaign:${c.id}:${unit_code}:${kind}:${due}`,
          now: ctx.clock.now(),
        });
        if (kind === 'overdue' && c.owner_unit_code) {
          const owners = await unitMembers(tx, c.owner_unit_code, OWNER_ROLES);
          const name =
            (
              await tx
                .selectFrom('units')
                .select('full_name')
                .where('code', '=', unit_code)
                .orderBy('valid_from', 'desc')
                .executeTakeFirst()
            )?.full_name ?? unit_code;
          n += await notify(tx, {
            to: owners,
            kind: 'campaign_unit_late',
            title: {
              vi: `${name} chưa nộp báo cáo «${c.name_vi}» (hạn ${dmy(due)})`,
              en: `${name} has not submitted the "${c.name_en}" report (due ${due})`,
            },
            link: `/campaigns/${c.id}`,
            dedupeKey: `campaign:${c.id}:${unit_code}:late:${due}`,
            now: ctx.clock.now(),
          });
        }
        return n;
      });
    }
  }
  const overdue = await ctx.db
    .selectFrom('findings')
    .innerJoin('inspections', 'inspections.id', 'findings.inspection_id')
    .select([
      'findings.id',
      'findings.unit_code',
      'findings.text',
      'findings.due_on',
      'inspections.head_user_id',
    ])
    .where('findings.kind', '=', 'recommendation')
    .where('findings.status', 'in', ['open', 'in_progress'])
    .where('findings.due_on', '<', today)
    .where('inspections.sample', '=', 0)
    .execute();
  for (const f of overdue) {
    written += await inTransaction(ctx, async (tx) => {
      const users = [
        ...(await unitMembers(tx, f.unit_code, REPORTING_ROLES)),
        ...(f.head_user_id ? [{ userId: f.head_user_id }] : []),
      ];
      const short = f.text.length > 80 ? `${f.text.slice(0, 77)}…` : f.text;
      return notify(tx, {
        to: users,
        kind: 'recommendation_overdue',
        title: {
          vi: `Kiến nghị quá hạn (hạn ${dmy(f.due_on!)}): ${short}`,
          en: `Recommendation overdue (due ${f.due_on}): ${short}`,
        },
        link: `/findings/${f.id}`,
        // Once per due date: a recommendation given a new date and missing it again is flagged again.
        dedupeKey: `finding:${f.id}:overdue:${f.due_on}`,
        now: ctx.clock.now(),
      });
    });
  }
  return written;
}
