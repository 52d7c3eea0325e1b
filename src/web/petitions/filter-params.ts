import type { PetitionFilter } from './types';

const listKeys = ['kind', 'status'] as const;
const textKeys = ['q', 'unit', 'topic', 'channel', 'officer', 'agency', 'from', 'to'] as const;

/** Reads the list filter from the address bar, so a filtered list can be bookmarked and shared. */
export function filterFromParams(params: URLSearchParams): PetitionFilter {
  const filter: PetitionFilter = {};
  for (const key of listKeys) {
    const value = params.get(key);
    if (value) filter[key] = value.split(',').filter(Boolean);
  }
  for (const key of textKeys) {
    const value = params.get(key);
    if (!value) continue;
    // The channel is passed on as written, like the rest (the server answers a wrong one with a problem).
    if (key === 'channel') filter.channel = value as NonNullable<PetitionFilter['channel']>;
    else filter[key] = value;
  }
  const deadline = params.get('deadline');
  if (deadline === 'on_time' || deadline === 'due_soon' || deadline === 'overdue') {
    filter.deadline = deadline;
  }
  const sort = params.get('sort');
  if (sort === 'due' || sort === 'received') filter.sort = sort;
  if (params.get('open') === 'true') filter.open = true;
  return filter;
}

/** The inverse of filterFromParams; fixed parts of a screen's query (mine=true) are not written. */
export function filterToParams(filter: PetitionFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of listKeys) if (filter[key]?.length) params.set(key, filter[key].join(','));
  for (const key of textKeys) if (filter[key]) params.set(key, filter[key]);
  if (filter.deadline) params.set('deadline', filter.deadline);
  if (filter.sort) params.set('sort', filter.sort);
  if (filter.open) params.set('open', 'true');
  return params;
}

/** True when the official has narrowed the list (for the "clear filters" button and empty states). */
export function hasFilter(filter: PetitionFilter): boolean {
  return [...filterToParams({ ...filter, sort: undefined }).keys()].length > 0;
}
