import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../db/audit.js';
import type { Database, PetitionsTable } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { hasAbility } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { addDays } from '../../domain/calendar/index.js';
import { DomainError, conflict, notFound } from '../../domain/errors.js';
import { PETITION_ACTIONS, caseStateOf, transition, type PetitionAction } from '../../domain/petition/index.js';
import { loadCalendar } from '../../queries/calendar/load-calendar.js';
import { unitScope } from '../../queries/units/unit-scope.js';
import { inTransaction, type Ctx } from '../context.js';
import { closeDeadlines, currentDue, openDeadline, updateOpenDeadlines, type CalendarSnapshot } from './deadlines.js';
import { extendResolution } from './extend-resolution.js';
import { announceChange } from './hand-off.js';
import { submitPetition } from './submit-petition.js';

export interface ActionResult {
  id: string;
  status: string;
  version: number;
  createdCaseId?: string;
}

/** Actions whose timeline entry citizens may see on the public tracking page. */
const PUBLIC_ACTIONS: ReadonlySet<PetitionAction> = new Set(['process_accept', 'process_return', 'process_forward', 'process_urge', 'process_file', 'assign', 'start_verification', 'hold_dialogue', 'decide', 'publish', 'organise_enforcement', 'close', 'extend', 'suspend', 'resume', 'withdraw', 'terminate']);

/** Actions after which a case no longer counts as open in period reports (finished_on). */
const FINISHING_ACTIONS: ReadonlySet<PetitionAction> = new Set(['decide', 'process_return', 'process_file', 'process_forward', 'process_urge', 'close', 'withdraw', 'terminate']);

export function isPetitionAction(s: string): s is PetitionAction {
  return (PETITION_ACTIONS as readonly string[]).includes(s);
}

type Patch = Partial<PetitionsTable>;

interface EffectArgs {
  tx: Kysely<Database>;
  ctx: Ctx;
  actor: Actor;
  p: PetitionsTable;
  input: Record<string, unknown>;
  today: string;
  snapshot: CalendarSnapshot;
}

async function checkAssignee(tx: Kysely<Database>, p: PetitionsTable, assigneeId: unknown): Promise<{ officer_id: string; agency_id: string | null }> {
  const user = typeof assigneeId === 'string' ? await tx.selectFrom('users').select(['id', 'role', 'unit_code', 'agency_id', 'disabled']).where('id', '=', assigneeId).executeTakeFirst() : undefined;
  if (!user || user.disabled || !['handler', 'head'].includes(user.role)) {
    throw new DomainError('validation_failed', 'Cán bộ được giao không hợp lệ (phải là cán bộ xử lý hoặc thủ trưởng).', 'The assignee must be an active handling officer or head.', { field: 'assigneeId' });
  }
  if (!(await unitScope(tx, user.unit_code)).has(p.unit_code)) {
    throw new DomainError('validation_failed', 'Cán bộ được giao không thuộc đơn vị có thẩm quyền với hồ sơ này.', 'The assignee does not work in a unit responsible for this case.', { field: 'assigneeId' });
  }
  return { officer_id: user.id, agency_id: user.agency_id };
}

