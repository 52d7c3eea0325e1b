import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { actorFromApiToken, actorFromSession } from '../../queries/auth/resolve-actor.js';

export const SESSION_COOKIE = 'danvan_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    authVia: 'session' | 'token' | null;
    sessionToken: string | null;
    csrfToken: string | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves the actor of every request from the session cookie or an API token, and enforces
 * CSRF on cookie-authenticated writes (the token travels in the `x-csrf-token` header).
 */
export function registerAuth(app: FastifyInstance, ctx: Ctx): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authVia', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('preHandler', async (request) => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const actor = await actorFromApiToken(ctx.db, header.slice(7).trim());
      if (!actor)
        throw new DomainError(
          'unauthenticated',
          'Mã truy cập API không hợp lệ.',
          'Invalid API token.',
        );
      request.actor = actor;
      request.authVia = 'token';
      return;
    }
    const cookie = request.cookies?.[SESSION_COOKIE];
    if (!cookie) return;
    const found = await actorFromSession(ctx.db, cookie, ctx.clock.now());
    if (!found) return;
    request.actor = found.actor;
    request.authVia = 'session';
    request.sessionToken = cookie;
    request.csrfToken = found.csrfToken;
    if (UNSAFE.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, found.csrfToken)) {
        throw new DomainError(
          'csrf_failed',
          'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
          'Missing or wrong CSRF token; reload the page.',
        );
      }
    }
  });
}

/** The actor of an authenticated request, or a 401 problem. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor)
    throw new DomainError('unauthenticated', 'Vui lòng đăng nhập.', 'Please log in.');
  return request.actor;
}
