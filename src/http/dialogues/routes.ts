import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { actOnDialogue } from '../../commands/dialogues/act-on-dialogue.js';
import { saveCommitment } from '../../commands/dialogues/save-commitment.js';
import { scheduleDialogue } from '../../commands/dialogues/schedule-dialogue.js';
import { updateDialogue } from '../../commands/dialogues/update-dialogue.js';
import { DIALOGUE_STATUSES } from '../../domain/campaign/index.js';
import { getDialogue, listDialogues } from '../../queries/dialogues/dialogue-views.js';
import { requireActor } from '../plugins/auth.js';
import { BilingualSchema, problemResponses } from '../schemas.js';
import { Code, IdParams } from '../campaigns/schemas/shared.js';
import {
  CommitmentCreateSchema,
  CommitmentUpdateSchema,
  DialogueActionSchema,
  DialogueCreateSchema,
  DialogueSchema,
  DialogueUpdateSchema,
  WarningSchema,
} from '../campaigns/schemas/dialogues.js';

const tags = ['dialogues'];
const WithWarnings = z
  .object({ dialogue: DialogueSchema, warnings: z.array(WarningSchema) })
  .meta({ id: 'DialogueWithWarnings' });
const CommitmentParams = z.object({
  id: z.string().min(1).max(64),
  commitmentId: z.string().min(1).max(64),
});

/** Citizen dialogue conferences: notice ≥ 7 days (warning), results within 10 days (tracked), commitments. */
export const dialogueRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/dialogues',
    {
      schema: {
        tags,
        summary: 'Hội nghị đối thoại với Nhân dân / Dialogue conferences in view',
        querystring: z
          .object({
            unitCode: Code.optional(),
            year: z.coerce.number().int().min(2000).max(2100).optional(),
            status: z.enum(DIALOGUE_STATUSES).optional(),
          })
          .strict(),
        response: {
          200: z.object({
            rules: z.object({
              minNoticeDays: z.number(),
              resultsWithinDays: z.number(),
              source: BilingualSchema,
            }),
            items: z.array(DialogueSchema),
          }),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => listDialogues({ ctx, actor: requireActor(request), filter: request.query }),
  );

  app.post(
    '/api/v1/dialogues',
    {
      schema: {
        tags,
        summary:
          'Lên kế hoạch hội nghị (cảnh báo nếu thông báo < 7 ngày) / Plan a conference (warns on short notice)',
        body: DialogueCreateSchema,
        response: { 201: WithWarnings, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, warnings } = await scheduleDialogue({ ctx, actor, input: request.body });
      return reply.code(201).send({ dialogue: await getDialogue({ ctx, actor, id }), warnings });
    },
  );

  app.get(
    '/api/v1/dialogues/:id',
    {
      schema: {
        tags,
        summary:
          'Chi tiết hội nghị, hạn công khai kết quả, cam kết / A conference with publication deadline and commitments',
        params: IdParams,
        response: { 200: DialogueSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => getDialogue({ ctx, actor: requireActor(request), id: request.params.id }),
  );

  app.patch(
    '/api/v1/dialogues/:id',
    {
      schema: {
        tags,
        summary: 'Sửa hội nghị / Edit a conference',
        params: IdParams,
        body: DialogueUpdateSchema,
        response: { 200: WithWarnings, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { warnings } = await updateDialogue({
        ctx,
        actor,
        id: request.params.id,
        input: request.body,
      });
      return { dialogue: await getDialogue({ ctx, actor, id: request.params.id }), warnings };
    },
  );

  app.post(
    '/api/v1/dialogues/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Thông báo / ghi nhận đã tổ chức / công khai kết quả / hủy / Announce, hold, publish results, cancel',
        params: IdParams,
        body: DialogueActionSchema,
        response: { 200: WithWarnings, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { warnings } = await actOnDialogue({
        ctx,
        actor,
        id: request.params.id,
        input: request.body,
      });
      return { dialogue: await getDialogue({ ctx, actor, id: request.params.id }), warnings };
    },
  );

  app.post(
    '/api/v1/dialogues/:id/commitments',
    {
      schema: {
        tags,
        summary:
          'Ghi nhận ý kiến và cam kết giải quyết / Record an opinion and the commitment on it',
        params: IdParams,
        body: CommitmentCreateSchema,
        response: { 201: DialogueSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await saveCommitment({ ctx, actor, conferenceId: request.params.id, input: request.body });
      return reply.code(201).send(await getDialogue({ ctx, actor, id: request.params.id }));
    },
  );

  app.patch(
    '/api/v1/dialogues/:id/commitments/:commitmentId',
    {
      schema: {
        tags,
        summary: 'Cập nhật cam kết / Update a commitment',
        params: CommitmentParams,
        body: CommitmentUpdateSchema,
        response: { 200: DialogueSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveCommitment({
        ctx,
        actor,
        conferenceId: request.params.id,
        commitmentId: request.params.commitmentId,
        input: request.body,
      });
      return getDialogue({ ctx, actor, id: request.params.id });
    },
  );
};
