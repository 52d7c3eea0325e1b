import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import {
  publicUnitStatistics,
  reportDashboard,
  reportPeriods,
  reportSummary,
} from '../../queries/reports/report-access.js';
import { stopReportWorker } from '../../queries/reports/report-jobs.js';
import { summaryToCsv } from '../../queries/reports/export-csv.js';
import type { SummaryReport } from '../../queries/reports/summary-report.js';
import type { ReportPeriod } from '../../domain/reports/periods.js';
import { requireActor } from '../plugins/auth.js';
import { BilingualSchema, IsoDateSchema, problemResponses } from '../schemas.js';
import {
  DashboardSchema,
  PublicStatisticsSchema,
  ReportPeriodSchema,
  SummaryReportSchema,
} from './schemas.js';

const FileSchema = z.any().meta({ description: 'File bytes / Tệp' });

/**
 * The JSON bytes of a summary report, made once per report object with what the route's response
 * serialiser does (validate against the schema, then stringify), so the bytes are the same. A
 * stored closed period's report is one shared object while its stored row stays the same
 * (readSnapshot), so it is validated and serialised once, not on every request (10,846 rows:
 * 150–370 ms validating and 160–340 ms serialising each time, on a loaded machine; decision
 * 0020-h21d). A freshly computed report is a new object: done once, as before.
 */
const summaryJson = new WeakMap<SummaryReport, Buffer>();
function summaryBytes(report: SummaryReport): Buffer {
  let bytes = summaryJson.get(report);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(SummaryReportSchema.parse(report)));
    summaryJson.set(report, bytes);
  }
  return bytes;
}

const SummaryQuery = z
  .object({
    unit: z
      .string()
      .regex(/^\d{2,5}$/)
      .optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    period: z.string().max(16).optional(),
    structure: z.enum(['historical', 'current']).default('historical'),
  })
  .strict();

/** Reports: summary (JSON, .xlsx, .csv), periods, dashboard; and the public statistics. */
export const reportRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.addHook('onClose', async () => stopReportWorker());
  const tags = ['reports'];

  const summary = async (
    actor: Actor,
    query: z.infer<typeof SummaryQuery>,
    format: 'json' | 'xlsx' | 'csv',
  ) => reportSummary({ ctx, actor, query, format });
  const fileName = (r: { unit: { code: string }; period: ReportPeriod }, ext: string) =>
    `bieu-01-xld-${r.unit.code || 'toan-quoc'}-${r.period.from}-${r.period.to}.${ext}`;

  app.get(
    '/api/v1/reports/summary',
    {
      schema: {
        tags,
        summary: 'Báo cáo tổng hợp xử lý đơn (Biểu 01/XLD) / Petition processing summary',
        querystring: SummaryQuery,
        response: { 200: SummaryReportSchema, ...problemResponses(400, 401, 404, 503) },
      },
    },
    async (request, reply) => {
      const { report } = await summary(requireActor(request), request.query, 'json');
      // The bytes are the validated JSON already; Fastify sends a Buffer as it is.
      const bytes = summaryBytes(report) as unknown as SummaryReport;
      return reply.type('application/json; charset=utf-8').send(bytes);
    },
  );

  app.get(
    '/api/v1/reports/summary.xlsx',
    {
      schema: {
        tags,
        summary: 'Báo cáo tổng hợp, tệp Excel theo mẫu / Summary report as .xlsx',
        querystring: SummaryQuery,
        response: { 200: FileSchema, ...problemResponses(400, 401, 404, 503) },
      },
    },
    async (request, reply) => {
      const { report, file } = await summary(requireActor(request), request.query, 'xlsx');
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${fileName(report, 'xlsx')}"`)
        .send(Buffer.from(file!));
    },
  );

  app.get(
    '/api/v1/reports/summary.csv',
    {
      schema: {
        tags,
        summary: 'Báo cáo tổng hợp, tệp CSV (UTF-8 BOM) / Summary report as CSV',
        description:
          'A plain table, header row first. `layout=titled` adds the form title and period above it.',
        querystring: SummaryQuery.extend({
          layout: z.enum(['table', 'titled']).default('table'),
        }).strict(),
        response: { 200: FileSchema, ...problemResponses(400, 401, 404, 503) },
      },
    },
    async (request, reply) => {
      const { layout, ...query } = request.query;
      const { report } = await summary(requireActor(request), query, 'json');
      const file = summaryToCsv(report, { titled: layout === 'titled' });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(report, 'csv')}"`)
        .send(file);
    },
  );

  app.get(
    '/api/v1/reports/periods',
    {
      schema: {
        tags,
        summary: 'Các kỳ báo cáo của một năm / Report periods of a year',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }).strict(),
        response: {
          200: z.object({
            source: BilingualSchema,
            scheme: z.string(),
            cutoffDay: z.number(),
            items: z.array(ReportPeriodSchema),
          }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) =>
      reportPeriods({ ctx, actor: requireActor(request), year: request.query.year }),
  );

  app.get(
    '/api/v1/reports/dashboard',
    {
      schema: {
        tags,
        summary: 'Số liệu bảng điều khiển / Dashboard data',
        querystring: z
          .object({
            unit: z
              .string()
              .regex(/^\d{2,5}$/)
              .optional(),
            to: IsoDateSchema.optional(),
          })
          .strict(),
        response: {
          200: DashboardSchema,
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) =>
      reportDashboard({
        ctx,
        actor: requireActor(request),
        unit: request.query.unit,
        to: request.query.to,
      }),
  );

  app.get(
    '/api/public/v1/statistics',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary:
          'Thống kê công khai (không có dữ liệu cá nhân, ẩn ô nhỏ) / Public statistics (no personal data, small cells suppressed)',
        security: [],
        querystring: z
          .object({
            unit: z.string().regex(/^\d{2,5}$/),
            from: IsoDateSchema.optional(),
            to: IsoDateSchema.optional(),
            period: z.string().max(16).optional(),
          })
          .strict(),
        response: {
          200: PublicStatisticsSchema,
          ...problemResponses(400, 404, 429),
        },
      },
    },
    async (request) => publicUnitStatistics({ ctx, query: request.query }),
  );
};