/** What each action changes beyond the status; deadlines are opened, met, paused and extended here. */
const EFFECTS: Partial<Record<PetitionAction, (a: EffectArgs) => Promise<Patch>>> = {
  async process_accept({ tx, p, today, snapshot }) {
    await closeDeadlines(tx, p.id, ['process'], today);
    await openDeadline(tx, snapshot, p.id, p, 'resolve', today);
    return { outcome: 'accept', accepted_on: today };
  },
  async process_return({ tx, p, today }) {
    await closeDeadlines(tx, p.id, ['process'], today);
    return { outcome: 'return_with_guidance', closed_on: today };
  },
  async process_forward({ tx, p, today, input }) {
    await closeDeadlines(tx, p.id, ['process'], today);
    return { outcome: 'forward', forwarded_to: String(input.toBody) };
  },
  async process_urge({ tx, p, today, input }) {
    await closeDeadlines(tx, p.id, ['process'], today);
    return { outcome: 'urge', forwarded_to: String(input.handlingBody) };
  },
  async process_file({ tx, p, today }) {
    await closeDeadlines(tx, p.id, ['process'], today);
    return { outcome: 'file', closed_on: today };
  },
  async assign({ tx, p, input }) {
    return checkAssignee(tx, p, input.assigneeId);
  },
  async reassign({ tx, p, input }) {
    return checkAssignee(tx, p, input.assigneeId);
  },
  async decline_assignment() {
    return { officer_id: null };
  },
  async hold_dialogue() {
    return { has_dialogue: 1 };
  },
  async decide({ tx, p, today, input, snapshot }) {
    await closeDeadlines(tx, p.id, ['resolve'], today);
    if (p.kind === 'complaint') await openDeadline(tx, snapshot, p.id, p, 'publish', today);
    if (p.kind === 'complaint') await openDeadline(tx, snapshot, p.id, p, 'enforce', today);
    return { result: String(input.result), decided_on: today, public_answer: typeof input.summary === 'string' ? input.summary : null };
  },
  async publish({ tx, p, today }) {
    await closeDeadlines(tx, p.id, ['publish'], today);
    return { published: 1 };
  },
  async organise_enforcement({ tx, p, today }) {
    await closeDeadlines(tx, p.id, ['enforce'], today);
    return {};
  },
  async close({ tx, p, today }) {
    await closeDeadlines(tx, p.id, 'all', today, 'cancelled');
    return { closed_on: today };
  },
  async extend({ tx, p, today, input, snapshot }) {
    return extendResolution(tx, snapshot, p, Number(input.days), String(input.reason), today);
  },
  async suspend({ tx, p, today, input, snapshot }) {
    await updateOpenDeadlines(tx, snapshot, p.id, (row) => ({ pauses: JSON.stringify([...(JSON.parse(row.pauses) as unknown[]), { from: today, to: null, reason: String(input.reason) }]) }));
    return { status_before_suspension: p.status };
  },
  async resume({ tx, p, today, snapshot }) {
    await updateOpenDeadlines(tx, snapshot, p.id, (row) => {
      const pauses = JSON.parse(row.pauses) as Array<{ from: string; to: string | null; reason: string }>;
      const open = pauses.find((x) => x.to === null);
      if (!open) return null;
      const last = addDays(today, -1);
      open.to = last < open.from ? open.from : last;
      return { pauses: JSON.stringify(pauses) };
    });
    return { status_before_suspension: null };
  },
  async withdraw({ tx, p, today }) {
    await closeDeadlines(tx, p.id, 'all', today, 'cancelled');
    return { closed_on: today, ...(p.kind === 'complaint' ? { result: 'withdrawn' } : {}) };
  },
  async terminate({ tx, p, today }) {
    await closeDeadlines(tx, p.id, 'all', today, 'cancelled');
    return { closed_on: today };
  },
};

