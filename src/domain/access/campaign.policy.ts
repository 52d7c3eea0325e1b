import { hasAbility, inScope, type Actor } from './actor.js';

/** Who sits on an inspection delegation and whom it inspects. */
export interface DelegationFacts {
  headUserId: string | null;
  memberUserIds: readonly string[];
  targetUnitCodes: readonly string[];
}

/** The facts of a finding that decide access: the unit it is addressed to. */
export interface FindingFacts {
  unitCode: string;
}

/** Who runs a campaign: the unit that launched it, and the participating units. */
export interface CampaignFacts {
  unitCodes: readonly string[];
  ownerUnitCode?: string | null;
  /**
   * Unit → the account its settings name to sign off its campaign reports (a unit without a head
   * account, e.g. Xã Thạnh Hóa): `unit_report_signers`, set by the unit's managers, audited.
   */
  reportSigners?: Readonly<Record<string, string>>;
}

const isAdmin = (actor: Actor) => actor.scope.has('*');
const canReadCampaignWork = (actor: Actor) =>
  hasAbility(actor, 'campaign.read') || hasAbility(actor, 'inspection.read');

/**
 * Campaigns, unit reports, inspection delegations and findings, models, dialogue conferences.
 * Default-deny; a record the actor may not read answers 404 (the caller throws notFound()).
 * A unit sees its own records (unit scope: subtree plus predecessors); a delegation member sees
 * the target units' reports and manages the findings; administrators see everything.
 */
