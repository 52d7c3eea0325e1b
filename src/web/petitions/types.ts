import type { JsonBody, JsonResponse, QueryOf, Schema } from '../api/response-types';

/**
 * Shapes of the petition endpoints (src/http/petitions/*), all taken from the generated client
 * (schema.d.ts): the server's document is the one source. PetitionFilter is the list query as
 * the screens hold it (arrays and booleans where the query string has comma lists and 'true').
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

type ListQuery = QueryOf<'/api/v1/petitions', 'get'>;

/**
 * Query of GET /api/v1/petitions as the screens hold it: the document's parameters, with the
 * comma lists (kind, status) as arrays and the 'true'/'false' flags as booleans (filterQuery in
 * api.ts joins them when sent); paging (cursor, limit) is the list's, not the filter's.
 */
export type PetitionFilter = Omit<
  ListQuery,
  'kind' | 'status' | 'open' | 'mine' | 'waitingForMe' | 'cursor' | 'limit'
> & {
  kind?: string[];
  status?: string[];
  open?: boolean;
  mine?: boolean;
  /** Cases whose next step is the caller's (by person, or by role in their unit). */
  waitingForMe?: boolean;
};

/** POST /api/v1/petitions: the intake's body. */
export type SubmitPetitionInput = JsonBody<'/api/v1/petitions', 'post'>;
export type PetitionerInput = SubmitPetitionInput['petitioners'][number];
export type PetitionKind = SubmitPetitionInput['kinds'][number];
export type Channel = SubmitPetitionInput['channel'];

/** A likely duplicate found while registering (POST /api/v1/petitions/duplicate-check). */
export type DuplicateCandidate = JsonResponse<
  '/api/v1/petitions/duplicate-check',
  'post'
>['duplicates'][number];

export type SubmitPetitionResult = JsonResponse<'/api/v1/petitions', 'post'>;
export type CreatedCase = SubmitPetitionResult['cases'][number];

/** GET /api/v1/petitions/{id}: the case file. */
export type CaseFile = Schema<'PetitionDetail'>;
export type DeadlineExplanation = Schema<'DeadlineExplanation'>;
export type CaseDeadline = CaseFile['deadlines'][number];
export type TimelineEvent = CaseFile['timeline'][number];
export type CaseLink = CaseFile['links']['children'][number];
/** Who must act next, what and by when; null once closed. */
export type NextStep = NonNullable<CaseFile['nextStep']>;
/** A drafted answer or decision submitted for signature (trình ký), newest first. */
export type CaseDraft = CaseFile['drafts'][number];

export type Petitioner = JsonResponse<
  '/api/v1/petitions/{id}/identity',
  'post'
>['petitioners'][number];

/** POST /api/v1/petitions/{id}/attachments: the stored file. */
export type UploadedAttachment = JsonResponse<'/api/v1/petitions/{id}/attachments', 'post'>;

export type Assignee = JsonResponse<'/api/v1/petitions/{id}/assignees', 'get'>['items'][number];

/** GET /api/v1/reception-register: one visit of the register. */
export type RegisterEntry = Schema<'RegisterEntry'>;

export type AppNotification = JsonResponse<'/api/v1/notifications', 'get'>['items'][number];

/** GET /api/v1/petitions/feedback-summary: the petitioners' ratings and re-open requests. */
export type FeedbackSummary = JsonResponse<'/api/v1/petitions/feedback-summary', 'get'>;
