import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint (px): below it navigation moves into a drawer. */
export const PHONE_MAX_WIDTH = 767;

/** True while the CSS media query matches; follows rotation and window resizes. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** True on a phone-sized screen (≤ 767 px wide). */
export function usePhone(): boolean {
  return useMediaQuery(`(max-width: ${PHONE_MAX_WIDTH}px)`);
}
