import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../commands/context.js';
import { pingDatabase } from '../../db/connect.js';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'Tình trạng hệ thống / Health', response: { 200: z.object({ status: z.literal('ok') }), 503: z.object({ status: z.literal('unavailable'), reason: z.string() }) } } },
    async (_request, reply) => {
      if (await pingDatabase(ctx.db)) return { status: 'ok' as const };
      return reply.code(503).send({ status: 'unavailable' as const, reason: 'database unreachable' });
    },
  );
};
