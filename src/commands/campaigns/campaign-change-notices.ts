import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { notify, unitMembers } from '../notifications/notify.js';

/** Roles that write a unit's report (as for the reminders). */
const REPORTING_ROLES = ['handler', 'head'] as const;
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * Tells every unit concerned that its report changed after launch: new or reworded indicators
 * (the template's new version), or a new due date. Through notify(), once per campaign version.
 */
export async function notifyCampaignChange(
  tx: Kysely<Database>,
  input: {
    campaign: { id: string; nameVi: string; nameEn: string; version: number };
    unitCodes: readonly string[];
    template: { version: number; added: number } | null;
    dueOn: { from: string | null; to: string | null } | null;
    now: Date;
    exceptUserId: string | null;
  },
): Promise<number> {
  const { campaign: c } = input;
  let written = 0;
  for (const unitCode of input.unitCodes) {
    const to = await unitMembers(tx, unitCode, REPORTING_ROLES);
    if (input.template)
      written += await notify(tx, {
        to,
        kind: 'campaign_template_changed',
        title:
          input.template.added > 0
            ? {
                vi: `Mẫu báo cáo «${c.nameVi}» được bổ sung ${input.template.added} chỉ tiêu`,
                en: `The "${c.nameEn}" report template has ${input.template.added} new indicator(s)`,
              }
            : {
                vi: `Mẫu báo cáo «${c.nameVi}» đã được điều chỉnh`,
                en: `The "${c.nameEn}" report template was revised`,
              },
        body: {
          vi: 'Báo cáo đã gửi giữ nguyên mẫu đã trả lời; báo cáo đang soạn hoặc bị trả lại theo mẫu mới.',
          en: 'Reports already submitted keep the template they answered; drafts and returned reports follow the new one.',
        },
        link: `/campaigns/${c.id}`,
        dedupeKey: `campaign:${c.id}:template:${input.template.version}:${unitCode}`,
        now: input.now,
        exceptUserId: input.exceptUserId,
      });
    if (input.dueOn)
      written += await notify(tx, {
        to,
        kind: 'campaign_due_moved',
        title: input.dueOn.to
          ? {
              vi: `Hạn nộp báo cáo «${c.nameVi}» đổi thành ${dmy(input.dueOn.to)}`,
              en: `The "${c.nameEn}" report is now due on ${input.dueOn.to}`,
            }
          : {
              vi: `Báo cáo «${c.nameVi}» không còn hạn nộp cố định`,
              en: `The "${c.nameEn}" report no longer has a due date`,
            },
        link: `/campaigns/${c.id}`,
        dedupeKey: `campaign:${c.id}:due:${c.version}:${unitCode}`,
        now: input.now,
        exceptUserId: input.exceptUserId,
      });
  }
  return written;
}
