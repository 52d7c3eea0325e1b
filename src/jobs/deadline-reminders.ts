import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Ctx } from '../db/context.js';
import { inTransaction } from '../db/context.js';
import { sweepCampaignWork } from '../commands/campaigns/sweep-campaign-work.js';
import { appendAudit } from '../db/audit.js';
import { formatVi } from '../domain/calendar/index.js';
import { FINAL_STATUSES, DEADLINE_STEP_LABELS } from '../domain/petition/index.js';
import { jobStats } from './job-stats.js';
import { loadCalendar } from '../queries/calendar/load-calendar.js';
import { dueSoonLimit } from '../queries/petitions/deadline-state.js';
import { unitScope } from '../queries/units/unit-scope.js';

/** Where a claimed notification goes besides the in-app list. */
export interface Transport {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** Logs what would be mailed (no SMTP configured). Subjects carry codes and dates, never names. */
export function logTransport(log: (line: string) => void): Transport {
  return { send: async (m) => log(`notification to user ${m.to}: ${m.subject}`) };
}

/** Mails through SMTP (DANVAN_SMTP_URL). Users have no e-mail field yet: the address is the username at the mail domain. */
export function smtpTransport(url: string, from: string, domain: string): Transport {
  const mailer = nodemailer.createTransport(url);
  return { send: async (m) => void (await mailer.sendMail({ from, to: `${m.to}@${domain}`, subject: m.subject, text: m.text })) };
}

/**
 * Finds open cases due within 3 working days or overdue and queues one notification per officer
 * (and, when overdue, per head of the case's unit: escalation, Law on Denunciations Art. 38) per
 * due date. The dedupe key makes the sweep idempotent across runs and instances.
 */
export async function sweepDeadlines(ctx: Ctx): Promise<number> {
  const today = ctx.clock.today();
  const { calendar } = await loadCalendar(ctx.db);
  const soon = dueSoonLimit(calendar, today);
  const cases = await ctx.db
    .selectFrom('petitions')
    .select(['id', 'tracking_code', 'unit_code', 'officer_id', 'agency_id', 'due_on', 'due_step'])
    .where('status', 'not in', [...FINAL_STATUSES])
    .where('due_on', 'is not', null)
    .where('due_on', '<=', soon)
    .execute();
  if (cases.length === 0) return 0;
  const heads = await ctx.db.selectFrom('users').select(['id', 'unit_code']).where('role', '=', 'head').where('disabled', '=', 0).execute();
  const headScopes = await Promise.all(heads.map(async (h) => ({ id: h.id, scope: await unitScope(ctx.db, h.unit_code) })));
  const now = ctx.clock.now().toISOString();
  let queued = 0;
  for (const c of cases) {
    const overdue = c.due_on! < today;
    const step = DEADLINE_STEP_LABELS[c.due_step ?? ''] ?? { vi: 'Xử lý', en: 'Handling' };
    const recipients: Array<{ userId: string; kind: string }> = [];
    if (c.officer_id) recipients.push({ userId: c.officer_id, kind: overdue ? 'overdue' : 'due_soon' });
    if (overdue) for (const h of headScopes) if (h.scope.has(c.unit_code) && h.id !== c.officer_id) recipients.push({ userId: h.id, kind: 'escalation' });
    for (const r of recipients) {
      const title = overdue
        ? { vi: `Hồ sơ ${c.tracking_code} đã quá hạn ${step.vi.toLowerCase()} (hạn ${formatVi(c.due_on!)})`, en: `Case ${c.tracking_code} is overdue for ${step.en.toLowerCase()} (due ${c.due_on})` }
        : { vi: `Hồ sơ ${c.tracking_code} sắp đến hạn ${step.vi.toLowerCase()} (hạn ${formatVi(c.due_on!)})`, en: `Case ${c.tracking_code} is due soon for ${step.en.toLowerCase()} (due ${c.due_on})` };
      const res = await ctx.db
        .insertInto('notifications')
        .values({ id: randomUUID(), dedupe_key: `${c.id}:${c.due_step}:${c.due_on}:${r.kind}:${r.userId}`, user_id: r.userId, petition_id: c.id, kind: r.kind, title_vi: title.vi, title_en: title.en, created_at: now, claimed_by: null, claimed_at: null, sent_at: null, read_at: null })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .executeTakeFirst();
      queued += Number(res.numInsertedOrUpdatedRows ?? 0);
    }
  }
  return queued;
}

/**
 * Claims unsent notifications atomically (an UPDATE … WHERE claimed_by IS NULL … RETURNING: on
 * PostgreSQL a row another instance claimed first fails the re-checked condition), sends each
 * through the transport after the claim commits, and records the sending with an audit event.
 */
export async function deliverNotifications(ctx: Ctx, instanceId: string, transport: Transport, batch = 50): Promise<number> {
  let sent = 0;
  for (;;) {
    const now = ctx.clock.now().toISOString();
    const ids = ctx.db.selectFrom('notifications').select('id').where('claimed_by', 'is', null).where('sent_at', 'is', null).orderBy('created_at').limit(batch);
    const claimed = await ctx.db.updateTable('notifications').set({ claimed_by: instanceId, claimed_at: now }).where('id', 'in', ids).where('claimed_by', 'is', null).returning(['id', 'user_id', 'title_vi', 'title_en', 'petition_id']).execute();
    if (claimed.length === 0) return sent;
    for (const n of claimed) {
      await transport.send({ to: n.user_id, subject: n.title_vi, text: `${n.title_vi}\n${n.title_en}` });
      await inTransaction(ctx, async (tx) => {
        await tx.updateTable('notifications').set({ sent_at: ctx.clock.now().toISOString() }).where('id', '=', n.id).where('claimed_by', '=', instanceId).execute();
        await appendAudit(tx, ctx.engine, { actorId: null, actorName: `job:${instanceId}`, entityType: 'notification', entityId: n.id, eventType: 'notification.sent', payload: { petitionId: n.petition_id } }, ctx.clock.now());
      });
      sent++;
    }
  }
}

/** Runs sweep + delivery now and then every `minutes`; returns a stop function. */
export function scheduleReminders(ctx: Ctx, opts: { instanceId: string; transport: Transport; minutes: number; onError: (e: unknown) => void }): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sweepDeadlines(ctx);
      await sweepCampaignWork(ctx);
      await deliverNotifications(ctx, opts.instanceId, opts.transport);
      jobStats.reminderSweeps++;
    } catch (e) {
      jobStats.reminderSweepFailures++;
      opts.onError(e);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 5_000);
  const timer = setInterval(() => void tick(), opts.minutes * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
