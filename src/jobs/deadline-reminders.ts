import type { Ctx } from '../db/context.js';
import { notify, usersWithRole } from '../commands/notifications/notify.js';
import { sweepCampaignWork } from '../commands/campaigns/sweep-campaign-work.js';
import { formatVi } from '../domain/calendar/index.js';
import {
  FINAL_STATUSES,
  DEADLINE_STEP_LABELS,
  SUPERIOR_DEADLINE_STEPS,
} from '../domain/petition/index.js';
import { jobStats } from './job-stats.js';
import { scorePendingDuplicates } from '../commands/petitions/score-duplicates.js';
import { loadCalendar } from '../queries/calendar/load-calendar.js';
import { dueSoonLimit } from '../queries/petitions/deadline-state.js';
import { unitScope } from '../queries/units/unit-scope.js';
import { deliverOutbox, queueDigests } from './outbox.js';
import type { Senders } from './senders.js';

/**
 * Finds open cases due within 3 working days or overdue and notifies each officer (and, when
 * overdue, each head of the case's unit: escalation, Law on Denunciations Art. 38) once per due
 * date, through {@link notify} (in-app + e-mail outbox). The dedupe key makes the sweep idempotent
 * across runs and instances.
 *
 * A superior's own deadline ({@link SUPERIOR_DEADLINE_STEPS}: the review of a further
 * denunciation, the request for a report on an overdue one) goes instead to the heads of the case's
 * recorded superior unit (climbing to the nearest ancestor with a head, as the hand-off does), and
 * when overdue escalates to the heads whose scope covers that superior unit: never to the lower
 * unit's officer or head, unless they hold that step themselves (decision 0016-h12c).
 */
export async function sweepDeadlines(ctx: Ctx): Promise<number> {
  const today = ctx.clock.today();
  const { calendar } = await loadCalendar(ctx.db);
  const soon = dueSoonLimit(calendar, today);
  const cases = await ctx.db
    .selectFrom('petitions')
    .select([
      'id',
      'tracking_code',
      'unit_code',
      'superior_unit_code',
      'officer_id',
      'agency_id',
      'due_on',
      'due_step',
    ])
    // A concluded denunciation denounced further keeps its final status while the superior's
    // review limit runs (see deadlineRunning): its reminders go on.
    .where((eb) =>
      eb.or([eb('status', 'not in', [...FINAL_STATUSES]), eb('superior_review', 'is not', null)]),
    )
    .where('due_on', 'is not', null)
    .where('due_on', '<=', soon)
    .execute();
  if (cases.length === 0) return 0;
  const heads = await ctx.db
    .selectFrom('users')
    .select(['id', 'unit_code'])
    .where('role', '=', 'head')
    .where('disabled', '=', 0)
    .execute();
  const headScopes = await Promise.all(
    heads.map(async (h) => ({ id: h.id, scope: await unitScope(ctx.db, h.unit_code) })),
  );
  /** The heads who hold a superior unit's steps, per unit (looked up once per sweep). */
  const superiorHeads = new Map<string, string[]>();
  const headsOf = async (unitCode: string) => {
    let ids = superiorHeads.get(unitCode);
    if (!ids) {
      ids = (await usersWithRole(ctx.db, 'head', unitCode)).map((u) => u.id);
      superiorHeads.set(unitCode, ids);
    }
    return ids;
  };
  const now = ctx.clock.now();
  let queued = 0;
  for (const c of cases) {
    const overdue = c.due_on! < today;
    const step = DEADLINE_STEP_LABELS[c.due_step ?? ''] ?? { vi: 'Xử lý', en: 'Handling' };
    const recipients: Array<{ userId: string; kind: string }> = [];
    const own = overdue ? 'overdue' : 'due_soon';
    if (SUPERIOR_DEADLINE_STEPS.includes(c.due_step ?? '')) {
      const acting = c.superior_unit_code ?? c.unit_code;
      const holders = await headsOf(acting);
      for (const id of holders) recipients.push({ userId: id, kind: own });
      if (overdue)
        for (const h of headScopes)
          if (h.scope.has(acting) && !holders.includes(h.id))
            recipients.push({ userId: h.id, kind: 'escalation' });
    } else {
      if (c.officer_id) recipients.push({ userId: c.officer_id, kind: own });
      if (overdue)
        for (const h of headScopes)
          if (h.scope.has(c.unit_code) && h.id !== c.officer_id)
            recipients.push({ userId: h.id, kind: 'escalation' });
    }
    for (const r of recipients) {
      const title = overdue
        ? {
            vi: `Hồ sơ ${c.tracking_code} đã quá hạn ${step.vi.toLowerCase()} (hạn ${formatVi(c.due_on!)})`,
            en: `Case ${c.tracking_code} is overdue for ${step.en.toLowerCase()} (due ${c.due_on})`,
          }
        : {
            vi: `Hồ sơ ${c.tracking_code} sắp đến hạn ${step.vi.toLowerCase()} (hạn ${formatVi(c.due_on!)})`,
            en: `Case ${c.tracking_code} is due soon for ${step.en.toLowerCase()} (due ${c.due_on})`,
          };
      queued += await ctx.db.transaction().execute((tx) =>
        notify(tx, {
          to: { userId: r.userId },
          kind: r.kind,
          title,
          petitionId: c.id,
          dedupeKey: `${c.id}:${c.due_step}:${c.due_on}:${r.kind}`,
          now,
        }),
      );
    }
  }
  return queued;
}

/** True from 07:00 Vietnam time: daily digests go out at the start of the working day. */
function digestHour(now: Date): boolean {
  return (now.getUTCHours() + 7) % 24 >= 7;
}

/**
 * The background work of one instance: every `reminderMinutes` the deadline sweep and the daily
 * digests; every `outboxSeconds` an outbox delivery pass. Returns a stop function. Errors are
 * reported and never stop the loop (a failing mail server only delays mail).
 */
export function scheduleBackgroundWork(
  ctx: Ctx,
  opts: {
    instanceId: string;
    senders: Senders;
    reminderMinutes: number;
    outboxSeconds: number;
    onError: (e: unknown) => void;
  },
): () => void {
  let sweeping = false;
  let delivering = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      await sweepDeadlines(ctx);
      if (digestHour(ctx.clock.now())) await queueDigests(ctx);
      await sweepCampaignWork(ctx);
      jobStats.reminderSweeps++;
    } catch (e) {
      jobStats.reminderSweepFailures++;
      opts.onError(e);
    } finally {
      sweeping = false;
    }
  };
  const deliver = async () => {
    if (delivering) return;
    delivering = true;
    try {
      await deliverOutbox(ctx, opts.instanceId, opts.senders);
      // Duplicate scoring left pending (a restart, an intake inside another transaction).
      await scorePendingDuplicates(ctx);
    } catch (e) {
      opts.onError(e);
    } finally {
      delivering = false;
    }
  };
  const timers: NodeJS.Timeout[] = [];
  if (opts.reminderMinutes > 0) {
    timers.push(
      setTimeout(() => void sweep(), 5_000),
      setInterval(() => void sweep(), opts.reminderMinutes * 60_000),
    );
  }
  if (opts.outboxSeconds > 0)
    timers.push(setInterval(() => void deliver(), opts.outboxSeconds * 1000));
  for (const t of timers) t.unref();
  return () => {
    for (const t of timers) clearInterval(t);
  };
}
