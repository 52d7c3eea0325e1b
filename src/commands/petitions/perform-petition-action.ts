import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../db/audit.js';
import type { Database, PetitionsTable } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import type { Role } from '../../domain/access/roles.js';
import { SYSTEM_ACTOR, hasAbility } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { DomainError, conflict, notFound } from '../../domain/errors.js';
import {
  PETITION_ACTIONS,
  caseStateOf,
  lookupsNeeded,
  planNotificationTitle,
  planPetitionAction,
  type CasePatch,
  type DraftOp,
  type ReopenDecision,
  type NewCasePlan,
  type NotificationIntent,
  type PetitionAction,
} from '../../domain/petition/index.js';
import { loadCalendar } from '../../queries/calendar/load-calendar.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import {
  applyDeadlineOps,
  deadlineFactsOf,
  loadOpenDeadlines,
  type CalendarSnapshot,
} from './deadlines.js';
import { announceChange } from './hand-off.js';
import { loadLookups } from './plan-lookups.js';
import { keyringOf, openIdentity } from '../../db/sealed-keys.js';
import { refreshPetitionFacts } from '../../db/petition-facts.js';
import { submitPetition } from './submit-petition.js';
import { notify } from '../notifications/notify.js';

export interface ActionResult {
  id: string;
  status: string;
  version: number;
  createdCaseId?: string;
}

export function isPetitionAction(s: string): s is PetitionAction {
  return (PETITION_ACTIONS as readonly string[]).includes(s);
}

/** The case columns a plan's patch writes. */
function columnsOf(patch: CasePatch): Partial<PetitionsTable> {
  const c: Partial<PetitionsTable> = {};
  if (patch.outcome !== undefined) c.outcome = patch.outcome;
  if (patch.acceptedOn !== undefined) c.accepted_on = patch.acceptedOn;
  if (patch.closedOn !== undefined) c.closed_on = patch.closedOn;
  if (patch.forwardedTo !== undefined) c.forwarded_to = patch.forwardedTo;
  if (patch.result !== undefined) c.result = patch.result;
  if (patch.decidedOn !== undefined) c.decided_on = patch.decidedOn;
  if (patch.publicAnswer !== undefined) c.public_answer = patch.publicAnswer;
  if (patch.published !== undefined) c.published = patch.published ? 1 : 0;
  if (patch.hasDialogue !== undefined) c.has_dialogue = patch.hasDialogue ? 1 : 0;
  if (patch.statusBeforeSuspension !== undefined)
    c.status_before_suspension = patch.statusBeforeSuspension;
  if (patch.extensionCount !== undefined) c.extension_count = patch.extensionCount;
  if (patch.complexity !== undefined) c.complexity = patch.complexity;
  if (patch.finishedOn !== undefined) c.finished_on = patch.finishedOn;
  if (patch.officerId !== undefined) c.officer_id = patch.officerId;
  if (patch.agencyId !== undefined) c.agency_id = patch.agencyId;
  if (patch.draftState !== undefined) c.draft_state = patch.draftState;
  if (patch.reopenState !== undefined) c.reopen_state = patch.reopenState;
  if (patch.superiorReview !== undefined) c.superior_review = patch.superiorReview;
  if (patch.superiorUnitCode !== undefined) c.superior_unit_code = patch.superiorUnitCode;
  return c;
}

/** Creates the linked case a plan asks for (a second complaint at the superior body), with its deadlines opened once under round 2. */
async function createLinkedCase(
  tx: Kysely<Database>,
  ctx: Ctx,
  actor: Actor,
  p: PetitionsTable,
  plan: NewCasePlan,
  snapshot: CalendarSnapshot,
): Promise<string> {
  // A sealed complainant (the complaint part of a letter that also denounced) stays sealed on the second complaint.
  const people = p.sealed
    ? (
        await tx
          .selectFrom('sealed_identities')
          .selectAll()
          .where('petition_id', '=', p.id)
          .orderBy('position')
          .execute()
      ).map((x) => ({ ...x, ...openIdentity(keyringOf(ctx), x) }))
    : await tx
        .selectFrom('petitioners')
        .selectAll()
        .where('petition_id', '=', p.id)
        .orderBy('position')
        .execute();
  const res = await submitPetition({
    ctx,
    actor: { ...actor, scope: new Set(['*']) }, // the superior body is usually outside the lower unit's scope
    tx,
    snapshot,
    link: { parentId: plan.parentId, linkType: plan.linkType, round: plan.round },
    input: {
      unitCode: plan.unitCode,
      kinds: [plan.kind],
      channel: 'post',
      topicCode: p.topic_code,
      title: `Khiếu nại lần hai: ${p.title}`,
      content: p.content,
      receivedOn: plan.receivedOn,
      remoteArea: p.remote_area === 1,
      sealIdentity: p.sealed === 1,
      petitioners: people.map((x) => ({
        fullName: x.full_name,
        address: x.address,
        identityNumber: x.identity_number,
        phone: x.phone,
        email: x.email,
        isRepresentative: x.is_representative === 1,
      })),
    },
  });
  return res.cases[0]!.id;
}

