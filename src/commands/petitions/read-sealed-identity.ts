import { appendAudit } from '../../db/audit.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';

/**
 * Reads a denouncer's sealed identity (a state secret: Law on Denunciations 2018 Art. 47). Only
 * actors with the explicit grant may; every read writes an audit event in the same transaction,
 * so no read goes unrecorded. Anyone else gets "not found", as if there were nothing to read.
 */
export async function readSealedIdentity({ ctx, actor, petitionId, purpose }: { ctx: Ctx; actor: Actor; petitionId: string; purpose: string }) {
  return inTransaction(ctx, async (tx) => {
    const p = await tx.selectFrom('petitions').select(['id', 'unit_code', 'agency_id', 'officer_id', 'sealed', 'tracking_code']).where('id', '=', petitionId).executeTakeFirst();
    const facts = p && accessFactsOf(p);
    if (!p || !facts || p.sealed !== 1 || !petitionPolicy.readIdentity(actor, facts)) throw notFound('identity');
    const people = await tx.selectFrom('sealed_identities').selectAll().where('petition_id', '=', p.id).orderBy('position').execute();
    await appendAudit(tx, ctx.engine, { actorId: actor.id, actorName: actor.username, entityType: 'petition', entityId: p.id, eventType: 'petition.identity_read', payload: { trackingCode: p.tracking_code, purpose: purpose.slice(0, 200) } }, ctx.clock.now());
    return people.map((x) => ({ position: x.position, fullName: x.full_name, address: x.address, identityNumber: x.identity_number, phone: x.phone, email: x.email, isRepresentative: x.is_representative === 1 }));
  });
}
