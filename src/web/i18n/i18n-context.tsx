import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  readStoredLanguage,
  shareLanguageWithServer,
  storeLanguage,
  type Language,
  type Localized,
} from './language';
import { pick, translate, type MessageParams } from './translate';

interface I18nValue {
  language: Language;
  setLanguage(language: Language): void;
}

const I18nContext = createContext<I18nValue>({ language: 'vi', setLanguage: () => undefined });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const stored = readStoredLanguage();
    document.documentElement.lang = stored;
    shareLanguageWithServer(stored);
    return stored;
  });
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLanguage(): I18nValue {
  return useContext(I18nContext);
}

export type TranslateFn = ((source: string, params?: MessageParams) => string) & {
  /** Picks the current language from a server-sent bilingual text. */
  pick(text: Localized): string;
};

/** Returns t: Vietnamese source text (+ {params}) in, text in the current language out. */
export function useT(): TranslateFn {
  const { language } = useLanguage();
  return useMemo(() => {
    const t = (source: string, params?: MessageParams) => translate(language, source, params);
    return Object.assign(t, { pick: (text: Localized) => pick(language, text) });
  }, [language]);
}
