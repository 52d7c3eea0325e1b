import type { Ctx } from '../../db/context.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';
import {
  CHANNEL_LABELS,
  OUTBOX_STATE_LABELS,
  notificationKindLabel,
  type OutboxChannel,
  type OutboxState,
} from '../../domain/notifications/outbox.js';
import { NEXT_STEP_LABELS } from '../../domain/petition/next-step.js';
import type { Label } from '../../domain/petition/types.js';

/** One outbox message as administrators see it: delivery facts, never the address or the text. */
export interface DeliveryView {
  id: string;
  kind: string;
  kindLabel: Label;
  channel: string;
  channelLabel: Label;
  state: string;
  stateLabel: Label;
  /** `staff` (an account, named) or `petitioner` (never named: a citizen's or denouncer's contact stays private). */
  recipientType: 'staff' | 'petitioner';
  recipientName: string | null;
  petitionId: string | null;
  trackingCode: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  /** A failed or address-less message may be tried again. */
  retryable: boolean;
}

/** States an administrator may send again (see retryDelivery). */
export const RETRYABLE_STATES: readonly string[] = ['failed', 'no_address'];

/**
 * The outbox's delivery states for administrators (ability `admin.users`; others 404), newest
 * first, optionally one state. An administrator scoped to part of the province sees the
 * messages of cases in their units. No subject, text or address is returned: the recipient is
 * named only when it is a staff account; errors were scrubbed of addresses when stored.
 */
export async function listDeliveries({
  ctx,
  actor,
  state,
  before,
  limit = 100,
}: {
  ctx: Ctx;
  actor: Actor;
  state?: OutboxState | undefined;
  before?: string | undefined;
  limit?: number;
}): Promise<{ items: DeliveryView[]; counts: Record<string, number>; nextBefore: string | null }> {
  if (!hasAbility(actor, 'admin.users')) throw notFound('outbox');
  const all = actor.scope.has('*');
  const scoped = [...actor.scope];
  let q = ctx.db
    .selectFrom('outbox as o')
    .leftJoin('petitions as p', 'p.id', 'o.petition_id')
    .select([
      'o.id',
      'o.kind',
      'o.channel',
      'o.state',
      'o.recipient_ref',
      'o.petition_id',
      'o.attempts',
      'o.next_attempt_at',
      'o.last_error',
      'o.created_at',
      'o.sent_at',
      'p.tracking_code',
    ]);
  if (!all) q = q.where('p.unit_code', 'in', scoped.length ? scoped : ['']);
  let counts = ctx.db
    .selectFrom('outbox as o')
    .leftJoin('petitions as p', 'p.id', 'o.petition_id')
    .select(['o.state', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('o.state');
  if (!all) counts = counts.where('p.unit_code', 'in', scoped.length ? scoped : ['']);
  if (state) q = q.where('o.state', '=', state);
  if (before) q = q.where('o.created_at', '<', before);
  const rows = await q
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const userIds = [
    ...new Set(
      page
        .map((r) => r.recipient_ref)
        .filter((r) => r.startsWith('user:'))
        .map((r) => r.slice(5)),
    ),
  ];
  const names = new Map(
    userIds.length
      ? (
          await ctx.db
            .selectFrom('users')
            .select(['id', 'display_name'])
            .where('id', 'in', userIds)
            .execute()
        ).map((u) => [u.id, u.display_name])
      : [],
  );
  const items = page.map((r): DeliveryView => {
    const staff = r.recipient_ref.startsWith('user:');
    return {
      id: r.id,
      kind: r.kind,
      kindLabel: notificationKindLabel(r.kind, NEXT_STEP_LABELS),
      channel: r.channel,
      channelLabel: CHANNEL_LABELS[r.channel as OutboxChannel] ?? { vi: r.channel, en: r.channel },
      state: r.state,
      stateLabel: OUTBOX_STATE_LABELS[r.state as OutboxState] ?? { vi: r.state, en: r.state },
      recipientType: staff ? 'staff' : 'petitioner',
      recipientName: staff ? (names.get(r.recipient_ref.slice(5)) ?? null) : null,
      petitionId: r.petition_id,
      trackingCode: r.tracking_code ?? null,
      attempts: r.attempts,
      nextAttemptAt: r.state === 'pending' ? r.next_attempt_at : null,
      lastError: r.last_error,
      createdAt: r.created_at,
      sentAt: r.sent_at,
      retryable: RETRYABLE_STATES.includes(r.state),
    };
  });
  return {
    items,
    counts: Object.fromEntries((await counts.execute()).map((c) => [c.state, Number(c.n)])),
    nextBefore: rows.length > limit ? (page.at(-1)?.created_at ?? null) : null,
  };
}
