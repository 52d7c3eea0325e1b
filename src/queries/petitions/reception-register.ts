import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { hasAbility } from '../../domain/access/actor.js';
import {
  IDENTITY_DOCUMENT_LABELS,
  identificationRule,
  type IdentityDocumentType,
} from '../../domain/petition/reception-rules.js';
import type { Label } from '../../domain/petition/types.js';
import { unitScope } from '../units/unit-scope.js';

/**
 * The identity check of a visit on a day the identification rule was in force (from 01/07/2026):
 * `checked` with the document's kind, `not_checked` with the reason (hidden for a denunciation,
 * whose record is sealed), or `not_recorded`. Never the document's number.
 */
export interface RegisterIdentityCheck {
  ruleId: string;
  /** True while the rule's source is not confirmed ("chưa xác minh nguồn"). */
  sourceUnconfirmed: boolean;
  state: 'checked' | 'not_checked' | 'not_recorded';
  documentType: string | null;
  documentLabel: Label | null;
  reason: string | null;
}

function identityCheckOf(r: {
  visit_on: string;
  identity_doc_type: string | null;
  identity_unchecked_reason: string | null;
  hidden: boolean;
}): RegisterIdentityCheck | null {
  const rule = identificationRule('in_person', r.visit_on);
  if (!rule) return null;
  const type = r.identity_doc_type;
  return {
    ruleId: rule.id,
    sourceUnconfirmed: rule.verify,
    state: type ? 'checked' : r.identity_unchecked_reason ? 'not_checked' : 'not_recorded',
    documentType: type,
    documentLabel: type ? (IDENTITY_DOCUMENT_LABELS[type as IdentityDocumentType] ?? null) : null,
    reason: type || r.hidden ? null : r.identity_unchecked_reason,
  };
}

/**
 * The reception register (sổ tiếp công dân): in-person visits in the order of the paper register,
 * with the citizen's name only where the actor may see it (never a denouncer's), and from
 * 01/07/2026 whether the person was identified (never a denouncer's document number).
 */
export async function receptionRegister({
  ctx,
  actor,
  unit,
  from,
  to,
  limit = 100,
}: {
  ctx: Ctx;
  actor: Actor;
  unit?: string;
  from?: string;
  to?: string;
  limit?: number;
}) {
  if (!hasAbility(actor, 'petition.read')) return { items: [] };
  let q = ctx.db
    .selectFrom('reception_visits as v')
    .leftJoin('petitions as p', 'p.id', 'v.petition_id')
    .leftJoin('users as r', 'r.id', 'v.receiver_id')
    .select([
      'v.id',
      'v.visit_on',
      'v.unit_code',
      'v.identity_paper',
      'v.identity_doc_type',
      'v.identity_unchecked_reason',
      'v.people_count',
      'v.handled_by_body',
      'v.direction',
      'v.follow_up',
      'p.id as petition_id',
      'p.tracking_code',
      'p.kind',
      'p.title',
      'p.content',
      'p.sealed',
      'p.status',
      'r.display_name as receiver',
    ])
    .orderBy('v.visit_on', 'desc')
    .orderBy('v.created_at', 'desc')
    .limit(Math.min(limit, 500));
  if (!actor.scope.has('*')) q = q.where('v.unit_code', 'in', [...actor.scope]);
  if (unit) q = q.where('v.unit_code', 'in', [...(await unitScope(ctx.db, unit))]);
  if (from) q = q.where('v.visit_on', '>=', from);
  if (to) q = q.where('v.visit_on', '<=', to);
  const rows = await q.execute();
  const ids = rows.filter((r) => r.petition_id && !r.sealed).map((r) => r.petition_id!);
  const people =
    ids.length && actor.role !== 'viewer'
      ? await ctx.db
          .selectFrom('petitioners')
          .select(['petition_id', 'full_name', 'address', 'position'])
          .where('petition_id', 'in', ids)
          .orderBy('position')
          .execute()
      : [];
  const first = new Map<string, { full_name: string; address: string | null }>();
  for (const p of people) if (!first.has(p.petition_id)) first.set(p.petition_id, p);
  // A denunciation's identity is sealed: no number or reason in the list, even if unsealed by mistake.
  const hidden = (r: { sealed: number | null; kind: string | null }) =>
    r.sealed === 1 || r.kind === 'denunciation';
  return {
    items: rows.map((r) => ({
      id: r.id,
      visitOn: r.visit_on,
      unitCode: r.unit_code,
      citizenName: r.sealed ? null : (first.get(r.petition_id ?? '')?.full_name ?? null),
      citizenAddress: r.sealed ? null : (first.get(r.petition_id ?? '')?.address ?? null),
      identitySealed: r.sealed === 1,
      identityPaper: hidden(r) ? null : r.identity_paper,
      identityCheck: identityCheckOf({ ...r, hidden: hidden(r) }),
      peopleCount: r.people_count,
      kind: r.kind,
      content: r.title,
      handledByBody: r.handled_by_body,
      direction: r.direction,
      followUp: r.follow_up,
      receiver: r.receiver,
      petitionId: r.petition_id,
      trackingCode: r.tracking_code,
      status: r.status,
    })),
  };
}
