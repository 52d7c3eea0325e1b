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
  shareLanguageWithServer(language);
}

/**
 * Copies the choice into the `lang` cookie (path /app, a year, SameSite=Lax; only 'vi' or 'en',
 * nothing personal) so that the server draws the queue's first page in it (decision 0019-h20).
 * Called at every start too, so a choice stored before the cookie existed reaches the server
 * from the next page load on.
 */
export function shareLanguageWithServer(language: Language): void {
  try {
    if (document.cookie.split('; ').includes(`lang=${language}`)) return;
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `lang=${language}; Path=/app; Max-Age=31536000; SameSite=Lax${secure}`;
  } catch {
    // Cookies disabled: the server's first page stays Vietnamese, the app still follows the choice.
  }
}