/** Applies the plan's draft operation and re-open decision (rows beside the case). */
async function applySideRows(
  tx: Kysely<Database>,
  actor: Actor,
  p: PetitionsTable,
  plan: { draft?: DraftOp; reopenDecision?: ReopenDecision },
  now: string,
): Promise<void> {
  if (plan.draft?.op === 'submit') {
    await tx
      .insertInto('petition_drafts')
      .values({
        id: randomUUID(),
        petition_id: p.id,
        payload: JSON.stringify(plan.draft.payload),
        state: 'submitted',
        submitted_by: actor.id,
        submitted_at: now,
        reviewed_by: null,
        reviewed_at: null,
        comment: null,
      })
      .execute();
  } else if (plan.draft) {
    const comment = plan.draft.op === 'return' ? plan.draft.comment : null;
    await tx
      .updateTable('petition_drafts')
      .set({
        state: plan.draft.op === 'approve' ? 'approved' : 'returned',
        reviewed_by: actor.id,
        reviewed_at: now,
        comment,
      })
      .where('petition_id', '=', p.id)
      .where('state', '=', 'submitted')
      .execute();
  }
  if (plan.reopenDecision) {
    await tx
      .updateTable('petition_feedback')
      .set({
        decision: plan.reopenDecision.decision,
        decision_reason: plan.reopenDecision.reason,
        decided_at: now,
        decided_by: actor.id,
      })
      .where('petition_id', '=', p.id)
      .where('kind', '=', 'reopen')
      .where('decision', 'is', null)
      .execute();
  }
}

/** Queues the plan's notifications through notify() (in-app + e-mail outbox); a replay of history by the system notifies nobody. */
async function queueNotifications(
  tx: Kysely<Database>,
  actor: Actor,
  p: PetitionsTable,
  eventId: string,
  intents: readonly NotificationIntent[],
  now: string,
): Promise<void> {
  if (actor.id === SYSTEM_ACTOR.id) return;
  for (const n of intents) {
    const to = n.toUserId
      ? { userId: n.toUserId }
      : { role: n.toRole as Role, unitCode: n.unitCode };
    await notify(tx, {
      to,
      kind: n.kind,
      petitionId: p.id,
      title: planNotificationTitle(n.kind, p.tracking_code),
      dedupeKey: `${p.id}:${eventId}:${n.kind}`,
      now: new Date(now),
      exceptUserId: actor.id,
    });
  }
}

/**
 * Takes one lifecycle action on a case: policy (404 outside the actor's units), then the domain
 * plan (state machine with the allowed actions on 409, typed input, deadline operations, event,
 * notifications), applied with a version-checked update in one transaction. With
 * `expectedVersion`, a stale client gets 409. The calendar is loaded once per call.
 */
