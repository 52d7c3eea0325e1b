/**
 * The server-drawn queue's words (src/http/workspace-ssr-words.ts) are copies of the web app's
 * source texts and their English catalog entries: every one must still be in the catalog, with the
 * same English, so that the page drawn by the server and the one React draws say the same thing.
 */
import { describe, expect, it } from 'vitest';
import { SSR_WORDS } from '../src/http/workspace-ssr-words.js';
import { en } from '../src/web/i18n/en.js';

describe('server-drawn queue words', () => {
  for (const [word, { vi, en: english }] of Object.entries(SSR_WORDS)) {
    it(`"${word}" is the web catalog's entry for its Vietnamese source text`, () => {
      expect(en[vi], `no catalog entry for "${vi}"`).toBeDefined();
      expect(english).toBe(en[vi]);
    });
  }
});
