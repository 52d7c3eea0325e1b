import { useCallback, useState } from 'react';
import type { PetitionFilter } from './types';

export interface SavedFilter {
  name: string;
  filter: PetitionFilter;
}

function read(key: string): SavedFilter[] {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
    return Array.isArray(raw)
      ? raw.filter(
          (x): x is SavedFilter =>
            typeof x === 'object' && x !== null && typeof (x as SavedFilter).name === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * Named filters kept in this browser (localStorage), per screen. Personal, so they never go to
 * the server; a shared computer at a reception desk keeps each screen's list small and visible.
 */
export function useSavedFilters(screen: string) {
  const key = `danvan.filters.${screen}`;
  const [items, setItems] = useState<SavedFilter[]>(() => read(key));
  const write = useCallback(
    (next: SavedFilter[]) => {
      setItems(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the filter lasts for this page only.
      }
    },
    [key],
  );
  const save = useCallback(
    (name: string, filter: PetitionFilter) =>
      write([...items.filter((x) => x.name !== name), { name, filter }].slice(-20)),
    [items, write],
  );
  const remove = useCallback(
    (name: string) => write(items.filter((x) => x.name !== name)),
    [items, write],
  );
  return { items, save, remove };
}
