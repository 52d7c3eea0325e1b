import { useEffect } from 'react';

/** Sets the browser tab title, so screen-reader users hear where they are after navigating. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Dân Vận` : 'Dân Vận';
  }, [title]);
}
