import type { JsonResponse, Schema } from '../api/response-types';
import type { Localized } from '../i18n/language';

/**
 * Shapes of the petition endpoints (src/http/petitions/*): taken from the generated client
 * (schema.d.ts) where the server's document declares them in full; the rest are declared here
 * until the document does (the case file's deadline state and suggestion reasons, the register),
 * plus the screens' own state (PetitionFilter, SubmitPetitionInput).
 */

/** GET /api/v1/reference: every label the petition screens show. */
export type Reference = Schema<'Reference'>;
export type Topic = Reference['topics'][number];

/** GET /api/v1/petitions: one page of the list. */
export type PetitionPage = JsonResponse<'/api/v1/petitions', 'get'>;

export type PetitionListItem = PetitionPage['items'][number];

/** The waiting step of a listed case, in plain words. */
export type ListNextStep = NonNullable<PetitionListItem['nextStep']>;
export type DeadlineState = PetitionListItem['deadlineState'];

/** Query of GET /api/v1/petitions, as the screens hold it (arrays joined when sent). */
export interface PetitionFilter {
  q?: string;
  unit?: string;
  kind?: string[];
  status?: string[];
  topic?: string;
  channel?: string;
  officer?: string;
  agency?: string;
  deadline?: 'on_time' | 'due_soon' | 'overdue';
  open?: boolean;
  mine?: boolean;
  /** Cases whose next step is the caller's (by person, or by role in their unit). */
  waitingForMe?: boolean;
  from?: string;
  to?: string;
  sort?: 'due' | 'received';
}

export interface PetitionerInput {
  fullName: string;
  address?: string | null;
  identityNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  isRepresentative?: boolean;
}

export interface SubmitPetitionInput {
  unitCode: string;
  kinds: string[];
  channel: string;
  topicCode?: string | null;
  title: string;
  content: string;
  receivedOn?: string;
  petitioners: PetitionerInput[];
  manySignatories?: boolean;
  signatoryCount?: number;
  anonymous?: boolean;
  remoteArea?: boolean;
  location?: string | null;
  parts?: Array<{ kind: string; title: string; content: string }> | null;
  reception?: {
    identityPaper?: string | null;
    identityCheck?: {
      documentType?: 'citizen_id' | 'passport' | 'other' | null;
      documentNumber?: string | null;
      notCheckedReason?: string | null;
    } | null;
    peopleCount?: number;
    handledByBody?: string | null;
    direction?: string | null;
    followUp?: string | null;
  } | null;
}

export interface DuplicateCandidate {
  id: string;
  trackingCode: string;
  title: string;
  status: string;
  receivedOn: string;
  unitCode?: string;
  score: number;
  reasons: { code: string; vi: string; en: string }[];
  state?: string;
}

export type CreatedCase = SubmitPetitionResult['cases'][number];

export type SubmitPetitionResult = JsonResponse<'/api/v1/petitions', 'post'>;

export interface SkippedDay {
  date: string;
  reason: string;
  name?: Localized;
  source?: string;
}

export interface DeadlineExplanation {
  start: string;
  rule: { id: string; source: string } | null;
  counting: 'working' | 'calendar' | (string & {});
  days: number;
  counted: number;
  skipped: SkippedDay[];
  movedFrom?: string;
  pauses: { from: string; to?: string | null; reason?: string }[];
  extensions: { at: string; days: number; reason?: string }[];
  due: string | null;
  remaining?: number;
  textVi: string;
  textEn: string;
}

export interface CaseDeadline {
  id: string;
  step: string;
  ruleId: string;
  startOn: string;
  days: number;
  counting: string;
  dueOn: string | null;
  state: string;
  metOn: string | null;
  explanation: DeadlineExplanation;
}

export type Petitioner = JsonResponse<
  '/api/v1/petitions/{id}/identity',
  'post'
>['petitioners'][number];

