import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useT } from '../i18n/i18n-context';
import type { Localized } from '../i18n/language';
import { fetchReference } from './api';
import type { Reference } from './types';

/** The reference lists rarely change during a working day: fetch once per session. */
export function useReference() {
  return useQuery({ queryKey: ['reference'], queryFn: fetchReference, staleTime: Infinity });
}

type Section = Exclude<keyof Reference, 'topics' | 'resultsByKind'>;

/**
 * Returns `label(section, code)`: the code's label in the current language, or the code itself
 * while the reference is loading or when a newer server sends a code this page does not know.
 */
export function useLabels(): (
  section: Section | 'topics',
  code: string | null | undefined,
) => string {
  const t = useT();
  const { data } = useReference();
  return useCallback(
    (section, code) => {
      if (!code) return '';
      if (section === 'topics') {
        const topic = data?.topics.find((x) => x.code === code);
        return topic ? t.pick(topic.name) : code;
      }
      const text: Localized | undefined = data?.[section][code];
      return text ? t.pick(text) : code;
    },
    [data, t],
  );
}
