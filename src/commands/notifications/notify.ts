import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Role } from '../../domain/access/roles.js';
import type { Label } from '../../domain/petition/types.js';

/** Who receives a notification: one person, or everyone holding a role in a unit. */
export type NotifyTarget = { userId: string } | { role: Role; unitCode: string };

/** One notification at a hand-off. */
export interface NotifyInput {
  to: NotifyTarget | readonly NotifyTarget[];
  /** A short code of what happened (`petition.new`, `draft.submitted`, `campaign.reminder`, …). */
  kind: string;
  title: Label;
  /** Optional longer text for the e-mail. */
  body?: Label;
  petitionId?: string | null;
  /** Workspace path to open when the notification is not about a petition (e.g. `/campaigns/…`). */
  link?: string | null;
  /**
   * Makes notifying idempotent: the same key (with the recipient appended) never notifies twice,
   * whichever instance or retry writes it.
   */
  dedupeKey: string;
  /** The moment of the event (the command's clock). */
  now: Date;
  /** A user not to notify (the one who acted). */
  exceptUserId?: string | null;
}

async function unitParent(tx: Kysely<Database>, code: string): Promise<string | null> {
  const row = await tx
    .selectFrom('units')
    .select('parent_code')
    .where('code', '=', code)
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
  return row?.parent_code ?? null;
}

/**
 * The active users holding `role` in `unitCode`; when the unit has none, the nearest ancestor
 * unit that has some (a commune without its own reception officer is served by the district's).
 */
export async function usersWithRole(
  tx: Kysely<Database>,
  role: Role,
  unitCode: string,
): Promise<Array<{ id: string; email: string | null; notify_mode: string }>> {
  let code: string | null = unitCode;
  for (let depth = 0; code && depth < 6; depth++) {
    const rows = await tx
      .selectFrom('users')
      .select(['id', 'email', 'notify_mode'])
      .where('role', '=', role)
      .where('unit_code', '=', code)
      .where('disabled', '=', 0)
      .orderBy('username')
      .execute();
    if (rows.length) return rows;
    code = await unitParent(tx, code);
  }
  return [];
}

/**
 * The active accounts holding one of `roles` in exactly `unitCode` (no climbing to the parent
 * unit), as notify targets: a unit's own report writers, not the province's when the commune has none.
 */
export async function unitMembers(
  tx: Kysely<Database>,
  unitCode: string,
  roles: readonly Role[],
): Promise<NotifyTarget[]> {
  if (roles.length === 0) return [];
  const rows = await tx
    .selectFrom('users')
    .select('id')
    .where('unit_code', '=', unitCode)
    .where('disabled', '=', 0)
    .where('role', 'in', [...roles])
    .orderBy('username')
    .execute();
  return rows.map((r) => ({ userId: r.id }));
}

/**
 * Notifies people inside the caller's transaction: an in-app notification per recipient and, for
 * a recipient with an e-mail address who wants one message per event, an outbox row that the
 * outbox worker sends after the commit. Nothing here talks to a mail server, so a failing server
 * never fails the action. Returns how many in-app notifications were created (0 when the key was
 * seen before). Used by petitions, deadline reminders and campaigns alike.
 */
export async function notify(tx: Kysely<Database>, input: NotifyInput): Promise<number> {
  const targets = Array.isArray(input.to)
    ? (input.to as readonly NotifyTarget[])
    : [input.to as NotifyTarget];
  const recipients = new Map<string, { email: string | null; notify_mode: string }>();
  for (const t of targets) {
    if ('userId' in t) {
      const u = await tx
        .selectFrom('users')
        .select(['id', 'email', 'notify_mode', 'disabled'])
        .where('id', '=', t.userId)
        .executeTakeFirst();
      if (u && u.disabled === 0) recipients.set(u.id, u);
    } else {
      for (const u of await usersWithRole(tx, t.role, t.unitCode)) recipients.set(u.id, u);
    }
  }
  if (input.exceptUserId) recipients.delete(input.exceptUserId);
  const at = input.now.toISOString();
  let created = 0;
  for (const [userId, u] of recipients) {
    const immediate = u.email !== null && u.notify_mode !== 'daily';
    const res = await tx
      .insertInto('notifications')
      .values({
        id: randomUUID(),
        dedupe_key: `${input.dedupeKey}:${userId}`,
        user_id: userId,
        petition_id: input.petitionId ?? null,
        kind: input.kind,
        title_vi: input.title.vi,
        title_en: input.title.en,
        created_at: at,
        claimed_by: null,
        claimed_at: null,
        sent_at: immediate ? at : null,
        read_at: null,
        link: input.link ?? null,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    const inserted = Number(res.numInsertedOrUpdatedRows ?? 0);
    created += inserted;
    if (inserted && immediate) {
      const body = [input.title.vi, input.body?.vi, '', input.title.en, input.body?.en]
        .filter((x) => x !== undefined)
        .join('\n');
      await enqueue(tx, {
        dedupeKey: `${input.dedupeKey}:${userId}:email`,
        channel: 'email',
        recipientRef: `user:${userId}`,
        subject: input.title.vi,
        body,
        petitionId: input.petitionId ?? null,
        kind: input.kind,
        now: input.now,
      });
    }
  }
  return created;
}

/** One outbox row; a repeated dedupe key is ignored. Returns true when the row was new. */
export async function enqueue(
  tx: Kysely<Database>,
  m: {
    dedupeKey: string;
    channel: 'email' | 'sms' | 'zalo';
    recipientRef: string;
    subject: string;
    body: string;
    petitionId: string | null;
    kind: string;
    now: Date;
  },
): Promise<boolean> {
  const at = m.now.toISOString();
  const res = await tx
    .insertInto('outbox')
    .values({
      id: randomUUID(),
      dedupe_key: m.dedupeKey,
      channel: m.channel,
      recipient_ref: m.recipientRef,
      subject: m.subject,
      body: m.body,
      petition_id: m.petitionId,
      kind: m.kind,
      state: 'pending',
      attempts: 0,
      next_attempt_at: at,
      claimed_by: null,
      claimed_at: null,
      last_error: null,
      created_at: at,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
