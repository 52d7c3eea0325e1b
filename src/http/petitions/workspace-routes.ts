import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { markNotificationRead } from '../../commands/notifications/mark-notification-read.js';
import {
  ACTION_LABELS,
  CHANNEL_LABELS,
  DEADLINE_STATE_LABELS,
  DEADLINE_STEP_LABELS,
  PETITION_KIND_LABELS,
  RESULT_LABELS,
  RESULTS_BY_KIND,
  STATUS_LABELS,
} from '../../domain/petition/index.js';
import { listNotifications } from '../../queries/notifications/list-notifications.js';
import { listAssignees } from '../../queries/petitions/list-assignees.js';
import { receptionRegister } from '../../queries/petitions/reception-register.js';
import { requireActor } from '../plugins/auth.js';
import { ReceptionRegisterSchema } from './schemas.js';
import { BilingualSchema, IsoDateSchema, problemResponses } from '../schemas.js';
import { listActiveTopics } from '../../queries/petitions/active-topics.js';

const LabelsSchema = z.record(z.string(), BilingualSchema);

/** GET /api/v1/reference: every label the petition screens show. */
const ReferenceSchema = z
  .object({
    kinds: LabelsSchema,
    channels: LabelsSchema,
    statuses: LabelsSchema,
    actions: LabelsSchema,
    results: LabelsSchema,
    resultsByKind: z.record(z.string(), z.array(z.string())),
    deadlineSteps: LabelsSchema,
    deadlineStates: LabelsSchema,
    topics: z.array(
      z.object({ code: z.string(), name: BilingualSchema, kinds: z.array(z.string()) }),
    ),
  })
  .meta({ id: 'Reference' });

const NotificationsSchema = z.object({
  unread: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      petitionId: z.string().nullable(),
      link: z.string().nullable().describe('Đường dẫn trong không gian làm việc / Workspace path'),
      title: BilingualSchema,
      createdAt: z.string(),
      readAt: z.string().nullable(),
    }),
  ),
});

const AssigneesSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.string(),
      unitCode: z.string(),
      agency: BilingualSchema.nullable(),
    }),
  ),
});

/** Reference data, assignee pickers, the reception register and notifications for the workspace. */
export const workspaceRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/reference',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Danh mục: loại đơn, nguồn, trạng thái, lĩnh vực… / Reference lists with labels',
        response: { 200: ReferenceSchema, ...problemResponses(401) },
      },
    },
    async (request) => {
      requireActor(request);
      const topics = await listActiveTopics(ctx.db);
      return {
        kinds: PETITION_KIND_LABELS,
        channels: CHANNEL_LABELS,
        statuses: STATUS_LABELS,
        actions: ACTION_LABELS,
        results: RESULT_LABELS,
        resultsByKind: Object.fromEntries(
          Object.entries(RESULTS_BY_KIND).map(([kind, results]) => [kind, [...results]]),
        ),
        deadlineSteps: DEADLINE_STEP_LABELS,
        deadlineStates: DEADLINE_STATE_LABELS,
        topics: topics.map((t) => ({
          code: t.code,
          name: { vi: t.name_vi, en: t.name_en },
          kinds: JSON.parse(t.kinds) as string[],
        })),
      };
    },
  );

  app.get(
    '/api/v1/petitions/:id/assignees',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Cán bộ có thể được giao / Possible assignees',
        params: z.object({ id: z.string().min(1).max(64) }).strict(),
        response: { 200: AssigneesSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) =>
      listAssignees({ ctx, actor: requireActor(request), petitionId: request.params.id }),
  );

  app.get(
    '/api/v1/reception-register',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Sổ tiếp công dân / Reception register',
        querystring: z
          .object({
            unit: z
              .string()
              .regex(/^\d{2,5}$/)
              .optional(),
            from: IsoDateSchema.optional(),
            to: IsoDateSchema.optional(),
            limit: z.coerce.number().int().min(1).max(500).optional(),
          })
          .strict(),
        response: { 200: ReceptionRegisterSchema, ...problemResponses(400, 401) },
      },
    },
    async (request) => receptionRegister({ ctx, actor: requireActor(request), ...request.query }),
  );

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Thông báo của tôi / My notifications',
        response: { 200: NotificationsSchema, ...problemResponses(401) },
      },
    },
    async (request) => listNotifications({ ctx, actor: requireActor(request) }),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Đánh dấu đã đọc / Mark read',
        params: z.object({ id: z.string().min(1).max(64) }).strict(),
        response: { 204: z.null(), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      await markNotificationRead({ ctx, actor: requireActor(request), id: request.params.id });
      return reply.code(204).send(null);
    },
  );
};
