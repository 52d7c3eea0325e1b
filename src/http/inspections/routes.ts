import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { actOnFinding } from '../../commands/inspections/act-on-finding.js';
import { addFinding } from '../../commands/inspections/add-finding.js';
import { createInspection } from '../../commands/inspections/create-inspection.js';
import { saveInspectionSession } from '../../commands/inspections/save-inspection-session.js';
import { updateFinding } from '../../commands/inspections/update-finding.js';
import { updateInspection } from '../../commands/inspections/update-inspection.js';
import { FINDING_KINDS } from '../../domain/campaign/index.js';
import { conclusionDocx } from '../../queries/inspections/conclusion-docx.js';
import {
  getFinding,
  getInspection,
  inspectionBoard,
  listInspections,
  listMyFindings,
} from '../../queries/inspections/inspection-views.js';
import { requireActor } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';
import {
  BoardSchema,
  FindingActionSchema,
  FindingCreateSchema,
  FindingSchema,
  FindingUpdateSchema,
  InspectionCreateSchema,
  InspectionDetailSchema,
  InspectionSummarySchema,
  InspectionUpdateSchema,
  SessionCreateSchema,
  SessionUpdateSchema,
} from '../campaigns/schemas/inspections.js';
import { IdParams } from '../campaigns/schemas/shared.js';

const tags = ['inspections'];
const SessionParams = z.object({
  id: z.string().min(1).max(64),
  sessionId: z.string().min(1).max(64),
});

/** Inspection delegations: sessions, findings (acknowledgements, clarification requests, recommendations), board, conclusion. */
export const inspectionRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/inspections',
    {
      schema: {
        tags,
        summary: 'Các đoàn kiểm tra (thành viên, hoặc đơn vị được kiểm tra) / Delegations in view',
        response: {
          200: z.object({
            items: z.array(InspectionSummarySchema.extend({ isMember: z.boolean() })),
          }),
          ...problemResponses(401),
        },
      },
    },
    async (request) => ({ items: await listInspections({ ctx, actor: requireActor(request) }) }),
  );

  app.post(
    '/api/v1/inspections',
    {
      schema: {
        tags,
        summary: 'Thành lập đoàn kiểm tra / Set up a delegation',
        body: InspectionCreateSchema,
        response: { 201: InspectionDetailSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = await createInspection({ ctx, actor, input: request.body });
      return reply.code(201).send(await getInspection({ ctx, actor, id }));
    },
  );

  app.get(
    '/api/v1/inspections/:id',
    {
      schema: {
        tags,
        summary:
          'Đoàn kiểm tra: buổi làm việc, nội dung kết luận / Delegation with sessions and findings',
        params: IdParams,
        response: { 200: InspectionDetailSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => getInspection({ ctx, actor: requireActor(request), id: request.params.id }),
  );

  app.patch(
    '/api/v1/inspections/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin đoàn / Edit the delegation',
        params: IdParams,
        body: InspectionUpdateSchema,
        response: { 200: InspectionDetailSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateInspection({ ctx, actor, id: request.params.id, input: request.body });
      return getInspection({ ctx, actor, id: request.params.id });
    },
  );

  app.get(
    '/api/v1/inspections/:id/board',
    {
      schema: {
        tags,
        summary:
          'Bảng theo dõi: yêu cầu làm rõ, kiến nghị chưa xong / quá hạn theo đơn vị / At-a-glance board per target unit',
        params: IdParams,
        response: { 200: BoardSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) =>
      inspectionBoard({ ctx, actor: requireActor(request), id: request.params.id }),
  );

  app.post(
    '/api/v1/inspections/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Ghi nhận buổi làm việc với đơn vị / Record a working session',
        params: IdParams,
        body: SessionCreateSchema,
        response: { 201: InspectionDetailSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await saveInspectionSession({
        ctx,
        actor,
        inspectionId: request.params.id,
        input: request.body,
      });
      return reply.code(201).send(await getInspection({ ctx, actor, id: request.params.id }));
    },
  );

  app.patch(
    '/api/v1/inspections/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Sửa buổi làm việc / Edit a session',
        params: SessionParams,
        body: SessionUpdateSchema,
        response: { 200: InspectionDetailSchema, ...problemResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveInspectionSession({
        ctx,
        actor,
        inspectionId: request.params.id,
        sessionId: request.params.sessionId,
        input: request.body,
      });
      return getInspection({ ctx, actor, id: request.params.id });
    },
  );

  app.post(
    '/api/v1/inspections/:id/sessions/:sessionId/findings',
    {
      schema: {
        tags,
        summary: 'Thêm nội dung: ghi nhận, yêu cầu làm rõ, kiến nghị / Add a finding',
        params: SessionParams,
        body: FindingCreateSchema,
        response: { 201: FindingSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = await addFinding({
        ctx,
        actor,
        inspectionId: request.params.id,
        sessionId: request.params.sessionId,
        input: request.body,
      });
      return reply.code(201).send(await getFinding({ ctx, actor, id }));
    },
  );

  app.get(
    '/api/v1/inspections/:id/sessions/:sessionId/conclusion.docx',
    {
      schema: {
        tags,
        summary: 'Thông báo kết luận (Word) / Conclusion notice (.docx)',
        params: SessionParams,
        produces: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        response: { 200: z.any().describe('DOCX file'), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const { fileName, buffer } = await conclusionDocx({
        ctx,
        actor: requireActor(request),
        inspectionId: request.params.id,
        sessionId: request.params.sessionId,
      });
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(buffer);
    },
  );

  app.get(
    '/api/v1/findings',
    {
      schema: {
        tags,
        summary:
          'Nội dung kiểm tra gửi tới đơn vị mình (việc cần làm) / Findings addressed to my units',
        querystring: z
          .object({
            kind: z.enum(FINDING_KINDS).optional(),
            open: z.enum(['true', 'false']).optional(),
            overdue: z.enum(['true', 'false']).optional(),
          })
          .strict(),
        response: {
          200: z.object({ items: z.array(FindingSchema) }),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => ({
      items: await listMyFindings({
        ctx,
        actor: requireActor(request),
        filter: {
          kind: request.query.kind,
          open: request.query.open === 'true',
          overdue: request.query.overdue === 'true',
        },
      }),
    }),
  );

  app.get(
    '/api/v1/findings/:id',
    {
      schema: {
        tags,
        summary: 'Một nội dung và các lần giải trình / A finding with its responses',
        params: IdParams,
        response: { 200: FindingSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => getFinding({ ctx, actor: requireActor(request), id: request.params.id }),
  );

  app.patch(
    '/api/v1/findings/:id',
    {
      schema: {
        tags,
        summary: 'Sửa nội dung, đơn vị, thời hạn (đoàn) / Edit a finding (delegation)',
        params: IdParams,
        body: FindingUpdateSchema,
        response: { 200: FindingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateFinding({ ctx, actor, id: request.params.id, input: request.body });
      return getFinding({ ctx, actor, id: request.params.id });
    },
  );

  app.post(
    '/api/v1/findings/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Giải trình / chấp nhận / trả lại / cập nhật tiến độ / hoàn thành (409 nếu sai trạng thái, nêu thao tác được phép) / Answer, accept, return, start, progress, complete',
        params: IdParams,
        body: FindingActionSchema,
        response: { 200: FindingSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await actOnFinding({ ctx, actor, id: request.params.id, input: request.body });
      return getFinding({ ctx, actor, id: request.params.id });
    },
  );
};
