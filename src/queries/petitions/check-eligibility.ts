import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { notFound } from '../../domain/errors.js';
import {
  recommendOutcome,
  type Channel,
  type OutcomeRecommendation,
  type PetitionKind,
  type PetitionLanguage,
} from '../../domain/petition/index.js';

/** What the processing officer observes on the paper petition (the system cannot see it). */
export interface EligibilityObservations {
  language: PetitionLanguage;
  datedOn?: string | null;
  signed?: boolean;
  insulting?: boolean;
  illegible?: boolean;
  withinAuthority: boolean;
  beingHandledElsewhere?: boolean;
  namesViolator?: boolean;
  hasCheckableEvidence?: boolean;
}

/**
 * The eligibility checks of Circular 05/2021 Art. 6 (and Law on Denunciations Art. 25 for
 * anonymous denunciations) on a case, combining what the system knows (kind, channel, content,
 * petitioners' names and addresses, a confirmed duplicate) with the officer's observations, and
 * the processing outcome they lead to, with reasons. Reads only; the officer then takes the action.
 */
export async function checkEligibility({
  ctx,
  actor,
  petitionId,
  observed,
}: {
  ctx: Ctx;
  actor: Actor;
  petitionId: string;
  observed: EligibilityObservations;
}): Promise<OutcomeRecommendation> {
  const p = await ctx.db
    .selectFrom('petitions')
    .selectAll()
    .where('id', '=', petitionId)
    .executeTakeFirst();
  const facts = p && accessFactsOf(p);
  if (!p || !facts || !petitionPolicy.act(actor, facts, 'process_accept'))
    throw notFound('petition');
  // Only presence of name and address matters here; a sealed identity is read without leaving this function.
  const people = await ctx.db
    .selectFrom(p.sealed ? 'sealed_identities' : 'petitioners')
    .select(['full_name', 'address'])
    .where('petition_id', '=', p.id)
    .execute();
  const linked = await ctx.db
    .selectFrom('duplicate_suggestions as d')
    .innerJoin('petitions as c', 'c.id', 'd.candidate_id')
    .select('c.status')
    .where('d.petition_id', '=', p.id)
    .where('d.state', '=', 'linked')
    .execute();
  return recommendOutcome({
    kind: p.kind as PetitionKind,
    channel: p.channel as Channel,
    language: observed.language,
    datedOn: observed.datedOn ?? p.received_on,
    petitioners: people.map((x) => ({
      fullName: x.full_name,
      address: x.address,
      signed: observed.signed ?? true,
    })),
    content: p.content,
    insulting: observed.insulting ?? false,
    illegible: observed.illegible ?? false,
    duplicateAlreadyHandled: p.duplicate_of !== null || linked.length > 0,
    withinAuthority: observed.withinAuthority,
    beingHandledElsewhere: observed.beingHandledElsewhere ?? false,
    namesViolator: observed.namesViolator ?? false,
    hasCheckableEvidence: observed.hasCheckableEvidence ?? false,
  });
}
