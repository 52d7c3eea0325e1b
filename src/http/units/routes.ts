import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../commands/context.js';
import { listUnits } from '../../queries/units/list-units.js';
import { requireActor } from '../plugins/auth.js';
import { IsoDateSchema, problemResponses } from '../schemas.js';

const UnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  nameEn: z.string().nullable(),
  level: z.string(),
  type: z.string(),
  parentCode: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  successorCodes: z.array(z.string()),
  sample: z.boolean(),
});

export const unitRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Đơn vị hành chính trong phạm vi / Administrative units in scope',
        querystring: z.object({ date: IsoDateSchema.optional(), level: z.enum(['province', 'district', 'commune']).optional() }).strict(),
        response: { 200: z.object({ items: z.array(UnitSchema) }), ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listUnits({ ctx, actor, date: request.query.date, level: request.query.level }) };
    },
  );
};
