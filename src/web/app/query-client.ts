import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiProblem } from '../api/client';
import { meQueryKey } from '../auth/session';

/**
 * A 401 from any query means the session ended (expired, logged out in another tab):
 * refetching /me lets the route guard send the user to the login page.
 */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError(error, query) {
      if (isApiProblem(error) && error.status === 401 && query.queryKey[0] !== meQueryKey[0]) {
        void queryClient.invalidateQueries({ queryKey: meQueryKey });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        failureCount < 2 && !(isApiProblem(error) && error.status >= 400 && error.status < 500),
    },
  },
});
