import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { rateAnswer } from '../../commands/petitions/rate-answer.js';
import { requestReopen } from '../../commands/petitions/request-reopen.js';
import { problemResponses } from '../schemas.js';

const Params = z.object({ code: z.string().min(4).max(40) }).strict();
const contact = z
  .string()
  .trim()
  .min(3)
  .max(200)
  .describe('The phone number or e-mail given at submission (compared normalised)');

/** The citizen's rating and re-open request as JSON (the portal's forms use the same commands). */
export const feedbackApiRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.post(
    '/api/public/v1/track/:code/rating',
    {
      schema: {
        tags: ['public'],
        summary: 'Công dân đánh giá câu trả lời / The citizen rates the answer',
        security: [],
        description:
          'Needs the phone number or e-mail given at submission. Not for denunciations (403).',
        params: Params,
        body: z
          .object({
            contact,
            rating: z.number().int().min(1).max(5),
            comment: z.string().max(2000).nullish(),
          })
          .strict(),
        response: {
          200: z.object({ trackingCode: z.string(), rating: z.number() }),
          ...problemResponses(400, 403, 404, 429),
        },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request) => rateAnswer({ ctx, input: { code: request.params.code, ...request.body } }),
  );

  app.post(
    '/api/public/v1/track/:code/reopen',
    {
      schema: {
        tags: ['public'],
        summary: 'Công dân yêu cầu xem xét lại / The citizen asks for a review',
        security: [],
        description:
          'Within the window after the decision (settings `portal.reopen_window`, default 30 days); once per case; needs the phone or e-mail given at submission.',
        params: Params,
        body: z.object({ contact, reason: z.string().min(10).max(4000) }).strict(),
        response: {
          201: z.object({
            trackingCode: z.string(),
            requestedOn: z.string(),
            deadline: z.string(),
          }),
          ...problemResponses(400, 403, 404, 409, 429),
        },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await requestReopen({ ctx, input: { code: request.params.code, ...request.body } })),
  );
};
