import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { login, logout } from '../../commands/auth/login.js';
import type { Ctx } from '../../db/context.js';
import type { Config } from '../../config/config.js';
import { abilitiesOf, type Actor } from '../../domain/access/actor.js';
import { ROLE_LABELS } from '../../domain/access/roles.js';
import { actorFromSession } from '../../queries/auth/resolve-actor.js';
import { requireActor, SESSION_COOKIE } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';
import { latestUnit } from '../../queries/units/unit-lookup.js';

const LoginBody = z
  .object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) })
  .strict()
  .meta({ example: { username: 'admin', password: '••••••••••' } });

const MeResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.string(),
    roleLabel: z.object({ vi: z.string(), en: z.string() }),
    unit: z.object({ code: z.string(), name: z.string(), level: z.string() }),
    canReadIdentity: z.boolean(),
  }),
  csrfToken: z.string(),
  abilities: z.array(z.string()),
});

export const authRoutes: FastifyPluginAsyncZod<{ ctx: Ctx; config: Config }> = async (
  app,
  { ctx, config },
) => {
  async function me(userCsrf: string, actor: Actor) {
    const unit = await latestUnit(ctx.db, actor.unitCode);
    return {
      user: {
        id: actor.id,
        username: actor.username,
        displayName: actor.displayName,
        role: actor.role,
        roleLabel: ROLE_LABELS[actor.role],
        unit: unit
          ? { code: unit.code, name: unit.full_name, level: unit.level }
          : { code: '*', name: 'Toàn hệ thống', level: 'system' },
        canReadIdentity: actor.canReadIdentity,
      },
      csrfToken: userCsrf,
      abilities: abilitiesOf(actor),
    };
  }

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập / Log in',
        body: LoginBody,
        response: { 200: MeResponse, ...problemResponses(400, 401, 429) },
      },
      config: { rateLimit: { max: config.loginRateLimit, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const result = await login({
        ctx,
        username: request.body.username,
        password: request.body.password,
        ttlHours: config.sessionTtlHours,
        clientAddress: request.ip,
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires: new Date(result.expiresAt),
      });
      const found = await actorFromSession(ctx.db, result.sessionToken, ctx.clock.now());
      return me(result.csrfToken, found!.actor);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đăng xuất / Log out',
        response: { 204: z.null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (request.sessionToken)
        await logout({
          ctx,
          sessionToken: request.sessionToken,
          actorId: actor.id,
          actorName: actor.username,
        });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Người dùng hiện tại / Current user',
        response: { 200: MeResponse, ...problemResponses(401) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return me(request.csrfToken ?? '', actor);
    },
  );
};
