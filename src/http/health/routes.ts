import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { pingDatabase } from '../../db/connect.js';
import { demoStatus } from '../../commands/demo/load-demo.js';

const APP_VERSION = '0.1.0';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'Tình trạng hệ thống / Health', response: { 200: z.object({ status: z.literal('ok') }), 503: z.object({ status: z.literal('unavailable'), reason: z.string() }) } } },
    async (_request, reply) => {
      if (await pingDatabase(ctx.db)) return { status: 'ok' as const };
      return reply.code(503).send({ status: 'unavailable' as const, reason: 'database unreachable' });
    },
  );

  app.get(
    '/api/public/v1/system',
    {
      schema: {
        tags: ['system'],
        summary: 'Thông tin triển khai / Deployment facts',
        description: '`demo`: the database holds the sample scenario (screens show "Dữ liệu mẫu"); `today`: the server\'s date in Vietnam (UTC+7), which deadlines count from.',
        security: [],
        response: { 200: z.object({ status: z.literal('ok'), demo: z.boolean(), today: z.string(), version: z.string() }) },
      },
    },
    async () => ({ status: 'ok' as const, demo: (await demoStatus(ctx)) !== null, today: ctx.clock.today(), version: APP_VERSION }),
  );
};
