/**
 * Types of the petition lifecycle plan (see `lifecycle-plan.ts`): what a plan is computed from
 * and what it contains, as plain data.
 */
import type { Role } from '../access/roles.js';
import type {
  Complexity,
  Counting,
  DeadlineExplanation,
  DeadlineExtension,
  DeadlinePause,
  DeadlineStep,
} from '../calendar/index.js';
import type { DeadlineCaseFacts, DeadlineRow, RulesSnapshot } from './case-deadlines.js';
import type { PetitionResult } from './kinds.js';
import type { ActionInput } from './lifecycle-inputs.js';
import type { CaseState, PetitionEvent, SuperiorReview } from './lifecycle.js';
import type { PetitionAction, PetitionStatus } from './lifecycle-table.js';
import type { IsoDate } from './types.js';

/** Facts an action may need from the database before planning (see {@link PlanLookups}). */
export type LookupName = 'assignee' | 'superiorUnitCode' | 'superiorReviewUnit' | 'pendingDraft';

/** The stored facts of a case a plan reads besides its lifecycle state. */
export interface PlanCaseFacts extends DeadlineCaseFacts {
  readonly id: string;
  readonly unitCode: string;
  readonly extensionCount: number;
  readonly finishedOn: IsoDate | null;
  readonly officerId: string | null;
  /** Date of the decision, once decided. */
  readonly decidedOn: IsoDate | null;
}

/** A user named by an action's input (assignee), as the command found it. */
export interface UserFacts {
  readonly id: string;
  readonly role: Role | string;
  readonly disabled: boolean;
  readonly agencyId: string | null;
  /** True when the user works in a unit whose scope covers the case's unit. */
  readonly coversCaseUnit: boolean;
}

/**
 * Facts some actions need from the database, loaded by the command before planning because the
 * action's table row lists them in `needs` (keeps the plan pure).
 */
export interface PlanLookups {
  /** The user named by `input.assigneeId`; null when no such user. */
  readonly assignee?: UserFacts | null;
  /** The superior unit of the case's unit (where a second complaint goes by default). */
  readonly superiorUnitCode?: string | null;
  /**
   * The unit that reviews a denunciation further denounced or overdue (Law on Denunciations 2018
   * Art. 37-38): the one named in the input, else the one recorded on a review under way, else
   * the parent of the case's unit on the day; null when the unit has no superior.
   */
  readonly superiorReviewUnit?: string | null;
  /** The draft waiting for the head (its decision input as submitted); null when none. */
  readonly pendingDraft?: {
    readonly result: PetitionResult;
    readonly summary: string;
    readonly documentNumber?: string;
  } | null;
}

/** Everything a plan is computed from. */
export interface PlanInput<A extends PetitionAction = PetitionAction> {
  readonly state: CaseState;
  readonly facts: PlanCaseFacts;
  /** The case's open deadlines. */
  readonly open: readonly DeadlineRow[];
  readonly action: A;
  /** Raw input; validated against the action's schema. */
  readonly input: unknown;
  readonly today: IsoDate;
  readonly snapshot: RulesSnapshot;
  readonly lookups: PlanLookups;
}

/** What a plan builder receives: the plan input with the validated, typed input. */
export type BuildArgs<A extends PetitionAction> = Omit<PlanInput<A>, 'input'> & {
  readonly input: ActionInput<A>;
};

/** A deadline explanation as stored (an extension adds its reason). */
export type StoredExplanation = DeadlineExplanation & {
  readonly extensionReason?: string;
  readonly effectiveRuleId?: string;
};

/**
 * One change to the case's deadlines. The command applies them in this order: `close` and
 * `cancel` (of deadlines open before the action), then `revise`, then `open`.
 */
