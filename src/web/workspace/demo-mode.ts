import { useQuery } from '@tanstack/react-query';
import { fetchHealth } from '../api/endpoints';

/** True when the server says it runs on demo data (`demo: true` in /healthz). */
export function useDemoMode(): boolean {
  const health = useQuery({
    queryKey: ['healthz'],
    queryFn: fetchHealth,
    staleTime: Infinity,
    retry: false,
  });
  return health.data?.demo === true;
}
