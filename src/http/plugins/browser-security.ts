import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { SESSION_COOKIE } from './auth.js';

/**
 * Content-Security-Policy of the workspace (/app/*) and the API docs (/api/docs): scripts only from
 * our own files (no inline script, no eval), no plugins, no frames, no foreign connections.
 * Inline *styles* stay allowed: antd and Swagger UI set style attributes at run time.
 */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Machine-to-machine endpoints other sites and apps may call without a session (Open311, public API). */
const CROSS_ORIGIN_OK = /^\/(api\/public\/|open311\/)/;

function cspFor(url: string): string | null {
  const p = url.split('?')[0] ?? '';
  return p === '/app' || p.startsWith('/app/') || p === '/api/docs' || p.startsWith('/api/docs/')
    ? APP_CSP
    : null;
}

/**
 * True when a state-changing request comes from another site: a foreign `Origin`, or a browser's
 * `Sec-Fetch-Site` of `cross-site`/`same-site`. Requests without those headers (curl, servers,
 * old browsers) pass; the CSRF token still guards cookie sessions.
 */
export function isForeignRequest(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = request.headers.origin;
  if (typeof origin !== 'string' || origin === '') return false;
  return origin === 'null' || origin !== `${request.protocol}://${request.host}`;
}

/** Registers the workspace/docs CSP and the origin check on state-changing requests. */
export function registerBrowserSecurity(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE.has(request.method)) return;
    if (request.headers.authorization?.startsWith('Bearer ')) return; // not an ambient credential
    const path = request.url.split('?')[0] ?? '';
    if (
      CROSS_ORIGIN_OK.test(path) &&
      !request.cookies?.[SESSION_COOKIE] &&
      !request.headers.cookie?.includes(`${SESSION_COOKIE}=`)
    )
      return;
    if (isForeignRequest(request)) {
      throw new DomainError(
        'csrf_failed',
        'Yêu cầu đến từ một trang web khác nên bị từ chối.',
        'The request comes from another site and was refused.',
      );
    }
  });
  app.addHook('onSend', async (request, reply) => {
    const csp = cspFor(request.url);
    if (csp && !reply.getHeader('content-security-policy'))
      reply.header('content-security-policy', csp);
  });
}
