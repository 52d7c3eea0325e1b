import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addCalendarEntry } from '../../commands/calendar/add-calendar-entry.js';
import { removeCalendarEntry } from '../../commands/calendar/remove-calendar-entry.js';
import { updateDeadlineRule } from '../../commands/calendar/update-deadline-rule.js';
import type { Ctx } from '../../db/context.js';
import {
  listCalendarEntries,
  listDeadlineRules,
} from '../../queries/calendar/list-calendar-admin.js';
import { requireActor } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';
import {
  AddEntryBodySchema,
  CalendarEntrySchema,
  DeadlineRuleSchema,
  RecomputeSummarySchema,
  UpdateRuleBodySchema,
} from './schemas.js';

const TAGS = ['calendar-admin'];

/**
 * Administrators' edits of the working calendar and the deadline rules (ability `admin.calendar`;
 * anyone else gets 404). Every change recomputes the open deadlines in the same transaction and
 * answers with the recompute summary.
 */
export const calendarAdminRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/admin/calendar/entries',
    {
      schema: {
        tags: TAGS,
        summary:
          'Danh sách ngày lễ, quyết định do quản trị viên thêm / Administrators’ calendar entries',
        querystring: z.object({ includeRemoved: z.enum(['true', 'false']).optional() }).strict(),
        response: {
          200: z.object({ items: z.array(CalendarEntrySchema) }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const includeRemoved = request.query.includeRemoved === 'true';
      return { items: await listCalendarEntries({ ctx, actor, includeRemoved }) };
    },
  );

  app.post(
    '/api/v1/admin/calendar/entries',
    {
      schema: {
        tags: TAGS,
        summary:
          'Thêm ngày lễ hoặc quyết định nghỉ/làm bù; tính lại các thời hạn đang mở / Add a holiday or an official decision; recompute open deadlines',
        body: AddEntryBodySchema,
        response: {
          201: z.object({ entry: CalendarEntrySchema, recompute: RecomputeSummarySchema }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { entry, recompute } = await addCalendarEntry({ ctx, actor, input: request.body });
      return reply.code(201).send({ entry, recompute });
    },
  );

  app.delete(
    '/api/v1/admin/calendar/entries/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Gỡ bỏ một mục lịch; tính lại các thời hạn đang mở / Remove a calendar entry; recompute open deadlines',
        params: z.object({ id: z.string().max(100) }),
        response: {
          200: z.object({ id: z.string(), recompute: RecomputeSummarySchema }),
          ...problemResponses(401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return removeCalendarEntry({ ctx, actor, input: { id: request.params.id } });
    },
  );

  app.get(
    '/api/v1/admin/deadline-rules',
    {
      schema: {
        tags: TAGS,
        summary:
          'Quy định thời hạn, căn cứ và cờ cần xác minh / Deadline rules with sources and verify flags',
        response: {
          200: z.object({ items: z.array(DeadlineRuleSchema) }),
          ...problemResponses(401, 404),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listDeadlineRules({ ctx, actor }) };
    },
  );

  app.put(
    '/api/v1/admin/deadline-rules/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Sửa quy định thời hạn; tính lại các thời hạn đang mở / Edit a deadline rule; recompute open deadlines',
        params: z.object({ id: z.string().max(200) }),
        body: UpdateRuleBodySchema,
        response: {
          200: z.object({ rule: DeadlineRuleSchema, recompute: RecomputeSummarySchema }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { rule, updatedAt, recompute } = await updateDeadlineRule({
        ctx,
        actor,
        input: { id: request.params.id, ...request.body },
      });
      return { rule: { ...rule, updatedAt }, recompute };
    },
  );
};
