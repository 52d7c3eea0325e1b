import { en } from './en';
import type { Language, Localized } from './language';

export type MessageParams = Record<string, string | number>;

function interpolate(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Translates a Vietnamese source text. A missing English entry falls back to the
 * Vietnamese text (and the extraction test in tests/web-i18n.test.ts fails).
 */
export function translate(language: Language, source: string, params?: MessageParams): string {
  const text = language === 'en' ? (en[source] ?? source) : source;
  return interpolate(text, params);
}

/**
 * Marks a source text for extraction outside React (module constants, the API client)
 * and returns it in both languages.
 */
export function msg(source: string): Localized {
  return { vi: source, en: en[source] ?? source };
}

export function pick(language: Language, text: Localized): string {
  return text[language] || text.vi;
}
