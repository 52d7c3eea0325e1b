import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { pingDatabase } from '../../db/connect.js';
import { demoStatus } from '../../commands/demo/load-demo.js';
import { dataDirWritable } from './data-dir-probe.js';
import { migrationsCurrent } from '../../queries/ops/operational-counts.js';
import { problemResponses } from '../schemas.js';

const APP_VERSION = '0.1.0';

/**
 * These routes need no login, but an `Authorization: Bearer` header with an unknown or revoked
 * API token is refused on every route (401 problem+json, src/http/plugins/auth.ts): a monitor
 * given a stale token learns it at once.
 */
const BAD_TOKEN = problemResponses(401);

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['system'],
        summary: 'Tình trạng hệ thống / Health',
        security: [],
        response: {
          200: z.object({ status: z.literal('ok') }),
          503: z.object({ status: z.literal('unavailable'), reason: z.string() }),
          ...BAD_TOKEN,
        },
      },
    },
    async (_request, reply) => {
      if (await pingDatabase(ctx.db)) return { status: 'ok' as const };
      return reply
        .code(503)
        .send({ status: 'unavailable' as const, reason: 'database unreachable' });
    },
  );

  app.get(
    '/livez',
    {
      schema: {
        tags: ['system'],
        summary: 'Tiến trình còn sống / Liveness',
        security: [],
        response: { 200: z.object({ status: z.literal('ok') }), ...BAD_TOKEN },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  const readyChecks = z.object({
    database: z.boolean(),
    migrations: z.boolean(),
    dataDir: z.boolean(),
  });
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['system'],
        summary: 'Sẵn sàng phục vụ / Readiness',
        security: [],
        description:
          "Ready when the database answers, its schema is at this version's migration level and the data directory accepts writes (a full disk or read-only mount makes it false).",
        response: {
          200: z.object({ status: z.literal('ready'), checks: readyChecks }),
          503: z.object({ status: z.literal('unavailable'), checks: readyChecks }),
          ...BAD_TOKEN,
        },
      },
    },
    async (_request, reply) => {
      const database = await pingDatabase(ctx.db);
      const migrations = database && (await migrationsCurrent(ctx.db).catch(() => false));
      const checks = { database, migrations, dataDir: dataDirWritable(ctx.dataDir) };
      if (checks.database && checks.migrations && checks.dataDir)
        return { status: 'ready' as const, checks };
      return reply.code(503).send({ status: 'unavailable' as const, checks });
    },
  );

  app.get(
    '/api/public/v1/system',
    {
      schema: {
        tags: ['system'],
        summary: 'Thông tin triển khai / Deployment facts',
        description:
          '`demo`: the database holds the sample scenario (screens show "Dữ liệu mẫu"); `today`: the server\'s date in Vietnam (UTC+7), which deadlines count from.',
        security: [],
        response: {
          200: z.object({
            status: z.literal('ok'),
            demo: z.boolean(),
            today: z.string(),
            version: z.string(),
          }),
          ...BAD_TOKEN,
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      demo: (await demoStatus(ctx)) !== null,
      today: ctx.clock.today(),
      version: APP_VERSION,
    }),
  );
};
