import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { importUnits } from '../../commands/units/import-units.js';
import { setWorkflowSettings } from '../../commands/units/set-workflow-settings.js';
import { listUnits } from '../../queries/units/list-units.js';
import { getWorkflowSettings } from '../../queries/units/workflow-settings.js';
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

const WorkflowSettingsSchema = z.object({
  unitCode: z.string(),
  handlersIssueInformal: z
    .boolean()
    .describe(
      'Cán bộ xử lý tự ban hành văn bản trả lời kiến nghị, phản ánh (không trình ký) / Handlers issue answers to recommendations and feedback themselves',
    ),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  mayChange: z.boolean(),
});
const UnitCodeParams = z.object({ code: z.string().min(1).max(64) });

export const unitRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: 8 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/api/v1/admin/units/import',
    {
      schema: {
        tags: ['units'],
        summary: 'Nhập đơn vị hành chính từ CSV / Import units from CSV',
        description:
          'Body: text/csv with header `code,name,level,parent_code,valid_from,valid_to,successor_codes` (optional `type,full_name,name_en`). `?dryRun=true` checks without writing. Accepted lines are written with one audit event; rejected lines come back with their reasons in Vietnamese and English.',
        querystring: z.object({ dryRun: z.enum(['true', 'false']).optional() }).strict(),
        body: z
          .string()
          .min(1)
          .max(8 * 1024 * 1024),
        response: {
          200: z.object({
            accepted: z.number(),
            rejected: z.array(
              z.object({
                line: z.number(),
                raw: z.string(),
                errors: z.array(
                  z.object({
                    code: z.string(),
                    vi: z.string(),
                    en: z.string(),
                    field: z.string().optional(),
                  }),
                ),
              }),
            ),
            written: z.boolean(),
          }),
          ...problemResponses(400, 401, 404, 415),
        },
      },
    },
    async (request) => {
      const dryRun = request.query.dryRun === 'true';
      const result = await importUnits({
        ctx,
        actor: requireActor(request),
        csv: request.body,
        dryRun,
      });
      return {
        accepted: result.accepted.length,
        rejected: result.rejected,
        written: !dryRun && result.accepted.length > 0,
      };
    },
  );

  app.get(
    '/api/v1/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Đơn vị hành chính trong phạm vi / Administrative units in scope',
        querystring: z
          .object({
            date: IsoDateSchema.optional(),
            level: z.enum(['province', 'district', 'commune']).optional(),
          })
          .strict(),
        response: { 200: z.object({ items: z.array(UnitSchema) }), ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return {
        items: await listUnits({
          ctx,
          actor,
          date: request.query.date,
          level: request.query.level,
        }),
      };
    },
  );

  app.get(
    '/api/v1/units/:code/workflow-settings',
    {
      schema: {
        tags: ['units'],
        summary: 'Cài đặt quy trình của đơn vị / Workflow settings of a unit',
        description:
          'Whether handling officers issue answers to recommendations and feedback themselves (default: no, everything is signed by the head). Complaints and denunciations always go through the head. Outside scope: 404.',
        params: UnitCodeParams,
        response: { 200: WorkflowSettingsSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      getWorkflowSettings({ ctx, actor: requireActor(request), unitCode: request.params.code }),
  );

  app.put(
    '/api/v1/units/:code/workflow-settings',
    {
      schema: {
        tags: ['units'],
        summary: "Thay đổi cài đặt quy trình của đơn vị / Change a unit's workflow settings",
        description:
          "Administrators of the unit and the unit's own head (others: 403; outside scope: 404). Audited `unit.workflow_changed` with the values before and after.",
        params: UnitCodeParams,
        body: z.object({ handlersIssueInformal: z.boolean() }).strict(),
        response: {
          200: WorkflowSettingsSchema.extend({ changed: z.boolean() }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { changed } = await setWorkflowSettings({
        ctx,
        actor,
        unitCode: request.params.code,
        handlersIssueInformal: request.body.handlersIssueInformal,
      });
      return {
        ...(await getWorkflowSettings({ ctx, actor, unitCode: request.params.code })),
        changed,
      };
    },
  );
};
