import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { listIdentityAccesses } from '../../queries/admin/list-identity-accesses.js';
import { requireActor } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';

const Access = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  petitionId: z.string(),
  trackingCode: z.string().nullable(),
  purpose: z.string().nullable(),
  outcome: z.enum(['allowed', 'refused', 'matched']),
  reason: z.string().nullable(),
});

/** The identity-access log (Law on Denunciations Art. 47): who touched which sealed identity, never the identity. */
export const identityAccessRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/admin/identity-accesses',
    {
      schema: {
        tags: ['admin'],
        summary: 'Nhật ký truy cập danh tính người tố cáo / Sealed identity access log',
        description:
          'Every reveal (allowed or refused) and every identity-based duplicate match, newest first: who, when, which case, purpose, outcome. Never the identity itself. Ability `audit.read`.',
        querystring: z
          .object({
            outcome: z.enum(['allowed', 'refused', 'matched']).optional(),
            before: z.coerce.number().int().min(1).optional(),
            limit: z.coerce.number().int().min(1).max(500).optional(),
          })
          .strict(),
        response: {
          200: z.object({ items: z.array(Access), nextBefore: z.number().nullable() }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) =>
      listIdentityAccesses({
        ctx,
        actor: requireActor(request),
        outcome: request.query.outcome,
        before: request.query.before,
        ...(request.query.limit ? { limit: request.query.limit } : {}),
      }),
  );
};
