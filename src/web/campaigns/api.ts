import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../api/client';
import type { JsonBody } from '../api/response-types';
import { typedApi, unwrap } from '../api/typed-client';
import type { Unit } from '../api/types';

/**
 * Queries and mutations of the campaign, inspection, model and dialogue screens, through the
 * generated client: paths, parameters, bodies and answers are checked against the server's
 * document (src/http/campaigns/schemas/).
 */

const path = (id: string) => ({ params: { path: { id } } });

export const useCampaigns = () =>
  useQuery({
    queryKey: ['campaigns'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/campaigns')),
  });

export const useCampaign = (id: string) =>
  useQuery({
    queryKey: ['campaign', id],
    queryFn: () => unwrap(typedApi.GET('/api/v1/campaigns/{id}', path(id))),
  });

export const useOwedReports = () =>
  useQuery({
    queryKey: ['campaigns', 'owed'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/campaigns/owed')),
  });

export const useConsolidation = (id: string) =>
  useQuery({
    queryKey: ['campaign', id, 'consolidated'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/campaigns/{id}/consolidated', path(id))),
  });

export const useUnitReport = (id: string, version?: number) =>
  useQuery({
    queryKey: ['unit-report', id, version ?? 'current'],
    queryFn: () =>
      unwrap(
        typedApi.GET('/api/v1/unit-reports/{id}', {
          params: { path: { id }, query: version === undefined ? {} : { version } },
        }),
      ),
  });

export const useInspections = () =>
  useQuery({
    queryKey: ['inspections'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/inspections')),
  });

export const useInspection = (id: string) =>
  useQuery({
    queryKey: ['inspection', id],
    queryFn: () => unwrap(typedApi.GET('/api/v1/inspections/{id}', path(id))),
  });

export const useInspectionBoard = (id: string) =>
  useQuery({
    queryKey: ['inspection-board', id],
    queryFn: () => unwrap(typedApi.GET('/api/v1/inspections/{id}/board', path(id))),
  });

export const useFinding = (id: string) =>
  useQuery({
    queryKey: ['finding', id],
    queryFn: () => unwrap(typedApi.GET('/api/v1/findings/{id}', path(id))),
  });

export const useMyFindings = () =>
  useQuery({
    queryKey: ['findings', 'open'],
    queryFn: () =>
      unwrap(typedApi.GET('/api/v1/findings', { params: { query: { open: 'true' } } })),
  });

export const useModels = () =>
  useQuery({
    queryKey: ['models'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/models')),
  });

export const useModelStats = () =>
  useQuery({
    queryKey: ['model-stats'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/models/stats')),
  });

export const useDialogues = () =>
  useQuery({
    queryKey: ['dialogues'],
    queryFn: () => unwrap(typedApi.GET('/api/v1/dialogues')),
  });

export const useDialogue = (id: string) =>
  useQuery({
    queryKey: ['dialogue', id],
    queryFn: () => unwrap(typedApi.GET('/api/v1/dialogues/{id}', path(id))),
  });

/** Units in the official's scope that are in force on `date` (pickers for target units). */
const enc = encodeURIComponent;

export const useScopeUnits = (date?: string) =>
  useQuery({
    queryKey: ['units', date ?? 'today'],
    queryFn: () => api.get<{ items: Unit[] }>('/api/v1/units', { query: { date } }),
    staleTime: 10 * 60_000,
  });

/**
 * A mutation that refreshes the listed queries afterwards. Errors stay on the mutation
 * (shown by ProblemAlert next to the form), never thrown into the page.
 */
export function useApiMutation<TInput, TResult>(
  fn: (input: TInput) => Promise<TResult>,
  invalidate: QueryKey[],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

export const campaignApi = {
  createCampaign: (body: JsonBody<'/api/v1/campaigns', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/campaigns', { body })),
  updateCampaign: (id: string, body: JsonBody<'/api/v1/campaigns/{id}', 'patch'>) =>
    unwrap(typedApi.PATCH('/api/v1/campaigns/{id}', { ...path(id), body })),
  consolidatedUrl: (id: string, format: 'docx' | 'xlsx') =>
    `/api/v1/campaigns/${enc(id)}/consolidated.${format}`,
  reportExportUrl: (id: string, format: 'docx' | 'xlsx', version?: number) =>
    `/api/v1/unit-reports/${enc(id)}/export.${format}${version ? `?version=${version}` : ''}`,
  createReport: (campaignId: string, body: JsonBody<'/api/v1/campaigns/{id}/reports', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/campaigns/{id}/reports', { ...path(campaignId), body })),
  saveReport: (id: string, body: JsonBody<'/api/v1/unit-reports/{id}/content', 'put'>) =>
    unwrap(typedApi.PUT('/api/v1/unit-reports/{id}/content', { ...path(id), body })),
  reportAction: (id: string, body: JsonBody<'/api/v1/unit-reports/{id}/actions', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/unit-reports/{id}/actions', { ...path(id), body })),
  createInspection: (body: JsonBody<'/api/v1/inspections', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/inspections', { body })),
  addSession: (id: string, body: JsonBody<'/api/v1/inspections/{id}/sessions', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/inspections/{id}/sessions', { ...path(id), body })),
  updateSession: (
    id: string,
    sessionId: string,
    body: JsonBody<'/api/v1/inspections/{id}/sessions/{sessionId}', 'patch'>,
  ) =>
    unwrap(
      typedApi.PATCH('/api/v1/inspections/{id}/sessions/{sessionId}', {
        params: { path: { id, sessionId } },
        body,
      }),
    ),
  addFinding: (
    id: string,
    sessionId: string,
    body: JsonBody<'/api/v1/inspections/{id}/sessions/{sessionId}/findings', 'post'>,
  ) =>
    unwrap(
      typedApi.POST('/api/v1/inspections/{id}/sessions/{sessionId}/findings', {
        params: { path: { id, sessionId } },
        body,
      }),
    ),
  findingAction: (id: string, body: JsonBody<'/api/v1/findings/{id}/actions', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/findings/{id}/actions', { ...path(id), body })),
  conclusionUrl: (id: string, sessionId: string) =>
    `/api/v1/inspections/${enc(id)}/sessions/${enc(sessionId)}/conclusion.docx`,
  registerModel: (body: JsonBody<'/api/v1/models', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/models', { body })),
  modelAction: (id: string, body: JsonBody<'/api/v1/models/{id}/actions', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/models/{id}/actions', { ...path(id), body })),
  scheduleDialogue: (body: JsonBody<'/api/v1/dialogues', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/dialogues', { body })),
  updateDialogue: (id: string, body: JsonBody<'/api/v1/dialogues/{id}', 'patch'>) =>
    unwrap(typedApi.PATCH('/api/v1/dialogues/{id}', { ...path(id), body })),
  dialogueAction: (id: string, body: JsonBody<'/api/v1/dialogues/{id}/actions', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/dialogues/{id}/actions', { ...path(id), body })),
  addCommitment: (id: string, body: JsonBody<'/api/v1/dialogues/{id}/commitments', 'post'>) =>
    unwrap(typedApi.POST('/api/v1/dialogues/{id}/commitments', { ...path(id), body })),
  updateCommitment: (
    id: string,
    commitmentId: string,
    body: JsonBody<'/api/v1/dialogues/{id}/commitments/{commitmentId}', 'patch'>,
  ) =>
    unwrap(
      typedApi.PATCH('/api/v1/dialogues/{id}/commitments/{commitmentId}', {
        params: { path: { id, commitmentId } },
        body,
      }),
    ),
};
