import type { Selectable } from 'kysely';
import type { Ctx } from '../../db/context.js';
import type { FindingResponsesTable, FindingsTable } from '../../db/schema-campaigns.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  FINDING_KIND_LABELS,
  FINDING_STATUS_LABELS,
  TIME_OF_DAY_LABELS,
  findingAllowedActions,
  isFindingOpen,
  isFindingOverdue,
  type FindingAction,
  type FindingKind,
  type FindingStatus,
  type TimeOfDay,
  type SignerCapacity,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { delegationFacts, type DelegationMember } from '../campaigns/access.js';
import { unitNames } from '../campaigns/unit-names.js';
import { loadDelegation, loadFinding, type LoadedDelegation } from './access.js';

export interface FindingView {
  id: string;
  inspectionId: string;
  sessionId: string;
  position: number;
  kind: FindingKind;
  kindLabel: { vi: string; en: string };
  text: string;
  unitCode: string;
  dueOn: string | null;
  status: FindingStatus;
  statusLabel: { vi: string; en: string };
  progressPercent: number | null;
  progressNote: string | null;
  closedOn: string | null;
  open: boolean;
  overdue: boolean;
  version: number;
  allowedActions: FindingAction[];
  responses: Array<{
    id: string;
    text: string;
    attachments: unknown[];
    respondedByName: string;
    respondedAt: string;
    decision: string | null;
    decisionNote: string | null;
    decidedAt: string | null;
  }>;
}

export function toFindingView(
  f: Selectable<FindingsTable>,
  responses: Selectable<FindingResponsesTable>[],
  actor: Actor,
  d: LoadedDelegation,
  today: string,
): FindingView {
  const kind = f.kind as FindingKind;
  const status = f.status as FindingStatus;
  const isUnit = campaignPolicy.answerFinding(actor, { unitCode: f.unit_code });
  const isDelegation = campaignPolicy.manageFindings(actor, d.facts);
  return {
    id: f.id,
    inspectionId: f.inspection_id,
    sessionId: f.session_id,
    position: f.position,
    kind,
    kindLabel: FINDING_KIND_LABELS[kind],
    text: f.text,
    unitCode: f.unit_code,
    dueOn: f.due_on,
    status,
    statusLabel: FINDING_STATUS_LABELS[status],
    progressPercent: f.progress_percent,
    progressNote: f.progress_note,
    closedOn: f.closed_on,
    open: isFindingOpen(kind, status),
    overdue: isFindingOverdue({ kind, status, dueOn: f.due_on }, today),
    version: f.version,
    allowedActions: findingAllowedActions(kind, status).filter((a) =>
      a === 'answer' || a === 'complete'
        ? isUnit
        : a === 'accept' || a === 'return' || a === 'verify' || a === 'reopen'
          ? isDelegation
          : isUnit || isDelegation,
    ),
    responses: responses
      .filter((r) => r.finding_id === f.id)
      .map((r) => ({
        id: r.id,
        text: r.text,
        attachments: JSON.parse(r.attachments) as unknown[],
        respondedByName: r.responded_by_name,
        respondedAt: r.responded_at,
        decision: r.decision,
        decisionNote: r.decision_note,
        decidedAt: r.decided_at,
      })),
  };
}

