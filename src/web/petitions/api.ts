import { api } from '../api/client';
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

export const fetchReference = () => api.get<Reference>('/api/v1/reference');

export const fetchPetitions = (filter: PetitionFilter, cursor?: string, limit = 30) =>
  api.get<PetitionPage>('/api/v1/petitions', { query: filterQuery(filter, { cursor, limit }) });

export const fetchCase = (id: string) =>
  api.get<CaseFile>(`/api/v1/petitions/${encodeURIComponent(id)}`);

export const submitPetition = (input: SubmitPetitionInput) =>
  api.post<SubmitPetitionResult>('/api/v1/petitions', input);

export const checkDuplicates = (input: {
  unitCode: string;
  topicCode?: string | null;
  title: string;
  content: string;
  petitioners: { identityNumber?: string | null; phone?: string | null }[];
}) => api.post<{ duplicates: DuplicateCandidate[] }>('/api/v1/petitions/duplicate-check', input);

export const performAction = (
  id: string,
  action: string,
  input: Record<string, unknown>,
  expectedVersion: number,
) =>
  api.post<{ id: string; status: string; version: number; createdCaseId?: string }>(
    `/api/v1/petitions/${encodeURIComponent(id)}/actions/${encodeURIComponent(action)}`,
    { input, expectedVersion },
  );

export const fetchFeedbackSummary = (
  period: { from?: string | undefined; to?: string | undefined } = {},
) =>
  api.get<FeedbackSummary>('/api/v1/petitions/feedback-summary', {
    query: { from: period.from, to: period.to },
  });

export const fetchAssignees = (id: string) =>
  api.get<{ items: Assignee[] }>(`/api/v1/petitions/${encodeURIComponent(id)}/assignees`);

export const readIdentity = (id: string, purpose: string) =>
  api.post<{ petitioners: Petitioner[] }>(`/api/v1/petitions/${encodeURIComponent(id)}/identity`, {
    purpose,
  });

export const resolveDuplicate = (id: string, candidateId: string, decision: 'link' | 'dismiss') =>
  api.post<{ id: string; decision: string }>(
    `/api/v1/petitions/${encodeURIComponent(id)}/duplicates/${encodeURIComponent(candidateId)}`,
    { decision },
  );

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

export const fetchRegister = (query: { unit?: string; from?: string; to?: string }) =>
  api.get<{ items: RegisterEntry[] }>('/api/v1/reception-register', {
    query: { ...query, limit: 500 },
  });

export const fetchNotifications = () =>
  api.get<{ unread: number; items: AppNotification[] }>('/api/v1/notifications');

export const markNotificationRead = (id: string) =>
  api.post<void>(`/api/v1/notifications/${encodeURIComponent(id)}/read`);
