import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMe, login, logout } from '../api/endpoints';
import type { MeResponse } from '../api/types';

export const meQueryKey = ['me'] as const;

/** The signed-in official, their unit and abilities; fails with a 401 ApiProblem when signed out. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, retry: false, staleTime: 5 * 60_000 });
}

/** Only call inside the authenticated workspace, where RequireAuth guarantees the data. */
export function useSession(): MeResponse {
  const { data } = useMe();
  if (!data) throw new Error('useSession() used outside the authenticated workspace');
  return data;
}

export function useCan(ability: string): boolean {
  const { data } = useMe();
  return data?.abilities.includes(ability) ?? false;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      login(input.username, input.password),
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Whatever the server answered, nothing of the old session stays in memory.
    onSettled: () => queryClient.clear(),
  });
}
