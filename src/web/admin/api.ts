import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Localized } from '../i18n/language';

/** Types, queries and mutations of the Administration screens (src/http/admin, calendar admin). */

const enc = encodeURIComponent;

export interface Option {
  value: string;
  label: Localized;
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  roleLabel: Localized;
  unitCode: string;
  unitName: string | null;
  agencyId: string | null;
  agencyName: Localized | null;
  canReadIdentity: boolean;
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  sample: boolean;
  createdAt: string;
}

export interface AdminAgency {
  id: string;
  unitCode: string;
  unitName: string | null;
  kind: string;
  kindLabel: Localized;
  nameVi: string;
  nameEn: string;
  users: number;
}

export interface AdminTopic {
  code: string;
  nameVi: string;
  nameEn: string;
  kinds: string[];
  open311: boolean;
  active: boolean;
  sort: number;
}

export interface CalendarDay {
  date: string;
  reason: string;
  name: Localized;
  source: string;
}

export interface CalendarYear {
  year: number;
  nonWorkingDays: CalendarDay[];
  workingWeekendDays: CalendarDay[];
}

export interface CalendarEntry {
  id: string;
  type: 'extra_holiday' | 'decision';
  data: {
    date?: string;
    annual?: { month: number; day: number; effectiveFrom: string; effectiveTo?: string | null };
    decisionType?: string;
    name?: Localized;
    source?: string;
  };
  createdBy: string | null;
  createdAt: string;
  removedAt: string | null;
}

export interface RecomputeSummary {
  scanned: number;
  rewritten: number;
  moved: number;
  cases: number;
}

export interface ExtensionRule {
  maxTimes: number;
  daysEach: number;
  counting: 'calendar' | 'working';
  totalMax?: number;
}

export interface DeadlineRule {
  id: string;
  kind: string;
  step: string;
  round: string | null;
  remote: boolean | null;
  complexity: string | null;
  limit: number;
  counting: 'calendar' | 'working';
  countsFrom: string;
  extension: ExtensionRule | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  verify: boolean;
  moveToNextWorkingDay: boolean;
  note?: Localized;
  updatedAt: string;
}

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
    queryFn: () => api.get<{ items: AdminUser[]; roles: Option[] }>('/api/v1/admin/users'),
  });

export const useAdminAgencies = (unitCode?: string) =>
  useQuery({
    queryKey: ['admin', 'agencies', unitCode ?? ''],
    queryFn: () =>
      api.get<{ items: AdminAgency[]; kinds: Option[] }>('/api/v1/admin/agencies', {
        query: { unitCode },
      }),
  });

export const useAdminTopics = () =>
  useQuery({
    queryKey: ['admin', 'topics'],
    queryFn: () => api.get<{ items: AdminTopic[] }>('/api/v1/admin/topics'),
  });

export const useCalendarYear = (year: number) =>
  useQuery({
    queryKey: ['calendar', year],
    queryFn: () => api.get<CalendarYear>(`/api/v1/calendar/${year}`),
  });

export const useCalendarEntries = () =>
  useQuery({
    queryKey: ['admin', 'calendar-entries'],
    queryFn: () => api.get<{ items: CalendarEntry[] }>('/api/v1/admin/calendar/entries'),
  });

export const useDeadlineRules = () =>
  useQuery({
    queryKey: ['admin', 'deadline-rules'],
    queryFn: () => api.get<{ items: DeadlineRule[] }>('/api/v1/admin/deadline-rules'),
  });

export interface UserInput {
  username?: string;
  displayName?: string;
  role?: string;
  unitCode?: string;
  agencyId?: string | null;
  canReadIdentity?: boolean;
  disabled?: boolean;
}

export const useCreateUser = () =>
  useInvalidatingMutation([['admin', 'users']], (input: UserInput) =>
    api.post<{ id: string; generatedPassword: string | null }>('/api/v1/admin/users', input),
  );

export const useUpdateUser = () =>
  useInvalidatingMutation([['admin', 'users']], ({ id, ...input }: UserInput & { id: string }) =>
    api.patch<{ id: string; changed: string[] }>(`/api/v1/admin/users/${enc(id)}`, input),
  );

export const useResetPassword = () =>
  useInvalidatingMutation([['admin', 'users']], (id: string) =>
    api.post<{ id: string; generatedPassword: string }>(
      `/api/v1/admin/users/${enc(id)}/reset-password`,
    ),
  );

export const useUnlockUser = () =>
  useInvalidatingMutation([['admin', 'users']], (id: string) =>
    api.post<{ id: string; clearedLocks: number }>(`/api/v1/admin/users/${enc(id)}/unlock`),
  );

export interface AgencyInput {
  unitCode?: string;
  kind: string;
  nameVi: string;
  nameEn: string;
}

export const useSaveAgency = () =>
  useInvalidatingMutation(
    [['admin', 'agencies']],
    ({ id, unitCode, ...rest }: AgencyInput & { id?: string }) =>
      id
        ? api.patch<unknown>(`/api/v1/admin/agencies/${enc(id)}`, rest)
        : api.post<unknown>('/api/v1/admin/agencies', { unitCode, ...rest }),
  );

export const useSaveTopic = () =>
  useInvalidatingMutation(
    [['admin', 'topics']],
    ({ isNew, code, ...rest }: AdminTopic & { isNew: boolean }) =>
      isNew
        ? api.post<unknown>('/api/v1/admin/topics', { code, ...rest })
        : api.patch<unknown>(`/api/v1/admin/topics/${enc(code)}`, rest),
  );

export type NewCalendarEntry =
  | { type: 'extra_holiday'; date: string; name: Localized; source: string; compensated?: boolean }
  | {
      type: 'decision';
      decisionType: 'day_off' | 'working_day' | 'holiday_override';
      date: string;
      name: Localized;
      source: string;
      verified?: boolean;
    };

const calendarKeys: QueryKey[] = [['admin', 'calendar-entries'], ['calendar']];

export const useAddCalendarEntry = () =>
  useInvalidatingMutation(calendarKeys, (input: NewCalendarEntry) =>
    api.post<{ entry: CalendarEntry; recompute: RecomputeSummary }>(
      '/api/v1/admin/calendar/entries',
      input,
    ),
  );

export const useRemoveCalendarEntry = () =>
  useInvalidatingMutation(calendarKeys, (id: string) =>
    api.delete<{ id: string; recompute: RecomputeSummary }>(
      `/api/v1/admin/calendar/entries/${enc(id)}`,
    ),
  );

export type RuleInput = Partial<
  Pick<
    DeadlineRule,
    | 'limit'
    | 'counting'
    | 'extension'
    | 'effectiveFrom'
    | 'effectiveTo'
    | 'source'
    | 'verify'
    | 'moveToNextWorkingDay'
  >
>;

export const useUpdateRule = () =>
  useInvalidatingMutation(
    [['admin', 'deadline-rules']],
    ({ id, ...input }: RuleInput & { id: string }) =>
      api.put<{ rule: DeadlineRule; recompute: RecomputeSummary }>(
        `/api/v1/admin/deadline-rules/${enc(id)}`,
        input,
      ),
  );
