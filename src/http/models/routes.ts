import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { advanceModel } from '../../commands/models/advance-model.js';
import { registerModel } from '../../commands/models/register-model.js';
import { updateModel } from '../../commands/models/update-model.js';
import { MODEL_FIELDS, MODEL_STATUSES } from '../../domain/campaign/index.js';
import { getModel, listModels, modelStats } from '../../queries/models/model-views.js';
import { requireActor } from '../plugins/auth.js';
import { BilingualSchema, problemResponses } from '../schemas.js';
import { Code, IdParams } from '../campaigns/schemas/shared.js';
import {
  ModelActionSchema,
  ModelCreateSchema,
  ModelSchema,
  ModelUpdateSchema,
} from '../campaigns/schemas/models.js';

const tags = ['models'];
const ModelDetailSchema = ModelSchema.extend({
  replicatedBy: z.array(z.object({ id: z.string(), name: z.string(), unitCode: z.string() })),
});

/** «Dân vận khéo» models: register, describe, survey → recognise → replicate → commend; counts. */
export const modelRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/models',
    {
      schema: {
        tags,
        summary: 'Danh sách mô hình "Dân vận khéo" / Models in view',
        querystring: z
          .object({
            unitCode: Code.optional(),
            field: z.enum(MODEL_FIELDS).optional(),
            status: z.enum(MODEL_STATUSES).optional(),
            campaignId: z.string().optional(),
          })
          .strict(),
        response: { 200: z.object({ items: z.array(ModelSchema) }), ...problemResponses(400, 401) },
      },
    },
    async (request) => ({
      items: await listModels({ ctx, actor: requireActor(request), filter: request.query }),
    }),
  );

  app.get(
    '/api/v1/models/stats',
    {
      schema: {
        tags,
        summary:
          'Thống kê mô hình theo đơn vị, lĩnh vực, trạng thái / Model counts by unit, field and status',
        querystring: z.object({ campaignId: z.string().optional() }).strict(),
        response: {
          200: z
            .object({
              total: z.number(),
              byField: z.array(
                z.object({
                  field: z.enum(MODEL_FIELDS),
                  label: BilingualSchema,
                  count: z.number(),
                }),
              ),
              byStatus: z.array(
                z.object({
                  status: z.enum(MODEL_STATUSES),
                  label: BilingualSchema,
                  count: z.number(),
                }),
              ),
              byUnit: z.array(
                z.object({
                  unitCode: z.string(),
                  unitName: z.string(),
                  total: z.number(),
                  byField: z.record(z.string(), z.number()),
                }),
              ),
            })
            .meta({ id: 'ModelStats' }),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => modelStats({ ctx, actor: requireActor(request), filter: request.query }),
  );

  app.post(
    '/api/v1/models',
    {
      schema: {
        tags,
        summary: 'Đăng ký mô hình / Register a model',
        body: ModelCreateSchema,
        response: { 201: ModelDetailSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = await registerModel({ ctx, actor, input: request.body });
      return reply.code(201).send(await getModel({ ctx, actor, id }));
    },
  );

  app.get(
    '/api/v1/models/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết mô hình / A model',
        params: IdParams,
        response: { 200: ModelDetailSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => getModel({ ctx, actor: requireActor(request), id: request.params.id }),
  );

  app.patch(
    '/api/v1/models/:id',
    {
      schema: {
        tags,
        summary: 'Sửa mô tả mô hình / Edit a model',
        params: IdParams,
        body: ModelUpdateSchema,
        response: { 200: ModelDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateModel({ ctx, actor, id: request.params.id, input: request.body });
      return getModel({ ctx, actor, id: request.params.id });
    },
  );

  app.post(
    '/api/v1/models/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Khảo sát / công nhận / nhân rộng / khen thưởng / Survey, recognise, replicate, commend',
        params: IdParams,
        body: ModelActionSchema,
        response: { 200: ModelDetailSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await advanceModel({ ctx, actor, id: request.params.id, input: request.body });
      return getModel({ ctx, actor, id: request.params.id });
    },
  );
};
