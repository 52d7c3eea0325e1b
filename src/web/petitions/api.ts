import { api } from '../api/client';
import { typedApi, unwrap } from '../api/typed-client';
import type {
  AppNotification,
  Assignee,
  Attachment,
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
} from './types';

/** The list query as sent: arrays joined with commas, booleans as 'true', empty values left out. */
export function filterQuery(
  filter: PetitionFilter,
  extra: Record<string, string | number | undefined> = {},
): Record<string, string | number | undefined> {
  return {
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
}

// JSON calls go through the generated client (paths, parameters, bodies and answers checked
// against the server's document); the list query, the case file, the intake and the register keep
// client.ts, each for the reason given at the call, with their answer types taken from schema.d.ts
// where the server declares them in full.

export const fetchReference = (): Promise<Reference> => unwrap(typedApi.GET('/api/v1/reference'));

/** client.ts: the screens hold filter values as plain strings (the server checks them). */
export const fetchPetitions = (filter: PetitionFilter, cursor?: string, limit = 30) =>
  api.get<PetitionPage>('/api/v1/petitions', { query: filterQuery(filter, { cursor, limit }) });

/** client.ts: the document declares the case file loosely in places (types.ts, CaseFile). */
export const fetchCase = (id: string) =>
  api.get<CaseFile>(`/api/v1/petitions/${encodeURIComponent(id)}`);

/** client.ts: the intake form holds kinds and channel as plain strings (the server checks them). */
export const submitPetition = (input: SubmitPetitionInput) =>
  api.post<SubmitPetitionResult>('/api/v1/petitions', input);

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
export function uploadAttachment(id: string, file: File, purpose: string): Promise<Attachment> {
  const form = new FormData();
  // Fields before the file: the server reads parts in order.
  form.append('purpose', purpose);
  form.append('file', file);
  return api.post<Attachment>(`/api/v1/petitions/${encodeURIComponent(id)}/attachments`, form);
}

export const attachmentUrl = (id: string, attachmentId: string) =>
  `/api/v1/petitions/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`;

export const receiptDocxUrl = (id: string) =>
  `/api/v1/petitions/${encodeURIComponent(id)}/receipt.docx`;

/** client.ts: the document does not describe the register's rows yet (types.ts, RegisterEntry). */
export const fetchRegister = (query: { unit?: string; from?: string; to?: string }) =>
  api.get<{ items: RegisterEntry[] }>('/api/v1/reception-register', {
    query: { ...query, limit: 500 },
  });

export const fetchNotifications = (): Promise<{ unread: number; items: AppNotification[] }> =>
  unwrap(typedApi.GET('/api/v1/notifications'));

export const markNotificationRead = async (id: string): Promise<void> => {
  await unwrap(typedApi.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
};
