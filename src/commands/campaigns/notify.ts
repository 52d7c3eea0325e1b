import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** One in-app notice to some users about a campaign, inspection, model or dialogue record. */
export interface CampaignNotice {
  userIds: readonly string[];
  /** e.g. campaign_due_soon, campaign_overdue, report_returned, recommendation_overdue */
  kind: string;
  title: { vi: string; en: string };
  /** Stable per event; with the user id it makes sending idempotent across runs and instances. */
  dedupeKey: string;
}

/**
 * The single place where campaign work writes notifications, into the existing in-app table
 * (delivered by the same worker as petition reminders). When the shared notification outbox
 * (`notify()`, issue 13) lands, only this function changes. Returns how many were new.
 */
export async function notifyCampaignUsers(
  tx: Kysely<Database>,
  notice: CampaignNotice,
  nowIso: string,
): Promise<number> {
  let created = 0;
  for (const userId of new Set(notice.userIds)) {
    const dedupe = `${notice.dedupeKey}:${userId}`;
    const exists = await tx
      .selectFrom('notifications')
      .select('id')
      .where('dedupe_key', '=', dedupe)
      .executeTakeFirst();
    if (exists) continue;
    await tx
      .insertInto('notifications')
      .values({
        id: randomUUID(),
        dedupe_key: dedupe,
        user_id: userId,
        petition_id: null,
        kind: notice.kind,
        title_vi: notice.title.vi,
        title_en: notice.title.en,
        created_at: nowIso,
        claimed_by: null,
        claimed_at: null,
        sent_at: null,
        read_at: null,
      })
      .execute();
    created += 1;
  }
  return created;
}

/** Active accounts of a unit with one of the roles (who gets a unit's notices). */
export async function unitUsers(
  db: Kysely<Database>,
  unitCode: string,
  roles: readonly string[],
): Promise<string[]> {
  return (
    await db
      .selectFrom('users')
      .select('id')
      .where('unit_code', '=', unitCode)
      .where('disabled', '=', 0)
      .where('role', 'in', [...roles])
      .execute()
  ).map((u) => u.id);
}
