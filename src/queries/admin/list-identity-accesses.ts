import type { Ctx } from '../../db/context.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';

/** Audit events that touched a sealed identity: reads, refused reads, identity-based duplicate matches. */
export const IDENTITY_ACCESS_EVENTS = [
  'petition.identity_read',
  'petition.identity_read_refused',
  'petition.identity_matched',
] as const;

const OUTCOME = {
  'petition.identity_read': 'allowed',
  'petition.identity_read_refused': 'refused',
  'petition.identity_matched': 'matched',
} as const;

export interface IdentityAccess {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  petitionId: string;
  trackingCode: string | null;
  purpose: string | null;
  /** allowed: identity shown; refused: not shown; matched: a duplicate check matched it (grant holders only). */
  outcome: 'allowed' | 'refused' | 'matched';
  reason: string | null;
}

/**
 * Who touched which sealed identity, when, for what purpose, allowed or refused — from the audit
 * trail, newest first, paged by sequence number. Never the identity itself (the audit payloads do
 * not hold it). Administrators and auditors only (`audit.read`); anyone else: not found.
 */
export async function listIdentityAccesses({
  ctx,
  actor,
  outcome,
  before,
  limit = 100,
}: {
  ctx: Ctx;
  actor: Actor;
  outcome?: IdentityAccess['outcome'] | undefined;
  before?: number | undefined;
  limit?: number;
}) {
  if (!hasAbility(actor, 'audit.read')) throw notFound('page');
  const types = outcome
    ? IDENTITY_ACCESS_EVENTS.filter((t) => OUTCOME[t] === outcome)
    : [...IDENTITY_ACCESS_EVENTS];
  let q = ctx.db
    .selectFrom('audit_events')
    .select(['seq', 'at', 'actor_id', 'actor_name', 'entity_id', 'event_type', 'payload'])
    .where('event_type', 'in', types);
  if (before) q = q.where('seq', '<', before);
  const rows = await q
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
  const items: IdentityAccess[] = rows.slice(0, limit).map((r) => {
    const p = JSON.parse(r.payload) as {
      trackingCode?: string | null;
      purpose?: string;
      reason?: string;
    };
    return {
      seq: r.seq,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      petitionId: r.entity_id,
      trackingCode: p.trackingCode ?? null,
      purpose: p.purpose ?? null,
      outcome: OUTCOME[r.event_type as keyof typeof OUTCOME],
      reason: p.reason ?? null,
    };
  });
  return { items, nextBefore: rows.length > limit ? items[items.length - 1]!.seq : null };
}
