import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { JsonBody, JsonResponse } from '../api/response-types';
import { typedApi, unwrap } from '../api/typed-client';

/**
 * Queries and mutations of the personal-data screens (src/http/privacy/routes.ts), through the
 * generated client: every shape is the server's (schema.d.ts).
 */
export type PrivacyRequest = JsonResponse<'/api/v1/privacy/requests', 'get'>['items'][number];
export type DeskRequest = JsonBody<'/api/v1/privacy/requests', 'post'>;
export type RequestAnswer = JsonBody<'/api/v1/privacy/requests/{id}/answer', 'post'>;
export type Breach = JsonResponse<'/api/v1/privacy/breaches', 'get'>['items'][number];
export type NewBreach = JsonBody<'/api/v1/privacy/breaches', 'post'>;
export type BreachNotice = JsonBody<'/api/v1/privacy/breaches/{id}/notified', 'post'>;

const REQUESTS = ['privacy', 'requests'];
const BREACHES = ['privacy', 'breaches'];

export const usePrivacyRequests = () =>
  useQuery({
    queryKey: REQUESTS,
    queryFn: () => unwrap(typedApi.GET('/api/v1/privacy/requests')),
  });

export const useBreaches = () =>
  useQuery({
    queryKey: BREACHES,
    queryFn: () => unwrap(typedApi.GET('/api/v1/privacy/breaches')),
  });

function useRefreshing<I, O>(key: string[], fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export const useRegisterDeskRequest = () =>
  useRefreshing(REQUESTS, (body: DeskRequest) =>
    unwrap(typedApi.POST('/api/v1/privacy/requests', { body })),
  );

export const useAnswerRequest = () =>
  useRefreshing(REQUESTS, ({ id, body }: { id: string; body: RequestAnswer }) =>
    unwrap(
      typedApi.POST('/api/v1/privacy/requests/{id}/answer', { params: { path: { id } }, body }),
    ),
  );

export const useRecordBreach = () =>
  useRefreshing(BREACHES, (body: NewBreach) =>
    unwrap(typedApi.POST('/api/v1/privacy/breaches', { body })),
  );

export const useNotifyBreach = () =>
  useRefreshing(BREACHES, ({ id, body }: { id: string; body: BreachNotice }) =>
    unwrap(
      typedApi.POST('/api/v1/privacy/breaches/{id}/notified', { params: { path: { id } }, body }),
    ),
  );
