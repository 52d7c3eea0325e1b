import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import type { DeadlineExplanation } from '../../domain/calendar/index.js';
import type { Reason } from '../../domain/petition/types.js';
import { notFound } from '../../domain/errors.js';
import {
  allowedActions,
  caseStateOf,
  deadlineRunning,
  FINAL_STATUSES,
  isMyStep,
  nextStep,
  nextStepFactsOf,
  NEXT_STEP_LABELS,
  SUPERIOR_HEAD_LABEL,
  timelineLabel,
} from '../../domain/petition/index.js';
import { ROLE_LABELS } from '../../domain/access/roles.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { deadlineState, dueSoonLimit } from './deadline-state.js';

/** A petitioner as shown to staff; personal fields are null where the actor may not see them. */
export interface PetitionerView {
  position: number;
  fullName: string;
  address: string | null;
  identityNumber: string | null;
  phone: string | null;
  email: string | null;
  isRepresentative: boolean;
}

const IDENTITY_REASON = /"(same_identity|same_phone|same_name_address)"/;

function maskName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.map((p, i) => (i === parts.length - 1 ? p : `${p[0]}.`)).join(' ');
}

/**
 * The case file: facts, petitioners (sealed denouncers never included; ask readSealedIdentity),
 * deadlines with their explanation, timeline, attachments, linked cases, duplicate suggestions and
 * the actions this actor may take now. Outside the actor's units: not found.
 */
