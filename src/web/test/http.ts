/**
 * HTTP for component tests, mocked at `fetch`: each test declares the answers of the endpoints
 * its screen calls ('METHOD /path' → JSON body, or a function of the request); every request the
 * screen sends is recorded (method, path, query, JSON body, headers) for the test to assert on.
 * A request nobody declared is answered 404 problem+json and kept in `unexpected`.
 */

export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

/** A status with a body; a route declared as a plain value answers 200 with it. */
export class MockAnswer {
  constructor(
    readonly status: number,
    readonly body?: unknown,
  ) {}
}

export type Route = unknown | ((req: SentRequest) => MockAnswer | Promise<MockAnswer>);

interface State {
  routes: Map<string, Route>;
  sent: SentRequest[];
  unexpected: SentRequest[];
}

let state: State = { routes: new Map(), sent: [], unexpected: [] };

/** An answer with a status (problem+json when ≥ 400). */
export function answer(status: number, body?: unknown): MockAnswer {
  return new MockAnswer(status, body);
}

/** A problem+json body as the server sends it (stable code, Vietnamese and English message). */
export function problem(status: number, code: string, vi: string, en: string) {
  return answer(status, {
    type: `https://danvan.example/problems/${code}`,
    title: en,
    status,
    code,
    message: { vi, en },
    errors: [],
  });
}

/** Replaces the declared endpoints; returns the log of requests sent from now on. */
export function mockHttp(routes: Record<string, Route>): {
  sent: SentRequest[];
  unexpected: SentRequest[];
  /** The requests sent to `METHOD /path`. */
  to(key: string): SentRequest[];
} {
  state = { routes: new Map(Object.entries(routes)), sent: [], unexpected: [] };
  const { sent, unexpected } = state;
  return {
    sent,
    unexpected,
    to: (key) => sent.filter((r) => `${r.method} ${r.path}` === key),
  };
}

export function resetHttp(): void {
  state = { routes: new Map(), sent: [], unexpected: [] };
}

function parseBody(text: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The stand-in for window.fetch (installed by setup.ts before any module captures fetch). */
export async function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const isRequest = typeof input === 'object' && 'method' in input && !(input instanceof URL);
  const rawUrl = isRequest ? input.url : String(input);
  const url = new URL(rawUrl, 'http://localhost');
  const method = (isRequest ? input.method : (init?.method ?? 'GET')).toUpperCase();
  const text = isRequest ? await input.text() : typeof init?.body === 'string' ? init.body : null;
  const req: SentRequest = {
    method,
    path: url.pathname,
    query: url.searchParams,
    body: parseBody(text),
    headers: new Headers(isRequest ? input.headers : init?.headers),
  };
  state.sent.push(req);
  const route = state.routes.get(`${method} ${url.pathname}`);
  let result: MockAnswer;
  if (route === undefined) {
    state.unexpected.push(req);
    result = problem(404, 'not_mocked', 'Không có', `Not mocked: ${method} ${url.pathname}`);
  } else if (route instanceof MockAnswer) {
    result = route;
  } else if (typeof route === 'function') {
    result = await (route as (r: SentRequest) => MockAnswer | Promise<MockAnswer>)(req);
  } else {
    result = answer(200, route);
  }
  const type = result.status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(result.body === undefined ? null : JSON.stringify(result.body), {
    status: result.status,
    headers: result.body === undefined ? {} : { 'content-type': type },
  });
}
