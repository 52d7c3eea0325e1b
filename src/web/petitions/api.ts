import { api } from '../api/client';
import { typedApi, unwrap } from '../api/typed-client';
import type { QueryOf } from '../api/response-types';
import type {
  AppNotification,
  Assignee,
  CaseFile,
  DuplicateCandidate,
  FeedbackSummary,
  PetitionFilter,
  PetitionPage,
  Petitioner,
  Reference,
  RegisterEntry,
  SubmitPetitionInput,
  SubmitPetitionResult,
  UploadedAttachment,
} from './types';

/** The list query as sent: arrays joined with commas, booleans as 'true', empty values left out. */
export function filterQuery(
  filter: PetitionFilter,
  extra: { cursor?: string | undefined; limit?: number | undefined } = {},
): QueryOf<'/api/v1/petitions', 'get'> {
  const query: QueryOf<'/api/v1/petitions', 'get'> = {
    q: filter.q?.trim() || undefined,
    unit: filter.unit,
    kind: filter.kind?.length ? filter.kind.join(',') : undefined,
    status: filter.status?.length ? filter.status.join(',') : undefined,
    topic: filter.topic,
    channel: filter.channel,
    officer: filter.officer,
    agency: filter.agency,
    deadline: filter.deadline,
    open: filter.open ? 'true' : undefined,
    mine: filter.mine ? 'true' : undefined,
    waitingForMe: filter.waitingForMe ? 'true' : undefined,
    from: filter.from,
    to: filter.to,
    sort: filter.sort,
    ...extra,
  };
  // An empty value is not sent (a cleared field), as client.ts never sent one.
  for (const key of Object.keys(query) as (keyof typeof query)[])
    if (query[key] === '') delete query[key];
  return query;
}

// JSON calls go through the generated client (paths, parameters, bodies and answers checked
// against the server's document); only the multipart upload keeps client.ts.

export const fetchReference = (): Promise<Reference> => unwrap(typedApi.GET('/api/v1/reference'));

export const fetchPetitions = (
  filter: PetitionFilter,
  cursor?: string,
  limit = 30,
): Promise<PetitionPage> =>
  unwrap(
    typedApi.GET('/api/v1/petitions', {
      params: { query: filterQuery(filter, { cursor, limit }) },
    }),
  );

export const fetchCase = (id: string): Promise<CaseFile> =>
  unwrap(typedApi.GET('/api/v1/petitions/{id}', { params: { path: { id } } }));

export const submitPetition = (input: SubmitPetitionInput): Promise<SubmitPetitionResult> =>
  unwrap(typedApi.POST('/api/v1/petitions', { body: input }));

export const checkDuplicates = (input: {
  unitCode: string;
  topicCode?: string | null;
  title: string;
  content: string;
  petitioners: { identityNumber?: string | null; phone?: string | null }[];
}): Promise<{ duplicates: DuplicateCandidate[] }> =>
  unwrap(typedApi.POST('/api/v1/petitions/duplicate-check', { body: input }));

export const performAction = (
  id: string,
  action: string,
  input: Record<string, unknown>,
  expectedVersion: number,
) =>
  unwrap(
    typedApi.POST('/api/v1/petitions/{id}/actions/{action}', {
      params: { path: { id, action } },
      body: { input, expectedVersion },
    }),
  );

export const fetchFeedbackSummary = (
  period: { from?: string | undefined; to?: string | undefined } = {},
): Promise<FeedbackSummary> =>
  unwrap(
    typedApi.GET('/api/v1/petitions/feedback-summary', {
      params: {
        query: {
          ...(period.from ? { from: period.from } : {}),
          ...(period.to ? { to: period.to } : {}),
        },
      },
    }),
  );

export const fetchAssignees = (id: string): Promise<{ items: Assignee[] }> =>
  unwrap(typedApi.GET('/api/v1/petitions/{id}/assignees', { params: { path: { id } } }));

export const readIdentity = (id: string, purpose: string): Promise<{ petitioners: Petitioner[] }> =>
  unwrap(
    typedApi.POST('/api/v1/petitions/{id}/identity', {
      params: { path: { id } },
      body: { purpose },
    }),
  );

export const resolveDuplicate = (id: string, candidateId: string, decision: 'link' | 'dismiss') =>
  unwrap(
    typedApi.POST('/api/v1/petitions/{id}/duplicates/{candidateId}', {
      params: { path: { id, candidateId } },
      body: { decision },
    }),
  );

/** client.ts: a multipart upload (the generated client sends JSON bodies). */
export function uploadAttachment(
  id: string,
  file: File,
  purpose: string,
): Promise<UploadedAttachment> {
  const form = new FormData();
  // Fields before the file: the server reads parts in order.
  form.append('purpose', purpose);
  form.append('file', file);
  return api.post<UploadedAttachment>(
    `/api/v1/petitions/${encodeURIComponent(id)}/attachments`,
    form,
  );
}

export const attachmentUrl = (id: string, attachmentId: string) =>
  `/api/v1/petitions/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`;

export const receiptDocxUrl = (id: string) =>
  `/api/v1/petitions/${encodeURIComponent(id)}/receipt.docx`;

export const fetchRegister = (
  query: Omit<QueryOf<'/api/v1/reception-register', 'get'>, 'limit'>,
): Promise<{ items: RegisterEntry[] }> =>
  unwrap(
    typedApi.GET('/api/v1/reception-register', { params: { query: { ...query, limit: 500 } } }),
  );

export const fetchNotifications = (): Promise<{ unread: number; items: AppNotification[] }> =>
  unwrap(typedApi.GET('/api/v1/notifications'));

export const markNotificationRead = async (id: string): Promise<void> => {
  await unwrap(typedApi.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
};