export type DeadlineOp =
  | { readonly op: 'close'; readonly steps: readonly DeadlineStep[] | 'all' }
  | { readonly op: 'cancel'; readonly steps: readonly DeadlineStep[] | 'all' }
  | {
      readonly op: 'open';
      readonly step: DeadlineStep;
      readonly ruleId: string;
      readonly startOn: IsoDate;
      readonly days: number;
      readonly counting: Counting;
      readonly due: IsoDate | null;
      readonly explanation: StoredExplanation;
    }
  | {
      readonly op: 'revise';
      /** Why: a suspension stops the clock, a resumption restarts it, an extension adds days. */
      readonly why: 'pause' | 'resume' | 'extend';
      readonly id: string;
      readonly step: DeadlineStep;
      readonly ruleId: string | null;
      readonly days: number;
      readonly pauses: readonly DeadlinePause[];
      readonly extensions: readonly DeadlineExtension[];
      readonly due: IsoDate | null;
      readonly explanation: StoredExplanation;
    };

/** Changes to the case's own fields (camelCase; the command maps them to columns). */
export interface CasePatch {
  outcome?: 'accept' | 'return_with_guidance' | 'forward' | 'urge' | 'file';
  acceptedOn?: IsoDate;
  closedOn?: IsoDate | null;
  forwardedTo?: string;
  result?: PetitionResult;
  decidedOn?: IsoDate;
  publicAnswer?: string | null;
  published?: boolean;
  hasDialogue?: boolean;
  statusBeforeSuspension?: PetitionStatus | null;
  extensionCount?: number;
  complexity?: Complexity;
  finishedOn?: IsoDate | null;
  officerId?: string | null;
  agencyId?: string | null;
  /** null | submitted | returned: a draft waiting for the head, or returned to the handler. */
  draftState?: 'submitted' | 'returned' | null;
  /** The petitioner's re-open request: reopened | refused once decided. */
  reopenState?: 'reopened' | 'refused';
  /** The superior's review of a denunciation under way (Law on Denunciations 2018 Art. 37-38). */
  superiorReview?: SuperiorReview | null;
  /** The unit whose head reviews it (see {@link PlanLookups.superiorReviewUnit}). */
  superiorUnitCode?: string | null;
}

/** A notification to queue, as data; exactly one of `toUserId` / `toRole` (the role's users whose scope covers `unitCode`). */
export interface NotificationIntent {
  readonly kind: string;
  readonly toUserId?: string;
  readonly toRole?: Role;
  readonly unitCode: string;
}

/** A linked case to create (a second complaint goes to the superior body as a new case). */
export interface NewCasePlan {
  readonly linkType: 'second_complaint';
  readonly kind: 'complaint';
  readonly round: 2;
  readonly parentId: string;
  readonly unitCode: string;
  readonly receivedOn: IsoDate;
}

/** What happens to the case's drafts (petition_drafts rows). */
export type DraftOp =
  | { readonly op: 'submit'; readonly payload: Readonly<Record<string, unknown>> }
  | { readonly op: 'approve' }
  | { readonly op: 'return'; readonly comment: string };

/** The head's decision on the petitioner's open re-open request (petition_feedback row). */
export interface ReopenDecision {
  readonly decision: 'reopened' | 'refused';
  readonly reason: string | null;
}

/** What one builder contributes. */
export interface PlanEffects {
  readonly draft?: DraftOp;
  readonly reopenDecision?: ReopenDecision;
  readonly patch?: CasePatch;
  readonly deadlines?: readonly DeadlineOp[];
  readonly notifications?: readonly NotificationIntent[];
  readonly createCase?: NewCasePlan;
  /** Overrides the table's target status (a denunciation that goes on despite its withdrawal stays where it is). */
  readonly nextStatus?: PetitionStatus;
}

/** The whole, pure plan of one action. */
export interface PetitionPlan<A extends PetitionAction = PetitionAction> {
  readonly action: A;
  readonly fromStatus: PetitionStatus;
  readonly nextStatus: PetitionStatus;
  readonly patch: CasePatch;
  readonly deadlines: readonly DeadlineOp[];
  /** The earliest open deadline after the plan (the case's `due_on` / `due_step`). */
  readonly due: { readonly dueOn: IsoDate | null; readonly dueStep: DeadlineStep | null };
  readonly event: PetitionEvent<A> & { readonly public: boolean };
  readonly notifications: readonly NotificationIntent[];
  readonly createCase?: NewCasePlan;
  readonly draft?: DraftOp;
  readonly reopenDecision?: ReopenDecision;
  /** Lookups the action needed (for the command to know what it loaded). */
  readonly needs: readonly LookupName[];
}
