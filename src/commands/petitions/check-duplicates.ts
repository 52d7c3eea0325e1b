import { appendAudit } from '../../db/audit.js';
import { keyringOf } from '../../db/sealed-keys.js';
import type { Actor } from '../../domain/access/actor.js';
import { petitionPolicy } from '../../domain/access/petition.policy.js';
import { notFound } from '../../domain/errors.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import {
  findDuplicateFindings,
  type DuplicateProbe,
  type DuplicateSuggestion,
} from './find-duplicates.js';

/**
 * Live duplicate suggestions while a petition is typed in. Authorised here (intake for the unit).
 * Sealed identities are matched only for an actor with the grant, and every such match is audited
 * like a reveal (in one transaction with nothing else); everyone else gets content-based results.
 */
export async function checkDuplicates({
  ctx,
  actor,
  probe,
}: {
  ctx: Ctx;
  actor: Actor;
  probe: DuplicateProbe;
}): Promise<DuplicateSuggestion[]> {
  if (!petitionPolicy.intake(actor, probe.unitCode)) throw notFound('unit');
  const findings = await findDuplicateFindings(
    ctx.db,
    { ...probe, receivedOn: probe.receivedOn ?? ctx.clock.today() },
    actor.canReadIdentity ? { sealedMatch: { actor, keys: keyringOf(ctx) } } : {},
  );
  if (findings.sealedMatches.length) {
    await inTransaction(ctx, async (tx) => {
      for (const m of findings.sealedMatches) {
        await appendAudit(
          tx,
          ctx.engine,
          {
            actorId: actor.id,
            actorName: actor.username,
            entityType: 'petition',
            entityId: m.id,
            eventType: 'petition.identity_matched',
            payload: {
              trackingCode: m.trackingCode,
              purpose: 'duplicate_check',
              signals: m.signals,
            },
          },
          ctx.clock.now(),
        );
      }
    });
  }
  return findings.forCaller.filter((d) =>
    petitionPolicy.read(actor, {
      unitCode: d.unitCode,
      agencyId: null,
      officerId: null,
      sealed: false,
    }),
  );
}
