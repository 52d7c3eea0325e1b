import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { createCampaign } from '../../commands/campaigns/create-campaign.js';
import { createUnitReport } from '../../commands/campaigns/create-unit-report.js';
import { saveUnitReport } from '../../commands/campaigns/save-unit-report.js';
import { transitionUnitReport } from '../../commands/campaigns/transition-unit-report.js';
import { updateCampaign } from '../../commands/campaigns/update-campaign.js';
import { setReportSigner } from '../../commands/campaigns/set-report-signer.js';
import { getReportSigner } from '../../queries/campaigns/report-signer.js';
import {
  getCampaignOverview,
  getUnitReport,
  listCampaigns,
} from '../../queries/campaigns/campaign-views.js';
import {
  consolidatedDocx,
  consolidatedXlsx,
  unitReportExport,
} from '../../queries/campaigns/campaign-exports.js';
import { consolidateCampaign } from '../../queries/campaigns/consolidation.js';
import { owedReports } from '../../queries/campaigns/owed-reports.js';
import { requireActor } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';
import {
  CampaignCreateSchema,
  CampaignOverviewSchema,
  CampaignSchema,
  CampaignUpdateSchema,
  ConsolidationSchema,
} from './schemas/campaigns.js';
import {
  OwedReportSchema,
  ReportActionSchema,
  ReportCreateSchema,
  ReportSaveSchema,
  ReportSignerSchema,
  ReportSignerUpdateSchema,
  UnitReportSchema,
} from './schemas/reports.js';
import { IdParams } from './schemas/shared.js';

