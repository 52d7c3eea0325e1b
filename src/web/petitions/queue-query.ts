import type { PetitionFilter } from './types';

/** Rows per page of the case lists (queue, search). */
export const LIST_PAGE_SIZE = 30;

/** The list query of "Hàng đợi của tôi" for the filter in the address bar. */
export function queueFilter(filter: PetitionFilter): PetitionFilter {
  return { ...filter, waitingForMe: true, sort: 'due' };
}

/** The query-cache key of a case list page set (shared by the list hook and the cold-start preload). */
export function petitionListKey(filter: PetitionFilter, pageSize = LIST_PAGE_SIZE) {
  return ['petitions', filter, pageSize] as const;
}
