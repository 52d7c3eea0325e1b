import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Html } from './html.js';
import { langOf, type Lang } from './i18n.js';

/** Content-Security-Policy of portal pages: own files only, no inline script, no frames. */
export const PORTAL_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/** Sends a rendered page. Pages are small and per-language; shared caches may keep public ones briefly. */
export function sendPage(
  reply: FastifyReply,
  body: Html,
  opts: { status?: number; cache?: 'public' | 'private' } = {},
): FastifyReply {
  reply
    .code(opts.status ?? 200)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PORTAL_CSP)
    .header('cache-control', opts.cache === 'public' ? 'public, max-age=60' : 'no-store')
    .header('vary', 'accept-encoding');
  // Pages are a few KB: compressing here keeps them small on a cheap phone even without a proxy.
  const ae = reply.request.headers['accept-encoding'];
  if (typeof ae === 'string' && /\bgzip\b/.test(ae) && body.value.length > 1024)
    return reply.header('content-encoding', 'gzip').send(gzipSync(body.value, { level: 6 }));
  return reply.send(body.value);
}

export type PageHandler = (
  request: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
) => Promise<unknown>;

/** Registers a page in both languages: `/path` (Vietnamese) and `/en/path` (English). */
export function pageRoute(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  path: string,
  handler: PageHandler,
  config: Record<string, unknown> = {},
): void {
  const paths = path === '/' ? ['/', '/en', '/en/'] : [path, `/en${path}`];
  for (const url of paths) {
    app.route({
      method,
      url,
      schema: { hide: true },
      config,
      handler: (request, reply) => handler(request, reply, langOf(request)),
    });
  }
}

/** A positive page number from a query value. */
export function pageNumber(v: unknown): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

/** A query string value (first of repeated ones), trimmed and bounded. */
export function qs(v: unknown, max = 200): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim().slice(0, max) : '';
}
