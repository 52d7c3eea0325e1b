import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../api/client';
import type { JsonBody, JsonResponse, QueryOf, Schema } from '../api/response-types';
import { typedApi, unwrap } from '../api/typed-client';

/**
 * Queries and mutations of the Administration screens (src/http/admin, calendar admin), through
 * the generated client: every shape below is the server's (schema.d.ts), none is declared here.
 */

export type AdminUser = Schema<'AdminUser'>;
export type AdminAgency = Schema<'AdminAgency'>;
export type AdminTopic = Schema<'AdminTopic'>;
export type CalendarEntry = Schema<'CalendarEntry'>;
export type DeadlineRule = Schema<'DeadlineRule'>;
export type CalendarYear = JsonResponse<'/api/v1/calendar/{year}', 'get'>;
export type CalendarDay =
  CalendarYear['nonWorkingDays'][number] | CalendarYear['workingWeekendDays'][number];
export type RecomputeSummary = JsonResponse<
  '/api/v1/admin/calendar/entries/{id}',
  'delete'
>['recompute'];
/** A role or agency kind offered in a select (value and its label). */
export type Option = JsonResponse<'/api/v1/admin/users', 'get'>['roles'][number];
export type NewUser = JsonBody<'/api/v1/admin/users', 'post'>;
export type UserChange = JsonBody<'/api/v1/admin/users/{id}', 'patch'>;
export type NewAgency = JsonBody<'/api/v1/admin/agencies', 'post'>;
export type NewTopic = JsonBody<'/api/v1/admin/topics', 'post'>;
export type NewCalendarEntry = JsonBody<'/api/v1/admin/calendar/entries', 'post'>;
export type RuleInput = JsonBody<'/api/v1/admin/deadline-rules/{id}', 'put'>;
export type Delivery = JsonResponse<'/api/v1/admin/outbox', 'get'>['items'][number];
export type DeliveryState = NonNullable<QueryOf<'/api/v1/admin/outbox', 'get'>['state']>;
export type IdentityAccess = JsonResponse<
  '/api/v1/admin/identity-accesses',
  'get'
>['items'][number];
export type ImportResult = Schema<'RegisterImportResult'>;
export type ImportRow = ImportResult['rows'][number];
export type WorkflowSettings = JsonResponse<'/api/v1/units/{code}/workflow-settings', 'get'>;

