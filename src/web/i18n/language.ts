/** Languages of the workspace. Vietnamese is the source text and the default. */
export type Language = 'vi' | 'en';

/** A text the server sends in both languages (problem messages, role labels). */
export interface Localized {
  vi: string;
  en: string;
}

const storageKey = 'danvan.lang';

export function readStoredLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  document.documentElement.lang = language;
}
