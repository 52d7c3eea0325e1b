import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Unit } from '../api/types';
import type {
  Campaign,
  CampaignOverview,
  Consolidation,
  OwedReport,
  Dialogue,
  DialogueList,
  Finding,
  IndicatorValue,
  InspectionBoard,
  InspectionDetail,
  InspectionSummary,
  Model,
  ModelStats,
  RuleWarning,
  UnitReport,
} from './types';

/** Queries and mutations of the campaign, inspection, model and dialogue screens. */

const enc = encodeURIComponent;

export const useCampaigns = () =>
  useQuery({
    queryKey: ['campaigns'],
    queryFn: () => api.get<{ items: Campaign[] }>('/api/v1/campaigns'),
  });

export const useCampaign = (id: string) =>
  useQuery({
    queryKey: ['campaign', id],
    queryFn: () => api.get<CampaignOverview>(`/api/v1/campaigns/${enc(id)}`),
  });

export const useOwedReports = () =>
  useQuery({
    queryKey: ['campaigns', 'owed'],
    queryFn: () => api.get<{ items: OwedReport[] }>('/api/v1/campaigns/owed'),
  });

export const useConsolidation = (id: string) =>
  useQuery({
    queryKey: ['campaign', id, 'consolidated'],
    queryFn: () => api.get<Consolidation>(`/api/v1/campaigns/${enc(id)}/consolidated`),
  });

export const useUnitReport = (id: string, version?: number) =>
  useQuery({
    queryKey: ['unit-report', id, version ?? 'current'],
    queryFn: () => api.get<UnitReport>(`/api/v1/unit-reports/${enc(id)}`, { query: { version } }),
  });

export const useInspections = () =>
  useQuery({
    queryKey: ['inspections'],
    queryFn: () => api.get<{ items: InspectionSummary[] }>('/api/v1/inspections'),
  });

export const useInspection = (id: string) =>
  useQuery({
    queryKey: ['inspection', id],
    queryFn: () => api.get<InspectionDetail>(`/api/v1/inspections/${enc(id)}`),
  });

export const useInspectionBoard = (id: string) =>
  useQuery({
    queryKey: ['inspection-board', id],
    queryFn: () => api.get<InspectionBoard>(`/api/v1/inspections/${enc(id)}/board`),
  });

export const useFinding = (id: string) =>
  useQuery({
    queryKey: ['finding', id],
    queryFn: () => api.get<Finding>(`/api/v1/findings/${enc(id)}`),
  });

export const useMyFindings = () =>
  useQuery({
    queryKey: ['findings', 'open'],
    queryFn: () => api.get<{ items: Finding[] }>('/api/v1/findings', { query: { open: 'true' } }),
  });

export const useModels = () =>
  useQuery({
    queryKey: ['models'],
    queryFn: () => api.get<{ items: Model[] }>('/api/v1/models'),
  });

export const useModelStats = () =>
  useQuery({
    queryKey: ['model-stats'],
    queryFn: () => api.get<ModelStats>('/api/v1/models/stats'),
  });

export const useDialogues = () =>
  useQuery({
    queryKey: ['dialogues'],
    queryFn: () => api.get<DialogueList>('/api/v1/dialogues'),
  });

export const useDialogue = (id: string) =>
  useQuery({
    queryKey: ['dialogue', id],
    queryFn: () => api.get<Dialogue>(`/api/v1/dialogues/${enc(id)}`),
  });

/** Units in the official's scope that are in force on `date` (pickers for target units). */
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
  createCampaign: (body: unknown) => api.post<CampaignOverview>('/api/v1/campaigns', body),
  consolidatedUrl: (id: string, format: 'docx' | 'xlsx') =>
    `/api/v1/campaigns/${enc(id)}/consolidated.${format}`,
  reportExportUrl: (id: string, format: 'docx' | 'xlsx', version?: number) =>
    `/api/v1/unit-reports/${enc(id)}/export.${format}${version ? `?version=${version}` : ''}`,
  createReport: (campaignId: string, body: { unitCode: string }) =>
    api.post<UnitReport>(`/api/v1/campaigns/${enc(campaignId)}/reports`, body),
  saveReport: (
    id: string,
    body: {
      version: number;
      sections: Record<string, string>;
      indicators: Record<string, IndicatorValue>;
    },
  ) => api.put<UnitReport>(`/api/v1/unit-reports/${enc(id)}/content`, body),
  reportAction: (id: string, body: { action: string; version: number; note?: string | null }) =>
    api.post<UnitReport>(`/api/v1/unit-reports/${enc(id)}/actions`, body),
  createInspection: (body: unknown) => api.post<InspectionDetail>('/api/v1/inspections', body),
  addSession: (id: string, body: unknown) =>
    api.post<InspectionDetail>(`/api/v1/inspections/${enc(id)}/sessions`, body),
  updateSession: (id: string, sessionId: string, body: unknown) =>
    api.patch<InspectionDetail>(`/api/v1/inspections/${enc(id)}/sessions/${enc(sessionId)}`, body),
  addFinding: (id: string, sessionId: string, body: unknown) =>
    api.post<Finding>(`/api/v1/inspections/${enc(id)}/sessions/${enc(sessionId)}/findings`, body),
  findingAction: (id: string, body: unknown) =>
    api.post<Finding>(`/api/v1/findings/${enc(id)}/actions`, body),
  conclusionUrl: (id: string, sessionId: string) =>
    `/api/v1/inspections/${enc(id)}/sessions/${enc(sessionId)}/conclusion.docx`,
  registerModel: (body: unknown) => api.post<Model>('/api/v1/models', body),
  modelAction: (id: string, body: unknown) =>
    api.post<Model>(`/api/v1/models/${enc(id)}/actions`, body),
  scheduleDialogue: (body: unknown) =>
    api.post<{ dialogue: Dialogue; warnings: RuleWarning[] }>('/api/v1/dialogues', body),
  updateDialogue: (id: string, body: unknown) =>
    api.patch<{ dialogue: Dialogue; warnings: RuleWarning[] }>(
      `/api/v1/dialogues/${enc(id)}`,
      body,
    ),
  dialogueAction: (id: string, body: unknown) =>
    api.post<{ dialogue: Dialogue; warnings: RuleWarning[] }>(
      `/api/v1/dialogues/${enc(id)}/actions`,
      body,
    ),
  addCommitment: (id: string, body: unknown) =>
    api.post<Dialogue>(`/api/v1/dialogues/${enc(id)}/commitments`, body),
  updateCommitment: (id: string, commitmentId: string, body: unknown) =>
    api.patch<Dialogue>(`/api/v1/dialogues/${enc(id)}/commitments/${enc(commitmentId)}`, body),
};
