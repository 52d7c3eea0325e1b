import type { QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../api/client';
import { fetchMe } from '../api/endpoints';
import type { MeResponse } from '../api/types';
import { meQueryKey } from '../auth/session';
import { fetchPetitions, fetchReference, filterQuery } from '../petitions/api';
import { LIST_PAGE_SIZE, petitionListKey, queueFilter } from '../petitions/queue-query';
import type { PetitionPage, Reference } from '../petitions/types';
import './preload-types';

/** The same request, whatever the order of its parameters. */
function sameQuery(url: string, query: Record<string, string | number | undefined>): boolean {
  const sent = new URLSearchParams(url.split('?')[1] ?? '');
  const wanted = Object.entries(query).filter(([, v]) => v !== undefined && v !== '');
  return (
    wanted.length === [...sent.keys()].length && wanted.every(([k, v]) => sent.get(k) === String(v))
  );
}

/**
 * Hands the answers public/preload.js asked for before the app's scripts arrived to the query cache,
 * under the keys the screens read (so nobody asks twice). A failed answer is asked again the
 * usual way, through the API client, so errors (401 → login page) behave as without preloading.
 */
export function adoptPreloaded(client: QueryClient): void {
  const preloaded = window.__danvanPreload;
  if (!preloaded) {
    adoptServedQueue(client);
    return;
  }
  delete window.__danvanPreload;
  void client.prefetchQuery({
    queryKey: meQueryKey,
    queryFn: () =>
      (preloaded.me as Promise<MeResponse>).then(
        (me) => {
          setCsrfToken(me.csrfToken);
          return me;
        },
        () => fetchMe(),
      ),
    retry: false,
  });
  void client.prefetchQuery({
    queryKey: ['reference'],
    queryFn: () => (preloaded.reference as Promise<Reference>).catch(() => fetchReference()),
  });
  const queue = preloaded.queue;
  const filter = queueFilter({});
  if (queue && sameQuery(queue.url, filterQuery(filter, { limit: LIST_PAGE_SIZE }))) {
    void client.prefetchInfiniteQuery({
      queryKey: petitionListKey(filter),
      queryFn: ({ pageParam }) =>
        pageParam === undefined
          ? (queue.data as Promise<PetitionPage>).catch(() =>
              fetchPetitions(filter, undefined, LIST_PAGE_SIZE),
            )
          : fetchPetitions(filter, pageParam, LIST_PAGE_SIZE),
      initialPageParam: undefined as string | undefined,
    });
  }
}

/**
 * preload.js has not run yet (it is `async`: a slow download can let the app start first): the
 * queue's first page the server wrote into the page (decision 0018) is still taken, so the app
 * does not ask for it; /me and the reference lists are asked the usual way.
 */
function adoptServedQueue(client: QueryClient): void {
  const node = document.getElementById('dv-queue-data');
  if (!node) return;
  let served: { url?: string; page?: PetitionPage } | undefined;
  try {
    served = JSON.parse(node.textContent ?? '') as typeof served;
  } catch {
    return;
  }
  const filter = queueFilter({});
  if (
    !served?.page ||
    !served.url ||
    !window.location.pathname.replace(/\/$/, '').endsWith('/queue') ||
    window.location.search !== '' ||
    !sameQuery(served.url, filterQuery(filter, { limit: LIST_PAGE_SIZE }))
  )
    return;
  client.setQueryData(petitionListKey(filter), {
    pages: [served.page],
    pageParams: [undefined],
  });
}