async function openSecondComplaint({ tx, ctx, actor, p, input, today }: EffectArgs): Promise<string> {
  const parentUnit = await tx.selectFrom('units').select(['parent_code']).where('code', '=', p.unit_code).orderBy('valid_from', 'desc').executeTakeFirst();
  const unitCode = typeof input.unitCode === 'string' ? input.unitCode : (parentUnit?.parent_code ?? p.unit_code);
  const people = await tx.selectFrom('petitioners').selectAll().where('petition_id', '=', p.id).orderBy('position').execute();
  const res = await submitPetition({
    ctx,
    actor: { ...actor, scope: new Set(['*']) }, // the superior body is usually outside the lower unit's scope
    tx,
    input: {
      unitCode, kinds: ['complaint'], channel: 'post', topicCode: p.topic_code, title: `Khiếu nại lần hai: ${p.title}`, content: p.content,
      receivedOn: typeof input.lodgedOn === 'string' ? input.lodgedOn : today, remoteArea: p.remote_area === 1,
      petitioners: people.map((x) => ({ fullName: x.full_name, address: x.address, identityNumber: x.identity_number, phone: x.phone, email: x.email, isRepresentative: x.is_representative === 1 })),
    },
  });
  const id = res.cases[0]!.id;
  await tx.updateTable('petitions').set({ round: 2, parent_id: p.id, link_type: 'second_complaint' }).where('id', '=', id).execute();
  // The rules of a second complaint differ: reopen its processing deadline under round 2.
  await tx.deleteFrom('petition_deadlines').where('petition_id', '=', id).execute();
  const snapshot = await loadCalendar(tx);
  const fresh = await tx.selectFrom('petitions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  await openDeadline(tx, snapshot, id, fresh, 'process', fresh.received_on);
  await tx.updateTable('petitions').set(await currentDue(tx, id)).where('id', '=', id).execute();
  return id;
}

/**
 * Takes one lifecycle action on a case: policy (404 outside the actor's units), state machine
 * (409 naming the allowed actions), the action's effects, a version-checked update, a timeline
 * event and an audit event, in one transaction. With `expectedVersion`, a stale client gets 409.
 */
export async function performPetitionAction({ ctx, actor, petitionId, action, input, expectedVersion, tx: outer }: { ctx: Ctx; actor: Actor; petitionId: string; action: string; input: Record<string, unknown>; expectedVersion?: number; tx?: Kysely<Database> }): Promise<ActionResult> {
  if (!isPetitionAction(action)) throw notFound('action');
  const snapshot = await loadCalendar(outer ?? ctx.db);
  const run = async (tx: Kysely<Database>): Promise<ActionResult> => {
    const p = await tx.selectFrom('petitions').selectAll().where('id', '=', petitionId).executeTakeFirst();
    const facts = p && accessFactsOf(p);
    if (!p || !facts || !petitionPolicy.read(actor, facts)) throw notFound('petition');
    if (!petitionPolicy.act(actor, facts, action)) {
      throw new DomainError('forbidden', 'Bạn không có quyền thực hiện thao tác này trên hồ sơ.', 'You may not take this action on this case.', { action, role: actor.role, canAssign: hasAbility(actor, 'petition.assign') });
    }
    if (expectedVersion !== undefined && expectedVersion !== p.version) {
      throw conflict('Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.', 'Someone else updated this case; reload it.', { currentVersion: p.version });
    }
    const second = await tx.selectFrom('petitions').select('id').where('parent_id', '=', p.id).where('link_type', '=', 'second_complaint').executeTakeFirst();
    const today = ctx.clock.today();
    const { nextStatus, event } = transition(caseStateOf(p, Boolean(second), today), action, input);
    const args: EffectArgs = { tx, ctx, actor, p, input: event.payload as unknown as Record<string, unknown>, today, snapshot };
    const patch = (await EFFECTS[action]?.(args)) ?? {};
    if (FINISHING_ACTIONS.has(action) && !p.finished_on) patch.finished_on = today;
    const createdCaseId = action === 'open_second_complaint' ? await openSecondComplaint(args) : undefined;
    const now = ctx.clock.now().toISOString();
    const due = await currentDue(tx, p.id);
    const res = await tx
      .updateTable('petitions')
      .set({ ...patch, ...due, status: nextStatus, version: p.version + 1, updated_at: now })
      .where('id', '=', p.id)
      .where('version', '=', p.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict('Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.', 'Someone else updated this case; reload it.');
    await tx.insertInto('petition_events').values({ id: randomUUID(), petition_id: p.id, at: now, on_date: today, actor_id: actor.id, actor_name: actor.displayName, action, from_status: p.status, to_status: nextStatus, payload: JSON.stringify({ ...event.payload, ...(createdCaseId ? { createdCaseId } : {}) }), public: PUBLIC_ACTIONS.has(action) ? 1 : 0 }).execute();
    const said = event.payload as unknown as Record<string, unknown>;
    const detail = [said.toBody, said.guidance, said.summary].find((x): x is string => typeof x === 'string') ?? null;
    await announceChange(tx, { before: p, petitionId: p.id, event: action, actorId: actor.id, now: ctx.clock.now(), detail });
    await appendAudit(tx, ctx.engine, { actorId: actor.id, actorName: actor.username, entityType: 'petition', entityId: p.id, eventType: 'petition.action', payload: { action, from: p.status, to: nextStatus, trackingCode: p.tracking_code, ...(createdCaseId ? { createdCaseId } : {}) } }, ctx.clock.now());
    return { id: p.id, status: nextStatus, version: p.version + 1, ...(createdCaseId ? { createdCaseId } : {}) };
  };
  return outer ? run(outer) : inTransaction(ctx, run);
}
