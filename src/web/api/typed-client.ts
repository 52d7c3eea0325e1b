import createClient, { type Middleware } from 'openapi-fetch';
import { getCsrfToken } from './client';
import { networkProblem, problemFromBody } from './problem';
import type { paths } from './schema';

/** Sends the session's CSRF token on writes, like `request` in client.ts. */
const csrf: Middleware = {
  onRequest({ request }) {
    const token = getCsrfToken();
    if (request.method !== 'GET' && token) request.headers.set('x-csrf-token', token);
    request.headers.set('accept', 'application/json, application/problem+json');
    return request;
  },
};

/**
 * The API client generated from /api/openapi.json (`npm run gen:client`): paths, parameters and
 * bodies are checked against the server's document at compile time.
 */
export const typedApi = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
typedApi.use(csrf);

/**
 * The data of an openapi-fetch result, or the ApiProblem the screens already know how to show.
 * A network failure becomes the same "cannot reach the server" problem as in client.ts.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkProblem(cause);
  }
  if (!result.response.ok) throw problemFromBody(result.response.status, result.error);
  return result.data as T;
}
