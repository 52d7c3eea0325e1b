/**
 * Setup of the component tests (vitest.config.ts, project 'web', happy-dom): what antd needs
 * from a browser that happy-dom lacks, HTTP mocked at fetch (http.ts), a clean page per test.
 */
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeFetch, resetHttp } from './http';

// Before any module runs: openapi-fetch (typed-client.ts) keeps the fetch it finds at import.
globalThis.fetch = fakeFetch;
window.fetch = fakeFetch;

// antd's responsive helpers (Grid, Descriptions columns) read media queries.
window.matchMedia ??= (query: string): MediaQueryList =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }) as MediaQueryList;

// antd measures the scrollbar with getComputedStyle(element, '::-webkit-scrollbar'); happy-dom
// does not know pseudo-elements: answer with the element's own style.
const computed = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computed(element);

// antd validates asynchronously and a loaded 2-core machine is slow: findBy… / waitFor wait up
// to 10 s (they return as soon as the screen shows what is expected; nothing is timed).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  resetHttp();
  localStorage.clear();
});
