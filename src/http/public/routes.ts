import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { submitOnlinePetition } from '../../commands/petitions/submit-online-petition.js';
import type { Config } from '../../config/config.js';
import { DomainError } from '../../domain/errors.js';
import { trackPetition } from '../../queries/petitions/track-petition.js';
import { OnlinePetitionShape } from '../../commands/petitions/online-petition-schema.js';
import { problemResponses } from '../schemas.js';

const OnlineBody = OnlinePetitionShape.meta({
  example: {
    unitCode: '27877',
    kind: 'feedback',
    topicCode: 'infrastructure',
    title: 'Đèn đường ấp 3 không sáng',
    content: 'Đoạn đường từ cầu Ấp 3 đến trường tiểu học không có đèn từ tuần trước …',
    petitioner: { fullName: 'Trần Thị Mẫu', phone: '0909555001' },
    consent: true,
  },
});

const Receipt = z.object({
  trackingCode: z.string(),
  kind: z.string(),
  receivedOn: z.string(),
  dueOn: z.string().nullable(),
  dueStep: z.string().nullable(),
});

export const publicRoutes: FastifyPluginAsyncZod<{ ctx: Ctx; config: Config }> = async (
  app,
  { ctx },
) => {
  app.post(
    '/api/public/v1/petitions',
    {
      schema: {
        tags: ['public'],
        summary: 'Công dân gửi đơn trực tuyến / Citizens submit online',
        description:
          'Send an `Idempotency-Key` header (any unique string, 8–100 characters): a retried request returns the first result (200 with `replayed: true`) and never creates a second case. Rate-limited per client.',
        headers: z
          .object({
            'idempotency-key': z
              .string()
              .regex(/^[\w.:-]{8,100}$/)
              .optional(),
          })
          .loose(),
        body: OnlineBody,
        security: [],
        response: {
          201: Receipt.extend({ replayed: z.boolean() }),
          200: Receipt.extend({ replayed: z.boolean() }),
          ...problemResponses(400, 409, 429),
        },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      if (request.actor)
        throw new DomainError(
          'validation_failed',
          'Cán bộ nhập đơn qua trang tiếp nhận.',
          'Staff register petitions through the workspace.',
        );
      const key = request.headers['idempotency-key'];
      const { receipt, replayed } = await submitOnlinePetition({
        ctx,
        input: request.body,
        idempotencyKey: typeof key === 'string' ? key : null,
      });
      return reply.code(replayed ? 200 : 201).send({ ...receipt, replayed });
    },
  );

  app.get(
    '/api/public/v1/track/:code',
    {
      schema: {
        tags: ['public'],
        summary: 'Tra cứu tình trạng đơn bằng mã / Track a case by its code',
        description:
          'Status, dates, the statutory deadline, a public timeline and the published answer. No personal data and no internal notes.',
        params: z.object({ code: z.string().min(4).max(40) }).strict(),
        security: [],
        response: {
          200: z.object({
            trackingCode: z.string(),
            kind: z.string(),
            status: z.string(),
            unit: z.object({ name: z.string(), nameEn: z.string().nullable() }),
            topic: z.object({ vi: z.string(), en: z.string() }).nullable(),
            receivedOn: z.string(),
            acceptedOn: z.string().nullable(),
            decidedOn: z.string().nullable(),
            closedOn: z.string().nullable(),
            dueOn: z.string().nullable(),
            dueStep: z.string().nullable(),
            result: z.string().nullable(),
            answer: z.string().nullable(),
            documents: z.array(
              z.object({
                id: z.string(),
                fileName: z.string(),
                mediaType: z.string(),
                size: z.number(),
              }),
            ),
            rating: z.number().nullable(),
            timeline: z.array(
              z.object({ onDate: z.string(), action: z.string(), status: z.string() }),
            ),
            sample: z.boolean(),
          }),
          ...problemResponses(404, 429),
        },
      },
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (request) => trackPetition({ ctx, code: request.params.code }),
  );
};