const tags = ['campaigns'];
const MEDIA = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Campaigns ("Năm Dân vận chính quyền"), their report templates and the units' reports. */
export const campaignRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/campaigns',
    {
      schema: {
        tags,
        summary: 'Danh sách đợt, phong trào / Campaigns in view',
        response: { 200: z.object({ items: z.array(CampaignSchema) }), ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await listCampaigns({ ctx, actor: requireActor(request) }) }),
  );

  app.post(
    '/api/v1/campaigns',
    {
      schema: {
        tags,
        summary:
          'Phát động đợt mới (mẫu báo cáo mặc định nếu không gửi) / Launch a campaign (default report template when none given)',
        body: CampaignCreateSchema,
        response: { 201: CampaignOverviewSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = await createCampaign({ ctx, actor, input: request.body });
      return reply.code(201).send(await getCampaignOverview({ ctx, actor, id }));
    },
  );

  app.get(
    '/api/v1/campaigns/owed',
    {
      schema: {
        tags,
        summary:
          'Báo cáo đơn vị của tôi còn phải nộp, hạn nộp / Reports my units still owe, with due dates',
        response: { 200: z.object({ items: z.array(OwedReportSchema) }), ...problemResponses(401) },
      },
    },
    async (request) => ({ items: await owedReports({ ctx, actor: requireActor(request) }) }),
  );

  app.get(
    '/api/v1/campaigns/:id/consolidated',
    {
      schema: {
        tags,
        summary:
          'Tổng hợp chỉ tiêu các đơn vị (tổng, bình quân, chi tiết từng đơn vị) / Consolidated indicators with unit breakdown',
        params: IdParams,
        response: { 200: ConsolidationSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) =>
      consolidateCampaign({ ctx, actor: requireActor(request), id: request.params.id }),
  );

  for (const format of ['docx', 'xlsx'] as const) {
    app.get(
      `/api/v1/campaigns/:id/consolidated.${format}`,
      {
        schema: {
          tags,
          summary: `Báo cáo tổng hợp (.${format}) / Consolidated report (.${format})`,
          params: IdParams,
          produces: [MEDIA[format]],
          response: { 200: z.any().describe(`.${format}`), ...problemResponses(401, 404) },
        },
      },
      async (request, reply) => {
        const { fileName, buffer } = await (
          format === 'docx' ? consolidatedDocx : consolidatedXlsx
        )({ ctx, actor: requireActor(request), id: request.params.id });
        return reply
          .header('content-type', MEDIA[format])
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(buffer);
      },
    );
    app.get(
      `/api/v1/unit-reports/:id/export.${format}`,
      {
        schema: {
          tags,
          summary: `Xuất báo cáo của đơn vị (.${format}) / Export a unit report (.${format})`,
          params: IdParams,
          querystring: z
            .object({ version: z.coerce.number().int().positive().optional() })
            .strict(),
          produces: [MEDIA[format]],
          response: { 200: z.any().describe(`.${format}`), ...problemResponses(400, 401, 404) },
        },
      },
      async (request, reply) => {
        const { fileName, buffer } = await unitReportExport({
          ctx,
          actor: requireActor(request),
          id: request.params.id,
          format,
          version: request.query.version,
        });
        return reply
          .header('content-type', MEDIA[format])
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(buffer);
      },
    );
  }

  app.get(
    '/api/v1/campaigns/:id',
    {
      schema: {
        tags,
        summary:
          'Tổng quan đợt: mẫu báo cáo, tình trạng báo cáo từng đơn vị / Campaign overview with per-unit report status',
        params: IdParams,
        response: { 200: CampaignOverviewSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) =>
      getCampaignOverview({ ctx, actor: requireActor(request), id: request.params.id }),
  );

  app.patch(
    '/api/v1/campaigns/:id',
    {
      schema: {
        tags,
        summary:
          'Sửa đợt: thêm chỉ tiêu, đơn vị, dời hạn nộp (báo đơn vị); chỉ tiêu đã có số liệu không bỏ, không đổi loại (409) / Edit a campaign: add indicators or units, move the due date (units are told); an answered indicator keeps its kind (409)',
        params: IdParams,
        body: CampaignUpdateSchema,
        response: { 200: CampaignOverviewSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateCampaign({ ctx, actor, id: request.params.id, input: request.body });
      return getCampaignOverview({ ctx, actor, id: request.params.id });
    },
  );

  app.post(
    '/api/v1/campaigns/:id/reports',
    {
      schema: {
        tags,
        summary: 'Lập báo cáo của đơn vị (bản nháp) / Open a unit report (draft)',
        params: IdParams,
        body: ReportCreateSchema,
        response: { 201: UnitReportSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id } = await createUnitReport({
        ctx,
        actor,
        campaignId: request.params.id,
        input: request.body,
      });
      return reply.code(201).send(await getUnitReport({ ctx, actor, id }));
    },
  );

  app.get(
    '/api/v1/unit-reports/:id',
    {
      schema: {
        tags,
        summary:
          'Báo cáo của đơn vị: nội dung, các phiên bản, số liệu tự động, thao tác được phép / Unit report with versions, auto indicators and allowed actions',
        params: IdParams,
        querystring: z.object({ version: z.coerce.number().int().positive().optional() }).strict(),
        response: { 200: UnitReportSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      getUnitReport({
        ctx,
        actor: requireActor(request),
        id: request.params.id,
        version: request.query.version,
      }),
  );

  app.put(
    '/api/v1/unit-reports/:id/content',
    {
      schema: {
        tags,
        summary: 'Lưu nội dung báo cáo (nháp hoặc bị trả lại) / Save report content',
        params: IdParams,
        body: ReportSaveSchema,
        response: { 200: UnitReportSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await saveUnitReport({ ctx, actor, id: request.params.id, input: request.body });
      return getUnitReport({ ctx, actor, id: request.params.id });
    },
  );

  app.post(
    '/api/v1/unit-reports/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Gửi / trả lại / ký duyệt báo cáo (409 nếu sai trạng thái hoặc phiên bản cũ) / Submit, return or sign off (409 on invalid transition or stale version)',
        params: IdParams,
        body: ReportActionSchema,
        response: { 200: UnitReportSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await transitionUnitReport({ ctx, actor, id: request.params.id, input: request.body });
      return getUnitReport({ ctx, actor, id: request.params.id });
    },
  );

  const UnitParams = z.object({ code: z.string().regex(/^\d{2,5}$/) }).strict();
  app.get(
    '/api/v1/units/:code/report-signer',
    {
      schema: {
        tags,
        summary:
          'Người ký duyệt báo cáo thay cho đơn vị chưa có Chủ tịch / Who signs off a unit’s campaign reports (a unit without a head)',
        params: UnitParams,
        response: { 200: ReportSignerSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      getReportSigner({ ctx, actor: requireActor(request), unitCode: request.params.code }),
  );

  app.put(
    '/api/v1/units/:code/report-signer',
    {
      schema: {
        tags,
        summary:
          'Giao người ký duyệt báo cáo của đơn vị (ghi nhật ký) / Name who signs off the unit’s reports (audited)',
        params: UnitParams,
        body: ReportSignerUpdateSchema,
        response: { 200: ReportSignerSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setReportSigner({ ctx, actor, unitCode: request.params.code, input: request.body });
      return getReportSigner({ ctx, actor, unitCode: request.params.code });
    },
  );
};
