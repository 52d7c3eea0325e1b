import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { fetchPetitions } from './api';
import { filterFromParams, filterToParams } from './filter-params';
import { LIST_PAGE_SIZE, petitionListKey } from './queue-query';
import type { PetitionFilter } from './types';

/** Cursor-paged case list for a filter ("Xem thêm" loads the next page). */
export function usePetitionList(filter: PetitionFilter, pageSize = LIST_PAGE_SIZE) {
  const query = useInfiniteQuery({
    queryKey: petitionListKey(filter, pageSize),
    queryFn: ({ pageParam }) => fetchPetitions(filter, pageParam, pageSize),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  return { query, items };
}

/** The filter of a list screen, kept in the address bar. */
export function useUrlFilter(): [PetitionFilter, (next: PetitionFilter) => void] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  return [filter, (next) => setParams(filterToParams(next), { replace: true })];
}