export async function performPetitionAction({
  ctx,
  actor,
  petitionId,
  action,
  input,
  expectedVersion,
  tx: outer,
}: {
  ctx: Ctx;
  actor: Actor;
  petitionId: string;
  action: string;
  input: Record<string, unknown>;
  expectedVersion?: number;
  tx?: Kysely<Database>;
}): Promise<ActionResult> {
  if (!isPetitionAction(action)) throw notFound('action');
  const snapshot = await loadCalendar(outer ?? ctx.db);
  const run = async (tx: Kysely<Database>): Promise<ActionResult> => {
    const p = await tx
      .selectFrom('petitions')
      .selectAll()
      .where('id', '=', petitionId)
      .executeTakeFirst();
    const setting = p
      ? await tx
          .selectFrom('unit_workflow_settings')
          .select('handlers_issue_informal')
          .where('unit_code', '=', p.unit_code)
          .executeTakeFirst()
      : undefined;
    const facts = p && {
      ...accessFactsOf(p),
      kind: p.kind,
      handlersIssueInformal: setting?.handlers_issue_informal === 1,
    };
    if (!p || !facts || !petitionPolicy.read(actor, facts)) throw notFound('petition');
    if (!petitionPolicy.act(actor, facts, action)) {
      throw new DomainError(
        'forbidden',
        'Bạn không có quyền thực hiện thao tác này trên hồ sơ.',
        'You may not take this action on this case.',
        { action, role: actor.role, canAssign: hasAbility(actor, 'petition.assign') },
      );
    }
    if (expectedVersion !== undefined && expectedVersion !== p.version) {
      throw conflict(
        'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.',
        'Someone else updated this case; reload it.',
        { currentVersion: p.version },
      );
    }
    const second = await tx
      .selectFrom('petitions')
      .select('id')
      .where('parent_id', '=', p.id)
      .where('link_type', '=', 'second_complaint')
      .executeTakeFirst();
    const today = ctx.clock.today();
    const open = await loadOpenDeadlines(tx, p.id);
    const resolveDue = open.find((r) => r.step === 'resolve')?.dueOn ?? null;
    const plan = planPetitionAction({
      state: caseStateOf(p, Boolean(second), today, resolveDue),
      facts: {
        ...deadlineFactsOf(p),
        id: p.id,
        unitCode: p.unit_code,
        extensionCount: p.extension_count,
        finishedOn: p.finished_on,
        officerId: p.officer_id,
        decidedOn: p.decided_on,
      },
      open,
      action,
      input,
      today,
      snapshot,
      lookups: await loadLookups(tx, p, lookupsNeeded(action), input),
    });
    await applyDeadlineOps(tx, p.id, plan.deadlines, today);
    const createdCaseId = plan.createCase
      ? await createLinkedCase(tx, ctx, actor, p, plan.createCase, snapshot)
      : undefined;
    const now = ctx.clock.now().toISOString();
    const res = await tx
      .updateTable('petitions')
      .set({
        ...columnsOf(plan.patch),
        due_on: plan.due.dueOn,
        due_step: plan.due.dueStep,
        status: plan.nextStatus,
        version: p.version + 1,
        updated_at: now,
      })
      .where('id', '=', p.id)
      .where('version', '=', p.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw conflict(
        'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.',
        'Someone else updated this case; reload it.',
      );
    const eventId = randomUUID();
    await tx
      .insertInto('petition_events')
      .values({
        id: eventId,
        petition_id: p.id,
        at: now,
        on_date: today,
        actor_id: actor.id,
        actor_name: actor.displayName,
        action,
        from_status: p.status,
        to_status: plan.nextStatus,
        payload: JSON.stringify({
          ...plan.event.payload,
          ...(createdCaseId ? { createdCaseId } : {}),
        }),
        public: plan.event.public ? 1 : 0,
      })
      .execute();
    await applySideRows(tx, actor, p, plan, now);
    await queueNotifications(tx, actor, p, eventId, plan.notifications, now);
    await refreshPetitionFacts(tx, createdCaseId ? [p.id, createdCaseId] : [p.id]);
    if (actor.id !== SYSTEM_ACTOR.id) {
      const said = plan.event.payload as unknown as Record<string, unknown>;
      const detail =
        plan.reopenDecision?.reason ??
        plan.patch.publicAnswer ??
        [said.toBody, said.guidance].find((x): x is string => typeof x === 'string') ??
        null;
      // A plan notification to a person (the assignee) already reaches the new owner; otherwise
      // (none, or only word to the resolving unit's head) a hand-off notifies them.
      await announceChange(tx, {
        before: p,
        petitionId: p.id,
        event: action,
        actorId: actor.id,
        now: ctx.clock.now(),
        detail,
        handOff: !plan.notifications.some((n) => n.toUserId),
      });
    }
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id,
        actorName: actor.username,
        entityType: 'petition',
        entityId: p.id,
        eventType: 'petition.action',
        payload: {
          action,
          from: p.status,
          to: plan.nextStatus,
          trackingCode: p.tracking_code,
          ...(createdCaseId ? { createdCaseId } : {}),
        },
      },
      ctx.clock.now(),
    );
    return {
      id: p.id,
      status: plan.nextStatus,
      version: p.version + 1,
      ...(createdCaseId ? { createdCaseId } : {}),
    };
  };
  return outer ? run(outer) : inTransaction(ctx, run);
}