export const campaignPolicy = {
  /**
   * Member of the delegation: named as head or member by user id, or an inspector whose scope
   * covers one of the target units (the province commission's officers), or an administrator.
   */
  isDelegationMember(actor: Actor, d: DelegationFacts): boolean {
    if (isAdmin(actor)) return true;
    if (d.headUserId === actor.id || d.memberUserIds.includes(actor.id)) return true;
    return (
      (actor.role === 'inspector' || actor.role === 'mobiliser') &&
      hasAbility(actor, 'inspection.manage') &&
      d.targetUnitCodes.some((u) => inScope(actor, u))
    );
  },

  readCampaign(actor: Actor, c: { unitCodes: readonly string[] }): boolean {
    if (isAdmin(actor)) return true;
    return canReadCampaignWork(actor) && c.unitCodes.some((u) => inScope(actor, u));
  },

  /**
   * Launch a campaign (no facts), or change / run one: campaign.manage over the owning unit (a
   * campaign without an owner, from before issue 14: over every participating unit).
   */
  manageCampaign(actor: Actor, c?: CampaignFacts): boolean {
    if (!hasAbility(actor, 'campaign.manage')) return false;
    if (!c || isAdmin(actor)) return true;
    return c.ownerUnitCode
      ? inScope(actor, c.ownerUnitCode)
      : c.unitCodes.length > 0 && c.unitCodes.every((u) => inScope(actor, u));
  },

  /** A unit's report: the unit (scope) or a delegation inspecting the unit. */
  readReport(
    actor: Actor,
    r: { unitCode: string },
    delegations: readonly DelegationFacts[],
    namedSignerId?: string | null,
  ): boolean {
    if (isAdmin(actor)) return true;
    if (namedSignerId === actor.id && hasAbility(actor, 'campaign.read')) return true;
    if (hasAbility(actor, 'campaign.read') && inScope(actor, r.unitCode)) return true;
    return delegations.some(
      (d) => d.targetUnitCodes.includes(r.unitCode) && this.isDelegationMember(actor, d),
    );
  },

  /** Write and submit the unit's report. */
  writeReport(actor: Actor, r: { unitCode: string }): boolean {
    return hasAbility(actor, 'campaign.report') && inScope(actor, r.unitCode);
  },

  /**
   * Sign off: the head (ability campaign.signoff) of the unit or of a unit above it, the person the
   * unit's settings name (a unit without a head account), or the campaign's owner.
   */
  signOffReport(actor: Actor, r: { unitCode: string }, campaign?: CampaignFacts): boolean {
    if (campaign && campaign.unitCodes.includes(r.unitCode) && this.manageCampaign(actor, campaign))
      return true;
    if (campaign?.reportSigners?.[r.unitCode] === actor.id && hasAbility(actor, 'campaign.read'))
      return true;
    return hasAbility(actor, 'campaign.signoff') && inScope(actor, r.unitCode);
  },

  /** Return for revision: the head, the campaign's owner, or a delegation inspecting the unit. */
  returnReport(
    actor: Actor,
    r: { unitCode: string },
    delegations: readonly DelegationFacts[],
    campaign?: CampaignFacts,
  ): boolean {
    return (
      this.signOffReport(actor, r, campaign) ||
      delegations.some(
        (d) => d.targetUnitCodes.includes(r.unitCode) && this.isDelegationMember(actor, d),
      )
    );
  },

  /** Create a delegation: inspection.manage over every target unit. */
  createDelegation(actor: Actor, targetUnitCodes: readonly string[]): boolean {
    return (
      hasAbility(actor, 'inspection.manage') &&
      targetUnitCodes.length > 0 &&
      targetUnitCodes.every((u) => inScope(actor, u))
    );
  },

  /** See the delegation: its members, and the target units (which then see only their own findings). */
  readDelegation(actor: Actor, d: DelegationFacts): boolean {
    if (this.isDelegationMember(actor, d)) return true;
    return canReadCampaignWork(actor) && d.targetUnitCodes.some((u) => inScope(actor, u));
  },

  /** Change the delegation itself (decision, members, targets, sessions). */
  manageDelegation(actor: Actor, d: DelegationFacts): boolean {
    return hasAbility(actor, 'inspection.manage') && this.isDelegationMember(actor, d);
  },

  /** Record findings, accept or return answers: any member of the delegation. */
  manageFindings(actor: Actor, d: DelegationFacts): boolean {
    return this.isDelegationMember(actor, d);
  },

  readFinding(actor: Actor, d: DelegationFacts, f: FindingFacts): boolean {
    if (this.isDelegationMember(actor, d)) return true;
    return canReadCampaignWork(actor) && inScope(actor, f.unitCode);
  },

  /** Answer a clarification request / report progress on a recommendation: the addressed unit. */
  answerFinding(actor: Actor, f: FindingFacts): boolean {
    return (
      (hasAbility(actor, 'inspection.answer') || hasAbility(actor, 'campaign.report')) &&
      inScope(actor, f.unitCode)
    );
  },

  /**
   * Name who signs off a unit's campaign reports: an administrator, or a campaign manager or head
   * whose area covers the unit.
   */
  setReportSigner(actor: Actor, unitCode: string): boolean {
    if (isAdmin(actor)) return true;
    return (
      (hasAbility(actor, 'campaign.manage') || hasAbility(actor, 'campaign.signoff')) &&
      inScope(actor, unitCode)
    );
  },

  readModel(actor: Actor, m: { unitCode: string }): boolean {
    return isAdmin(actor) || (canReadCampaignWork(actor) && inScope(actor, m.unitCode));
  },

  /** Register and edit a model: the unit. */
  writeModel(actor: Actor, m: { unitCode: string }): boolean {
    return hasAbility(actor, 'campaign.report') && inScope(actor, m.unitCode);
  },

  /** Survey, recognise, replicate, commend: a head, an inspector or a campaign manager over the unit. */
  assessModel(actor: Actor, m: { unitCode: string }): boolean {
    const able =
      hasAbility(actor, 'campaign.signoff') ||
      hasAbility(actor, 'inspection.manage') ||
      hasAbility(actor, 'campaign.manage');
    return able && inScope(actor, m.unitCode);
  },

  readDialogue(actor: Actor, c: { unitCode: string }): boolean {
    return isAdmin(actor) || (canReadCampaignWork(actor) && inScope(actor, c.unitCode));
  },

  /** Organise a dialogue conference and track its commitments: the commune's officers. */
  manageDialogue(actor: Actor, c: { unitCode: string }): boolean {
    return hasAbility(actor, 'campaign.report') && inScope(actor, c.unitCode);
  },
};
