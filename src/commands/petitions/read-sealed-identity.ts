import { appendAudit } from '../../db/audit.js';
import { keyringOf, openIdentity } from '../../db/sealed-keys.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';

/**
 * Reads a denouncer's sealed identity (a state secret: Law on Denunciations 2018 Art. 47). Only
 * actors with the explicit grant may; every attempt writes an audit event, allowed
 * (`petition.identity_read`, in the same transaction as the read) or refused
 * (`petition.identity_read_refused`). Anyone refused gets "not found", as if there were nothing to read.
 */
export async function readSealedIdentity({
  ctx,
  actor,
  petitionId,
  purpose,
}: {
  ctx: Ctx;
  actor: Actor;
  petitionId: string;
  purpose: string;
}) {
  const result = await inTransaction(ctx, async (tx) => {
    const p = await tx
      .selectFrom('petitions')
      .select(['id', 'unit_code', 'agency_id', 'officer_id', 'sealed', 'tracking_code'])
      .where('id', '=', petitionId)
      .executeTakeFirst();
    const facts = p && accessFactsOf(p);
    if (!p || !facts || p.sealed !== 1 || !petitionPolicy.readIdentity(actor, facts)) return null;
    const rows = await tx
      .selectFrom('sealed_identities')
      .selectAll()
      .where('petition_id', '=', p.id)
      .orderBy('position')
      .execute();
    const keys = keyringOf(ctx);
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id,
        actorName: actor.username,
        entityType: 'petition',
        entityId: p.id,
        eventType: 'petition.identity_read',
        payload: { trackingCode: p.tracking_code, purpose: purpose.slice(0, 200) },
      },
      ctx.clock.now(),
    );
    return rows.map((x) => {
      const plain = openIdentity(keys, x);
      return {
        position: x.position,
        fullName: plain.full_name,
        address: plain.address,
        identityNumber: plain.identity_number,
        phone: plain.phone,
        email: plain.email,
        isRepresentative: x.is_representative === 1,
      };
    });
  });
  if (result) return result;
  // Refused: recorded in its own transaction (nothing else is written), then the same 404 as "nothing here".
  await inTransaction(ctx, async (tx) => {
    const p = await tx
      .selectFrom('petitions')
      .select(['id', 'tracking_code', 'sealed'])
      .where('id', '=', petitionId)
      .executeTakeFirst();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id,
        actorName: actor.username,
        entityType: 'petition',
        entityId: p?.id ?? petitionId.slice(0, 64),
        eventType: 'petition.identity_read_refused',
        payload: {
          trackingCode: p?.tracking_code ?? null,
          purpose: purpose.slice(0, 200),
          reason: !p ? 'no_such_case' : p.sealed !== 1 ? 'not_sealed' : 'not_allowed',
        },
      },
      ctx.clock.now(),
    );
  });
  throw notFound('identity');
}