function delegationSummary(d: LoadedDelegation, names: Map<string, string>) {
  const r = d.row;
  return {
    id: r.id,
    campaignId: r.campaign_id,
    title: r.title,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    issuingBody: r.issuing_body,
    head: { userId: r.head_user_id, name: r.head_name, title: r.head_title },
    members: d.members as DelegationMember[],
    targets: d.targets.map((code) => ({ code, name: names.get(code) ?? code })),
    sample: r.sample === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Delegations the actor may see: those they sit on and those inspecting their units. */
export async function listInspections({ ctx, actor }: { ctx: Ctx; actor: Actor }) {
  const ids = (
    await ctx.db.selectFrom('inspections').select('id').orderBy('decision_date', 'desc').execute()
  ).map((r) => r.id);
  const facts = await delegationFacts(ctx.db, ids);
  const visible = ids.filter((id) => {
    const f = facts.find((x) => (x as { id?: string }).id === id);
    return f && campaignPolicy.readDelegation(actor, f);
  });
  const out = [];
  for (const id of visible) {
    const d = (await loadDelegation(ctx.db, id))!;
    out.push({
      ...delegationSummary(d, await unitNames(ctx.db, d.targets, d.row.decision_date)),
      isMember: campaignPolicy.isDelegationMember(actor, d.facts),
    });
  }
  return out;
}

/**
 * A delegation with its sessions and findings. Members see everything; a target unit sees the
 * sessions held with it and the findings addressed to it.
 */
export async function getInspection({ ctx, actor, id }: { ctx: Ctx; actor: Actor; id: string }) {
  const d = await loadDelegation(ctx.db, id);
  if (!d || !campaignPolicy.readDelegation(actor, d.facts)) throw notFound('inspection');
  const member = campaignPolicy.isDelegationMember(actor, d.facts);
  const today = ctx.clock.today();
  const sessions = await ctx.db
    .selectFrom('inspection_sessions')
    .selectAll()
    .where('inspection_id', '=', id)
    .orderBy('held_on')
    .execute();
  const findings = (
    await ctx.db
      .selectFrom('findings')
      .selectAll()
      .where('inspection_id', '=', id)
      .orderBy('position')
      .execute()
  ).filter((f) => campaignPolicy.readFinding(actor, d.facts, { unitCode: f.unit_code }));
  const responses = findings.length
    ? await ctx.db
        .selectFrom('finding_responses')
        .selectAll()
        .where(
          'finding_id',
          'in',
          findings.map((f) => f.id),
        )
        .orderBy('responded_at')
        .execute()
    : [];
  const names = await unitNames(
    ctx.db,
    [...d.targets, ...sessions.map((s) => s.unit_code)],
    d.row.decision_date,
  );
  return {
    inspection: delegationSummary(d, names),
    isMember: member,
    canManage: campaignPolicy.manageDelegation(actor, d.facts),
    sessions: sessions
      .filter(
        (s) =>
          member ||
          findings.some((f) => f.session_id === s.id) ||
          campaignPolicy.readFinding(actor, d.facts, { unitCode: s.unit_code }),
      )
      .map((s) => ({
        id: s.id,
        unitCode: s.unit_code,
        unitName: names.get(s.unit_code) ?? s.unit_code,
        heldOn: s.held_on,
        timeOfDay: s.time_of_day as TimeOfDay,
        timeOfDayLabel: TIME_OF_DAY_LABELS[s.time_of_day as TimeOfDay],
        location: s.location,
        summary: s.summary,
        noticeNumber: s.notice_number,
        signerCapacity: (s.signer_capacity ?? 'head') as SignerCapacity,
        signerName: s.signer_name,
        noticeIssuedAt: s.notice_frozen_at,
        version: s.version,
        findings: findings
          .filter((f) => f.session_id === s.id)
          .map((f) => toFindingView(f, responses, actor, d, today)),
      })),
  };
}

/** One finding with its responses. */
export async function getFinding({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}): Promise<FindingView> {
  const loaded = await loadFinding(ctx.db, id);
  if (
    !loaded ||
    !campaignPolicy.readFinding(actor, loaded.delegation.facts, {
      unitCode: loaded.finding.unit_code,
    })
  )
    throw notFound('finding');
  const responses = await ctx.db
    .selectFrom('finding_responses')
    .selectAll()
    .where('finding_id', '=', id)
    .orderBy('responded_at')
    .execute();
  return toFindingView(loaded.finding, responses, actor, loaded.delegation, ctx.clock.today());
}

/**
 * The delegation's board "at a glance": per target unit, open and overdue clarification
 * requests and recommendations, and recommendations done.
 */
export async function inspectionBoard({ ctx, actor, id }: { ctx: Ctx; actor: Actor; id: string }) {
  const d = await loadDelegation(ctx.db, id);
  if (!d || !campaignPolicy.readDelegation(actor, d.facts)) throw notFound('inspection');
  const today = ctx.clock.today();
  const findings = (
    await ctx.db.selectFrom('findings').selectAll().where('inspection_id', '=', id).execute()
  ).filter((f) => campaignPolicy.readFinding(actor, d.facts, { unitCode: f.unit_code }));
  const names = await unitNames(ctx.db, d.targets, d.row.decision_date);
  const units = d.targets
    .filter(
      (u) =>
        campaignPolicy.isDelegationMember(actor, d.facts) ||
        findings.some((f) => f.unit_code === u) ||
        campaignPolicy.readFinding(actor, d.facts, { unitCode: u }),
    )
    .map((unitCode) => {
      const mine = findings
        .filter((f) => f.unit_code === unitCode)
        .map((f) => ({
          kind: f.kind as FindingKind,
          status: f.status as FindingStatus,
          dueOn: f.due_on,
        }));
      const tally = (kind: FindingKind) => {
        const k = mine.filter((f) => f.kind === kind);
        return {
          total: k.length,
          open: k.filter((f) => isFindingOpen(f.kind, f.status)).length,
          overdue: k.filter((f) => isFindingOverdue(f, today)).length,
          awaitingReview: k.filter((f) => f.status === 'answered' || f.status === 'completed')
            .length,
          closed: k.filter((f) => !isFindingOpen(f.kind, f.status)).length,
        };
      };
      return {
        unitCode,
        unitName: names.get(unitCode) ?? unitCode,
        clarifications: tally('clarification'),
        recommendations: tally('recommendation'),
        acknowledgements: mine.filter((f) => f.kind === 'acknowledgement').length,
      };
    });
  const sum = (pick: (u: (typeof units)[number]) => number) =>
    units.reduce((s, u) => s + pick(u), 0);
  return {
    inspectionId: id,
    today,
    units,
    totals: {
      clarificationsOpen: sum((u) => u.clarifications.open),
      clarificationsOverdue: sum((u) => u.clarifications.overdue),
      recommendationsOpen: sum((u) => u.recommendations.open),
      recommendationsOverdue: sum((u) => u.recommendations.overdue),
    },
  };
}

/** Findings addressed to the actor's units (the unit's to-do list), optionally only open or overdue ones. */
export async function listMyFindings({
  ctx,
  actor,
  filter,
}: {
  ctx: Ctx;
  actor: Actor;
  filter: { kind?: FindingKind; open?: boolean; overdue?: boolean };
}): Promise<FindingView[]> {
  let q = ctx.db.selectFrom('findings').selectAll().orderBy('due_on').orderBy('position');
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  const rows = await q.execute();
  const today = ctx.clock.today();
  const out: FindingView[] = [];
  const cache = new Map<string, LoadedDelegation | null>();
  for (const f of rows) {
    if (!cache.has(f.inspection_id))
      cache.set(f.inspection_id, await loadDelegation(ctx.db, f.inspection_id));
    const d = cache.get(f.inspection_id);
    if (!d || !campaignPolicy.readFinding(actor, d.facts, { unitCode: f.unit_code })) continue;
    const responses = await ctx.db
      .selectFrom('finding_responses')
      .selectAll()
      .where('finding_id', '=', f.id)
      .orderBy('responded_at')
      .execute();
    const v = toFindingView(f, responses, actor, d, today);
    if (filter.open && !v.open) continue;
    if (filter.overdue && !v.overdue) continue;
    out.push(v);
  }
  return out;
}
