import { HANDLER_ISSUE_KINDS, type PetitionAction } from '../petition/lifecycle-table.js';
import type { PetitionKind } from '../petition/kinds.js';
import { hasAbility, inScope, type Actor } from './actor.js';
import type { Ability } from './roles.js';

/** The facts of a case that decide who may do what. */
export interface PetitionAccessFacts {
  unitCode: string;
  agencyId: string | null;
  officerId: string | null;
  sealed: boolean;
  /** The case kind (for the unit setting below). */
  kind?: string;
  /** The unit lets handlers issue answers to recommendations and feedback themselves (audited setting). */
  handlersIssueInformal?: boolean;
  /** The superior unit recorded for a denunciation further denounced or overdue (Art. 37-38). */
  superiorUnitCode?: string | null;
}

/** The access facts of a stored case (column names as stored). */
export function accessFactsOf(p: {
  unit_code: string;
  agency_id: string | null;
  officer_id: string | null;
  sealed: number;
  superior_unit_code?: string | null;
}): PetitionAccessFacts {
  return {
    unitCode: p.unit_code,
    agencyId: p.agency_id,
    officerId: p.officer_id,
    sealed: p.sealed === 1,
    superiorUnitCode: p.superior_unit_code ?? null,
  };
}

/** Which ability each lifecycle action needs (default-deny: an action not listed is refused). */
const ACTION_ABILITY: Readonly<Record<PetitionAction, Ability>> = {
  process_accept: 'petition.process',
  process_return: 'petition.process',
  process_forward: 'petition.process',
  process_urge: 'petition.process',
  process_file: 'petition.process',
  record_forward_reply: 'petition.process',
  assign: 'petition.assign',
  reassign: 'petition.assign',
  decline_assignment: 'petition.handle',
  start_verification: 'petition.handle',
  add_verification_note: 'petition.handle',
  hold_dialogue: 'petition.handle',
  publish: 'petition.handle',
  organise_enforcement: 'petition.handle',
  close: 'petition.handle',
  withdraw: 'petition.handle',
  withdraw_partly: 'petition.handle',
  decide: 'petition.decide',
  extend: 'petition.decide',
  suspend: 'petition.decide',
  resume: 'petition.decide',
  terminate: 'petition.decide',
  open_second_complaint: 'petition.intake',
  submit_draft: 'petition.handle',
  approve_draft: 'petition.decide',
  return_draft: 'petition.decide',
  reopen: 'petition.decide',
  refuse_reopen: 'petition.decide',
  record_sending: 'petition.handle',
  // The superior's part in a denunciation (Law on Denunciations 2018 Art. 37-38).
  receive_further_denunciation: 'petition.intake',
  conclude_further_review: 'petition.decide',
  request_overdue_report: 'petition.decide',
  record_overdue_report: 'petition.decide',
};

/** Actions a handling officer may take only on cases assigned to them or their agency. */
const ASSIGNEE_ONLY: ReadonlySet<PetitionAction> = new Set([
  'submit_draft',
  'decline_assignment',
  'start_verification',
  'add_verification_note',
  'hold_dialogue',
  'publish',
  'organise_enforcement',
  'close',
  'withdraw',
  'withdraw_partly',
]);

/**
 * The superior's decisions on a denunciation (Law on Denunciations 2018 Art. 37-38): once a
 * superior unit is recorded on the case, only people whose scope covers that unit take them (the
 * resolving unit does not review its own resolution).
 */
const SUPERIOR_ONLY: ReadonlySet<PetitionAction> = new Set([
  'conclude_further_review',
  'request_overdue_report',
  'record_overdue_report',
]);

/** Petition policy: one place, default-deny, scoped by unit. */
export const petitionPolicy = {
  /** May the actor see the case at all? (Otherwise it answers 404.) */
  read(actor: Actor, p: PetitionAccessFacts): boolean {
    return hasAbility(actor, 'petition.read') && inScope(actor, p.unitCode);
  },

  /** May the actor register a petition for this unit? */
  intake(actor: Actor, unitCode: string): boolean {
    return hasAbility(actor, 'petition.intake') && inScope(actor, unitCode);
  },

  /** May the actor file a petition online as a citizen (portal, public API, Open311)? */
  submitOnline(actor: Actor): boolean {
    return hasAbility(actor, 'petition.submit');
  },

  /** May the actor take this lifecycle action on the case (state permitting)? */
  act(actor: Actor, p: PetitionAccessFacts, action: PetitionAction): boolean {
    if (!this.read(actor, p)) return false;
    if (
      actor.role === 'handler' &&
      action === 'decide' &&
      p.handlersIssueInformal &&
      HANDLER_ISSUE_KINDS.includes(p.kind as PetitionKind)
    ) {
      return p.officerId === actor.id;
    }
    if (!hasAbility(actor, ACTION_ABILITY[action])) return false;
    if (SUPERIOR_ONLY.has(action) && p.superiorUnitCode && !inScope(actor, p.superiorUnitCode))
      return false;
    if (actor.role === 'handler' && ASSIGNEE_ONLY.has(action)) {
      return (
        p.officerId === actor.id ||
        (p.officerId === null && p.agencyId !== null && p.agencyId === actor.agencyId)
      );
    }
    if (actor.role === 'handler' && action === 'decline_assignment')
      return p.officerId === actor.id;
    return true;
  },

  /** May the actor read a denouncer's sealed identity? Only an explicit grant (Law on Denunciations Art. 47). */
  readIdentity(actor: Actor, p: PetitionAccessFacts): boolean {
    return this.read(actor, p) && actor.canReadIdentity;
  },

  /** May the actor see petitioners' personal data on a non-sealed case (names, phones, addresses)? */
  readPersonalData(actor: Actor, p: PetitionAccessFacts): boolean {
    return this.read(actor, p) && actor.role !== 'viewer';
  },

  /**
   * May the actor change a unit's workflow settings (e.g. handlers issuing answers to
   * recommendations and feedback themselves)? Administrators of units in scope, and the unit's own head.
   */
  changeWorkflow(actor: Actor, unitCode: string): boolean {
    if (!inScope(actor, unitCode)) return false;
    return (
      hasAbility(actor, 'admin.units') || (actor.role === 'head' && actor.unitCode === unitCode)
    );
  },

  attach(actor: Actor, p: PetitionAccessFacts): boolean {
    return (
      this.read(actor, p) &&
      (hasAbility(actor, 'petition.intake') || hasAbility(actor, 'petition.handle'))
    );
  },
};