export async function getPetition({ ctx, actor, id }: { ctx: Ctx; actor: Actor; id: string }) {
  const p = await ctx.db
    .selectFrom('petitions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  const setting = p
    ? await ctx.db
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
  const { calendar } = await loadCalendar(ctx.db);
  const today = ctx.clock.today();

  const [
    unit,
    agency,
    officer,
    topic,
    people,
    deadlines,
    events,
    attachments,
    children,
    suggestions,
  ] = await Promise.all([
    ctx.db
      .selectFrom('units')
      .select(['code', 'full_name', 'name_en', 'level'])
      .where('code', '=', p.unit_code)
      .where('valid_from', '<=', p.received_on)
      .orderBy('valid_from', 'desc')
      .executeTakeFirst(),
    p.agency_id
      ? ctx.db
          .selectFrom('agencies')
          .select(['id', 'name_vi', 'name_en'])
          .where('id', '=', p.agency_id)
          .executeTakeFirst()
      : undefined,
    p.officer_id
      ? ctx.db
          .selectFrom('users')
          .select(['id', 'display_name'])
          .where('id', '=', p.officer_id)
          .executeTakeFirst()
      : undefined,
    p.topic_code
      ? ctx.db
          .selectFrom('topics')
          .select(['code', 'name_vi', 'name_en'])
          .where('code', '=', p.topic_code)
          .executeTakeFirst()
      : undefined,
    p.sealed
      ? Promise.resolve([])
      : ctx.db
          .selectFrom('petitioners')
          .selectAll()
          .where('petition_id', '=', p.id)
          .orderBy('position')
          .execute(),
    ctx.db
      .selectFrom('petition_deadlines')
      .selectAll()
      .where('petition_id', '=', p.id)
      .orderBy('start_on')
      .execute(),
    ctx.db
      .selectFrom('petition_events')
      .selectAll()
      .where('petition_id', '=', p.id)
      .orderBy('at')
      .execute(),
    ctx.db
      .selectFrom('attachments')
      .select(['id', 'file_name', 'media_type', 'size', 'purpose', 'uploaded_at'])
      .where('petition_id', '=', p.id)
      .orderBy('uploaded_at')
      .execute(),
    ctx.db
      .selectFrom('petitions')
      .select(['id', 'tracking_code', 'kind', 'status', 'link_type', 'unit_code'])
      .where((eb) => eb.or([eb('parent_id', '=', p.id), eb('duplicate_of', '=', p.id)]))
      .execute(),
    ctx.db
      .selectFrom('duplicate_suggestions as d')
      .innerJoin('petitions as c', 'c.id', 'd.candidate_id')
      .select([
        'c.id',
        'c.tracking_code',
        'c.title',
        'c.status',
        'c.received_on',
        'c.unit_code',
        'c.sealed',
        'd.score',
        'd.reasons',
        'd.state',
      ])
      .where('d.petition_id', '=', p.id)
      .orderBy('d.score', 'desc')
      .execute(),
  ]);
  // Duplicate scoring after the intake (score-duplicates.ts): no row = done.
  const scoring = await ctx.db
    .selectFrom('duplicate_scoring')
    .select('state')
    .where('petition_id', '=', p.id)
    .executeTakeFirst();
  const [feedback, drafts] = await Promise.all([
    ctx.db
      .selectFrom('petition_feedback')
      .selectAll()
      .where('petition_id', '=', p.id)
      .orderBy('created_at')
      .execute(),
    ctx.db
      .selectFrom('petition_drafts as d')
      .leftJoin('users as s', 's.id', 'd.submitted_by')
      .leftJoin('users as r', 'r.id', 'd.reviewed_by')
      .select([
        'd.id',
        'd.payload',
        'd.state',
        'd.submitted_at',
        'd.reviewed_at',
        'd.comment',
        's.display_name as submitted_by_name',
        'r.display_name as reviewed_by_name',
      ])
      .where('d.petition_id', '=', p.id)
      .orderBy('d.submitted_at', 'desc')
      .execute(),
  ]);
  const step = nextStep(nextStepFactsOf(p));
  const stepPerson = step?.userId
    ? step.userId === officer?.id
      ? officer
      : await ctx.db
          .selectFrom('users')
          .select(['id', 'display_name'])
          .where('id', '=', step.userId)
          .executeTakeFirst()
    : undefined;
  // The superior's step names the superior unit (its version current today).
  const stepUnit = step?.bySuperior
    ? await ctx.db
        .selectFrom('units')
        .select(['full_name', 'name_en'])
        .where('code', '=', step.unitCode)
        .where('valid_from', '<=', today)
        .orderBy('valid_from', 'desc')
        .executeTakeFirst()
    : undefined;
  const parent = p.parent_id
    ? await ctx.db
        .selectFrom('petitions')
        .select(['id', 'tracking_code', 'kind', 'status', 'unit_code'])
        .where('id', '=', p.parent_id)
        .executeTakeFirst()
    : undefined;
  // Cases made from the same letter as a sealed denunciation: the link is shown only to identity readers.
  const mayReadIdentity = p.sealed === 1 && petitionPolicy.readIdentity(actor, facts);
  const sameLetter = mayReadIdentity
    ? await ctx.db
        .selectFrom('sealed_letter_cases as me')
        .innerJoin('sealed_letter_cases as o', 'o.letter_id', 'me.letter_id')
        .innerJoin('petitions as c', 'c.id', 'o.petition_id')
        .select(['c.id', 'c.tracking_code', 'c.kind', 'c.status', 'c.unit_code'])
        .where('me.petition_id', '=', p.id)
        .where('c.id', '!=', p.id)
        .execute()
    : [];
  const duplicateOf = p.duplicate_of
    ? await ctx.db
        .selectFrom('petitions')
        .select(['id', 'tracking_code', 'status', 'unit_code'])
        .where('id', '=', p.duplicate_of)
        .executeTakeFirst()
    : undefined;

  // Links an Open311 client (FixMyStreet) sent as media_url: pictures it keeps.
  const mediaLinks = (
    await ctx.db
      .selectFrom('open311_media')
      .select(['url'])
      .where('petition_id', '=', p.id)
      .orderBy('position')
      .execute()
  ).map((m) => m.url);
  const full = petitionPolicy.readPersonalData(actor, facts);
  const petitioners = people.map((x) => ({
    position: x.position,
    fullName: full ? x.full_name : maskName(x.full_name),
    address: full ? x.address : null,
    identityNumber: full ? x.identity_number : null,
    phone: full ? x.phone : null,
    email: full ? x.email : null,
    isRepresentative: x.is_representative === 1,
  }));
  const second = children.some((c) => c.link_type === 'second_complaint');
  const stateActions =
    FINAL_STATUSES.includes(p.status as never) &&
    p.kind !== 'complaint' &&
    p.kind !== 'denunciation' && // a concluded denunciation may still be denounced further (Art. 37)
    p.reopen_state !== 'requested'
      ? []
      : allowedActions(
          caseStateOf(
            p,
            second,
            today,
            deadlines.find((d) => d.step === 'resolve' && d.state === 'open')?.due_on ?? null,
          ),
        );
  const actions = stateActions.filter((a) => petitionPolicy.act(actor, facts, a));
  const soon = dueSoonLimit(calendar, today);
  const visible = (unitCode: string) => actor.scope.has('*') || actor.scope.has(unitCode);

  return {
    id: p.id,
    trackingCode: p.tracking_code,
    unit: unit
      ? { code: unit.code, name: unit.full_name, nameEn: unit.name_en, level: unit.level }
      : { code: p.unit_code, name: p.unit_code, nameEn: null, level: 'unknown' },
    agency: agency ? { id: agency.id, name: { vi: agency.name_vi, en: agency.name_en } } : null,
    officer: officer ? { id: officer.id, name: officer.display_name } : null,
    kind: p.kind,
    channel: p.channel,
    topic: topic ? { code: topic.code, name: { vi: topic.name_vi, en: topic.name_en } } : null,
    title: p.title,
    content: p.content,
    location: p.location,
    status: p.status,
    round: p.round,
    receivedOn: p.received_on,
    acceptedOn: p.accepted_on,
    decidedOn: p.decided_on,
    closedOn: p.closed_on,
    outcome: p.outcome,
    result: p.result,
    forwardedTo: p.forwarded_to,
    publicAnswer: p.public_answer,
    published: p.published === 1,
    manySignatories: p.many_signatories === 1,
    signatoryCount: p.signatory_count,
    anonymous: p.anonymous === 1,
    sealed: p.sealed === 1,
    remoteArea: p.remote_area === 1,
    complexity: p.complexity,
    extensionCount: p.extension_count,
    sample: p.sample === 1,
    version: p.version,
    rating: p.rating,
    deadline: {
      dueOn: p.due_on,
      step: p.due_step,
      state: deadlineRunning(p.status, p.superior_review)
        ? deadlineState(p.due_on, p.due_step, today, soon)
        : 'none',
    },
    deadlines: deadlines.map((d) => ({
      id: d.id,
      step: d.step,
      ruleId: d.rule_id,
      startOn: d.start_on,
      days: d.days,
      counting: d.counting,
      dueOn: d.due_on,
      state: d.state,
      metOn: d.met_on,
      explanation: JSON.parse(d.explanation) as DeadlineExplanation,
    })),
    petitioners,
    nextStep: step && {
      ...step,
      label: NEXT_STEP_LABELS[step.action],
      who: stepPerson
        ? { vi: stepPerson.display_name, en: stepPerson.display_name }
        : step.bySuperior
          ? stepUnit
            ? {
                vi: `${SUPERIOR_HEAD_LABEL.vi} (${stepUnit.full_name})`,
                en: `${SUPERIOR_HEAD_LABEL.en} (${stepUnit.name_en ?? stepUnit.full_name})`,
              }
            : SUPERIOR_HEAD_LABEL
          : ROLE_LABELS[step.role],
      mine: isMyStep(step, actor),
    },
    feedback: {
      ratings: feedback
        .filter((f) => f.kind === 'rating')
        .map((f) => ({ id: f.id, rating: f.rating, comment: f.reason, at: f.created_at })),
      reopenRequests: feedback
        .filter((f) => f.kind === 'reopen')
        .map((f) => ({
          id: f.id,
          reason: f.reason,
          at: f.created_at,
          decision: f.decision,
          decisionReason: f.decision_reason,
          decidedAt: f.decided_at,
        })),
    },
    drafts: drafts.map((d) => ({
      id: d.id,
      state: d.state,
      payload: JSON.parse(d.payload) as Record<string, unknown>,
      submittedAt: d.submitted_at,
      submittedBy: d.submitted_by_name,
      reviewedAt: d.reviewed_at,
      reviewedBy: d.reviewed_by_name,
      comment: d.comment,
    })),
    draftState: p.draft_state,
    reopenState: p.reopen_state,
    superiorReview: (p.superior_review ?? null) as 'further' | 'overdue' | 'overdue_report' | null,
    superiorUnitCode: p.superior_unit_code ?? null,
    timeline: events.map((e) => ({
      id: e.id,
      label: timelineLabel(e.action),
      at: e.at,
      onDate: e.on_date,
      actorName: e.actor_name,
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      payload: JSON.parse(e.payload) as Record<string, unknown>,
      public: e.public === 1,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      mediaType: a.media_type,
      size: a.size,
      purpose: a.purpose,
      uploadedAt: a.uploaded_at,
    })),
    mediaLinks,
    links: {
      parent:
        parent && visible(parent.unit_code)
          ? {
              id: parent.id,
              trackingCode: parent.tracking_code,
              kind: parent.kind,
              status: parent.status,
              linkType: p.link_type,
            }
          : null,
      children: children
        .filter((c) => visible(c.unit_code))
        .map((c) => ({
          id: c.id,
          trackingCode: c.tracking_code,
          kind: c.kind,
          status: c.status,
          linkType: c.link_type ?? 'duplicate',
        })),
      sameLetter: sameLetter
        .filter((c) => visible(c.unit_code))
        .map((c) => ({
          id: c.id,
          trackingCode: c.tracking_code,
          kind: c.kind,
          status: c.status,
          linkType: 'same_letter',
        })),
      duplicateOf:
        duplicateOf && visible(duplicateOf.unit_code)
          ? {
              id: duplicateOf.id,
              trackingCode: duplicateOf.tracking_code,
              status: duplicateOf.status,
            }
          : null,
    },
    // Never a suggestion whose score came from a sealed identity (rows stored before issue 11 may have one).
    duplicateSuggestions: suggestions
      .filter(
        (s) =>
          visible(s.unit_code) &&
          !((p.sealed === 1 || s.sealed === 1) && IDENTITY_REASON.test(s.reasons)),
      )
      .map((s) => ({
        id: s.id,
        trackingCode: s.tracking_code,
        title: s.title,
        status: s.status,
        receivedOn: s.received_on,
        score: s.score,
        reasons: JSON.parse(s.reasons) as Reason[],
        state: s.state,
      })),
    duplicateCheck: (scoring?.state ?? 'done') as 'pending' | 'failed' | 'done',
    abilities: {
      actions,
      readIdentity: mayReadIdentity,
      attach: petitionPolicy.attach(actor, facts),
      linkDuplicate: petitionPolicy.act(actor, facts, 'process_file') && p.status === 'received',
    },
  };
}

export type PetitionDetail = Awaited<ReturnType<typeof getPetition>>;
