import type { Kysely } from 'kysely';
import type { Ctx } from '../db/context.js';
import { enqueue } from '../commands/notifications/notify.js';
import type { Database } from '../db/schema.js';
import type { OutboxTable } from '../db/schema-workflow.js';
import { vietnamDate } from '../domain/clock.js';
import {
  nextAttemptAt,
  scrubError,
  STALE_CLAIM_MINUTES,
  type OutboxChannel,
} from '../domain/notifications/outbox.js';
import type { Senders } from './senders.js';
import { keyringOf } from '../db/sealed-keys.js';

/** The address behind a recipient reference, looked up at sending time (never copied into the outbox). */
async function resolveAddress(
  ctx: Ctx,
  row: Pick<OutboxTable, 'recipient_ref' | 'channel'>,
): Promise<string | null> {
  const db: Kysely<Database> = ctx.db;
  const [type, id] = row.recipient_ref.split(':', 2) as [string, string];
  if (type === 'user') {
    const u = await db
      .selectFrom('users')
      .select(['email', 'disabled'])
      .where('id', '=', id)
      .executeTakeFirst();
    return u && u.disabled === 0 ? u.email : null;
  }
  if (type === 'petitioner') {
    const sealed = await db
      .selectFrom('petitions')
      .select('sealed')
      .where('id', '=', id)
      .executeTakeFirst();
    const table = sealed?.sealed === 1 ? 'sealed_identities' : 'petitioners';
    const stored = await db
      .selectFrom(table)
      .select(['email', 'phone'])
      .where('petition_id', '=', id)
      .orderBy('position')
      .execute();
    // A sealed identity is encrypted at rest: opened here, at sending time, and never stored or logged.
    const ring = sealed?.sealed === 1 ? keyringOf(ctx) : null;
    const people = ring
      ? stored.map((p) => ({
          email: ring.decrypt(p.email, 'email'),
          phone: ring.decrypt(p.phone, 'phone'),
        }))
      : stored;
    const found = people.find((p) => (row.channel === 'email' ? p.email : p.phone));
    return (row.channel === 'email' ? found?.email : found?.phone)?.trim() || null;
  }
  return null;
}

/**
 * Claims due messages atomically: one `UPDATE … WHERE id IN (due ids) AND state = 'pending' …
 * RETURNING`. On PostgreSQL a row another instance claimed first fails the re-checked
 * `state = 'pending'` after the row lock is released, so it is skipped: each message is sent by
 * one instance. Claims older than STALE_CLAIM_MINUTES (an instance died mid-send) are put back.
 */
async function claim(ctx: Ctx, instanceId: string, batch: number): Promise<OutboxTable[]> {
  const now = ctx.clock.now();
  const stale = new Date(now.getTime() - STALE_CLAIM_MINUTES * 60_000).toISOString();
  await ctx.db
    .updateTable('outbox')
    .set({ state: 'pending', claimed_by: null })
    .where('state', '=', 'sending')
    .where('claimed_at', '<', stale)
    .execute();
  const due = ctx.db
    .selectFrom('outbox')
    .select('id')
    .where('state', '=', 'pending')
    .where('next_attempt_at', '<=', now.toISOString())
    .orderBy('next_attempt_at')
    .limit(batch);
  return ctx.db
    .updateTable('outbox')
    .set((eb) => ({
      state: 'sending',
      claimed_by: instanceId,
      claimed_at: now.toISOString(),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', due)
    .where('state', '=', 'pending')
    .returningAll()
    .execute();
}

/** What one delivery pass did. */
export interface DeliveryReport {
  sent: number;
  recorded: number;
  retried: number;
  failed: number;
  noAddress: number;
}

/**
 * Sends every due outbox message once: claim, resolve the address, send through the channel's
 * sender (or record it when the channel is outbox-only), then mark it sent, or schedule a retry
 * with back-off (RETRY_BACKOFF_MINUTES), or fail it after the last attempt. Errors stay on the row
 * (addresses scrubbed); nothing is thrown for a refused message.
 */
export async function deliverOutbox(
  ctx: Ctx,
  instanceId: string,
  senders: Senders,
  batch = 50,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, recorded: 0, retried: 0, failed: 0, noAddress: 0 };
  for (;;) {
    const claimed = await claim(ctx, instanceId, batch);
    if (claimed.length === 0) return report;
    for (const m of claimed) {
      const mine = ctx.db
        .updateTable('outbox')
        .where('id', '=', m.id)
        .where('claimed_by', '=', instanceId)
        .where('state', '=', 'sending');
      const sender = senders[m.channel as OutboxChannel];
      if (!sender) {
        await mine.set({ state: 'recorded', sent_at: ctx.clock.now().toISOString() }).execute();
        report.recorded++;
        continue;
      }
      const to = await resolveAddress(ctx, m);
      if (!to) {
        await mine.set({ state: 'no_address' }).execute();
        report.noAddress++;
        continue;
      }
      try {
        await sender.send({ id: m.id, to, subject: m.subject, text: m.body });
        await mine
          .set({ state: 'sent', sent_at: ctx.clock.now().toISOString(), last_error: null })
          .execute();
        report.sent++;
      } catch (e) {
        const next = nextAttemptAt(ctx.clock.now(), m.attempts);
        const error = scrubError(e instanceof Error ? e.message : String(e));
        await mine
          .set(
            next
              ? { state: 'pending', next_attempt_at: next, last_error: error, claimed_by: null }
              : { state: 'failed', last_error: error },
          )
          .execute();
        if (next) report.retried++;
        else report.failed++;
      }
    }
  }
}

/**
 * The daily digest: for each user who chose one, every notification not yet mailed becomes one
 * e-mail per day (dedupe key `digest:<user>:<date>`), marked as mailed in the same transaction.
 * The scheduler calls it from 07:00 Vietnam time, so the digest arrives at the start of the day.
 */
export async function queueDigests(ctx: Ctx): Promise<number> {
  const now = ctx.clock.now();
  const today = vietnamDate(now);
  const users = await ctx.db
    .selectFrom('users')
    .select(['id'])
    .where('notify_mode', '=', 'daily')
    .where('email', 'is not', null)
    .where('disabled', '=', 0)
    .execute();
  let queued = 0;
  for (const u of users) {
    queued += await ctx.db.transaction().execute(async (tx) => {
      const items = await tx
        .selectFrom('notifications')
        .select(['id', 'title_vi', 'title_en', 'created_at'])
        .where('user_id', '=', u.id)
        .where('sent_at', 'is', null)
        .orderBy('created_at')
        .execute();
      if (items.length === 0) return 0;
      const [y, mo, d] = today.split('-');
      const lines = items.map((n) => `- ${n.title_vi}`).join('\n');
      const linesEn = items.map((n) => `- ${n.title_en}`).join('\n');
      const inserted = await enqueue(tx, {
        dedupeKey: `digest:${u.id}:${today}`,
        channel: 'email',
        recipientRef: `user:${u.id}`,
        subject: `Tổng hợp ${items.length} thông báo ngày ${d}/${mo}/${y}`,
        body: `${lines}\n\nDaily digest, ${items.length} notification(s):\n${linesEn}`,
        petitionId: null,
        kind: 'digest',
        now,
      });
      if (!inserted) return 0; // today's digest already went out; these wait for tomorrow's
      await tx
        .updateTable('notifications')
        .set({ sent_at: now.toISOString() })
        .where(
          'id',
          'in',
          items.map((n) => n.id),
        )
        .execute();
      return 1;
    });
  }
  return queued;
}