export interface TimelineEvent {
  id: string;
  at: string;
  onDate: string;
  actorName: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  payload: Record<string, unknown>;
  public: boolean;
  /** The event in plain words (every event type, including the citizen's). */
  label?: Localized;
}

export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  purpose: string;
  uploadedAt: string;
}

export interface CaseLink {
  id: string;
  trackingCode: string;
  kind?: string;
  status: string;
  linkType?: string | null;
}

/** GET /api/v1/petitions/{id}: the case file. */
export interface CaseFile {
  id: string;
  trackingCode: string;
  status: string;
  version: number;
  unit: { code: string; name: string; nameEn: string | null; level: string };
  agency: { id: string; name: Localized } | null;
  officer: { id: string; name: string } | null;
  kind: string;
  channel: string;
  topic: { code: string; name: Localized } | null;
  title: string;
  content: string;
  location: string | null;
  round: number;
  receivedOn: string;
  acceptedOn: string | null;
  decidedOn: string | null;
  closedOn: string | null;
  result: string | null;
  forwardedTo: string | null;
  publicAnswer: string | null;
  published: boolean;
  manySignatories: boolean;
  signatoryCount: number | null;
  anonymous: boolean;
  sealed: boolean;
  remoteArea: boolean;
  extensionCount: number;
  sample: boolean;
  deadline: { dueOn: string | null; step: string | null; state: DeadlineState };
  deadlines: CaseDeadline[];
  petitioners: Petitioner[];
  timeline: TimelineEvent[];
  attachments: Attachment[];
  /** Picture links an Open311 client (FixMyStreet) sent as media_url. */
  mediaLinks?: string[];
  links: { parent: CaseLink | null; children: CaseLink[]; duplicateOf: CaseLink | null };
  duplicateSuggestions: DuplicateCandidate[];
  abilities: { actions: string[]; readIdentity: boolean; attach: boolean; linkDuplicate: boolean };
  /** Who must act next, what and by when; null once closed. */
  nextStep: NextStep | null;
  /** null | submitted | returned */
  draftState: string | null;
  /** null | requested | reopened | refused */
  reopenState: string | null;
  drafts: CaseDraft[];
  feedback: CaseFeedback;
}

export interface NextStep {
  action: string;
  role: string;
  userId: string | null;
  unitCode: string;
  dueOn: string | null;
  /** What must be done, in plain words. */
  label: Localized;
  /** Who must do it (the officer's name, or the role in the unit). */
  who: Localized;
  /** True when the step is the caller's. */
  mine: boolean;
}

/** A drafted answer or decision submitted for signature (trình ký), newest first. */
export interface CaseDraft {
  id: string;
  state: string;
  payload: Record<string, unknown>;
  comment: string | null;
  submittedAt: string;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
}

/** The petitioner's ratings and re-open requests. */
export interface CaseFeedback {
  ratings: { id: string; at: string; rating: number | null; comment: string | null }[];
  reopenRequests: {
    id: string;
    at: string;
    reason: string | null;
    decision: string | null;
    decisionReason: string | null;
    decidedAt: string | null;
  }[];
}

export type Assignee = JsonResponse<'/api/v1/petitions/{id}/assignees', 'get'>['items'][number];

export interface RegisterEntry {
  id: string;
  visitOn: string;
  unitCode: string;
  citizenName: string | null;
  citizenAddress: string | null;
  identitySealed: boolean;
  identityPaper: string | null;
  peopleCount: number | null;
  kind: string | null;
  content: string | null;
  handledByBody: string | null;
  direction: string | null;
  followUp: string | null;
  receiver: string | null;
  petitionId: string | null;
  trackingCode: string | null;
  status: string | null;
}

export type AppNotification = JsonResponse<'/api/v1/notifications', 'get'>['items'][number];

/** GET /api/v1/petitions/feedback-summary: the petitioners' ratings and re-open requests. */
export type FeedbackSummary = JsonResponse<'/api/v1/petitions/feedback-summary', 'get'>;