function useInvalidatingMutation<I, O>(keys: QueryKey[], fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

export const useAdminUsers = () =>
  useQuery({
    queryKey: ['admin', 'users'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/admin/users')),
  });

export const useAdminAgencies = (unitCode?: string) =>
  useQuery({
    queryKey: ['admin', 'agencies', unitCode ?? ''],
    queryFn: () =>
      unwrap(
        typedApi.GET('/api/v1/admin/agencies', {
          params: { query: unitCode ? { unitCode } : {} },
        }),
      ),
  });

export const useAdminTopics = () =>
  useQuery({
    queryKey: ['admin', 'topics'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/admin/topics')),
  });

export const useCalendarYear = (year: number) =>
  useQuery({
    queryKey: ['calendar', year],
    queryFn: () =>
      unwrap(typedApi.GET('/api/v1/calendar/{year}', { params: { path: { year: String(year) } } })),
  });

export const useCalendarEntries = () =>
  useQuery({
    queryKey: ['admin', 'calendar-entries'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/admin/calendar/entries')),
  });

export const useDeadlineRules = () =>
  useQuery({
    queryKey: ['admin', 'deadline-rules'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/admin/deadline-rules')),
  });

export const useOutbox = (state: DeliveryState | undefined) =>
  useQuery({
    queryKey: ['admin', 'outbox', state ?? ''],
    queryFn: () =>
      unwrap(typedApi.GET('/api/v1/admin/outbox', { params: { query: state ? { state } : {} } })),
  });

export const useRetryDelivery = () =>
  useInvalidatingMutation([['admin', 'outbox']], (id: string) =>
    unwrap(typedApi.POST('/api/v1/admin/outbox/{id}/retry', { params: { path: { id } } })),
  );

export const useIdentityAccesses = (outcome: IdentityAccess['outcome'] | undefined) =>
  useQuery({
    queryKey: ['admin', 'identity-accesses', outcome ?? ''],
    queryFn: () =>
      unwrap(
        typedApi.GET('/api/v1/admin/identity-accesses', {
          params: { query: outcome ? { outcome } : {} },
        }),
      ),
  });

/** Previews (no `confirmSha`) or imports a legacy register; multipart, so sent by client.ts. */
export function sendRegisterImport(
  file: File,
  unitCode: string,
  confirmSha?: string,
): Promise<ImportResult> {
  const form = new FormData();
  // Fields before the file: the server reads parts in order.
  form.append('unitCode', unitCode);
  form.append('dryRun', confirmSha ? 'false' : 'true');
  if (confirmSha) form.append('expectedSha256', confirmSha);
  form.append('file', file);
  return api.post<ImportResult>('/api/v1/admin/imports', form);
}

const workflowKey = (unitCode: string) => ['workflow-settings', unitCode];

export const useWorkflowSettings = (unitCode: string) =>
  useQuery({
    queryKey: workflowKey(unitCode),
    enabled: unitCode !== '',
    queryFn: () =>
      unwrap(
        typedApi.GET('/api/v1/units/{code}/workflow-settings', {
          params: { path: { code: unitCode } },
        }),
      ),
  });

export const useSaveWorkflowSettings = (unitCode: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (handlersIssueInformal: boolean) =>
      unwrap(
        typedApi.PUT('/api/v1/units/{code}/workflow-settings', {
          params: { path: { code: unitCode } },
          body: { handlersIssueInformal },
        }),
      ),
    onSuccess: (data) => client.setQueryData(workflowKey(unitCode), data),
  });
};

export const useCreateUser = () =>
  useInvalidatingMutation([['admin', 'users']], (body: NewUser) =>
    unwrap(typedApi.POST('/api/v1/admin/users', { body })),
  );

export const useUpdateUser = () =>
  useInvalidatingMutation([['admin', 'users']], ({ id, ...body }: UserChange & { id: string }) =>
    unwrap(typedApi.PATCH('/api/v1/admin/users/{id}', { params: { path: { id } }, body })),
  );

export const useResetPassword = () =>
  useInvalidatingMutation([['admin', 'users']], (id: string) =>
    unwrap(typedApi.POST('/api/v1/admin/users/{id}/reset-password', { params: { path: { id } } })),
  );

export const useUnlockUser = () =>
  useInvalidatingMutation([['admin', 'users']], (id: string) =>
    unwrap(typedApi.POST('/api/v1/admin/users/{id}/unlock', { params: { path: { id } } })),
  );

export const useSaveAgency = () =>
  useInvalidatingMutation(
    [['admin', 'agencies']],
    ({ id, unitCode, ...body }: NewAgency & { id?: string | undefined }) =>
      id
        ? unwrap(typedApi.PATCH('/api/v1/admin/agencies/{id}', { params: { path: { id } }, body }))
        : unwrap(typedApi.POST('/api/v1/admin/agencies', { body: { unitCode, ...body } })),
  );

export const useSaveTopic = () =>
  useInvalidatingMutation(
    [['admin', 'topics']],
    ({ isNew, code, ...body }: NewTopic & { isNew: boolean }) =>
      isNew
        ? unwrap(typedApi.POST('/api/v1/admin/topics', { body: { code, ...body } }))
        : unwrap(
            typedApi.PATCH('/api/v1/admin/topics/{code}', { params: { path: { code } }, body }),
          ),
  );

const calendarKeys: QueryKey[] = [['admin', 'calendar-entries'], ['calendar']];

export const useAddCalendarEntry = () =>
  useInvalidatingMutation(calendarKeys, (body: NewCalendarEntry) =>
    unwrap(typedApi.POST('/api/v1/admin/calendar/entries', { body })),
  );

export const useRemoveCalendarEntry = () =>
  useInvalidatingMutation(calendarKeys, (id: string) =>
    unwrap(typedApi.DELETE('/api/v1/admin/calendar/entries/{id}', { params: { path: { id } } })),
  );

export const useUpdateRule = () =>
  useInvalidatingMutation(
    [['admin', 'deadline-rules']],
    ({ id, ...body }: RuleInput & { id: string }) =>
      unwrap(typedApi.PUT('/api/v1/admin/deadline-rules/{id}', { params: { path: { id } }, body })),
  );
