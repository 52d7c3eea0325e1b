import { z } from 'zod';
import { INDICATOR_KINDS, REPORT_STATUSES } from '../../../domain/campaign/index.js';
import { BilingualSchema, IsoDateSchema } from '../../schemas.js';
import {
  IndicatorInputSchema,
  ReportSummarySchema,
  SectionInputSchema,
  TemplateSchema,
} from './reports.js';
import { Code, Text, VersionField } from './shared.js';

/** Campaigns: launch, edit, overview (units and their reports), consolidation. */
export const CampaignCreateSchema = z
  .object({
    nameVi: Text(300),
    nameEn: Text(300),
    motto: Text(500).nullable().optional(),
    mottoEn: Text(500).nullable().optional(),
    periodFrom: IsoDateSchema,
    periodTo: IsoDateSchema,
    dueOn: IsoDateSchema.nullable().optional().describe('Hạn nộp báo cáo / report due date'),
    launchedBy: Text(300).nullable().optional(),
    description: Text(5000).nullable().optional(),
    descriptionEn: Text(5000).nullable().optional(),
    unitCodes: z.array(Code).min(1).max(500),
    sections: z.array(SectionInputSchema).max(50).optional(),
    indicators: z.array(IndicatorInputSchema).max(100).optional(),
  })
  .strict()
  .meta({
    example: {
      nameVi: 'Năm Dân vận chính quyền năm 2019',
      nameEn: 'Year of Government Mass Mobilisation 2019',
      motto: 'Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả',
      periodFrom: '2019-01-01',
      periodTo: '2019-12-31',
      unitCodes: ['800', '27874'],
    },
  });

export const CampaignUpdateSchema = CampaignCreateSchema.partial()
  .extend({ version: VersionField })
  .strict();

export const CampaignSchema = z
  .object({
    id: z.string(),
    name: BilingualSchema,
    motto: z.string().nullable(),
    mottoEn: z.string().nullable(),
    periodFrom: z.string(),
    periodTo: z.string(),
    dueOn: z.string().nullable(),
    launchedBy: z.string().nullable(),
    description: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    ownerUnitCode: z.string().nullable(),
    ownerUnitName: z.string().nullable(),
    unitCodes: z.array(z.string()),
    sample: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'Campaign' });

export const CampaignOverviewSchema = z
  .object({
    campaign: CampaignSchema,
    template: TemplateSchema,
    answeredIndicators: z
      .array(z.string())
      .describe(
        'Chỉ tiêu đã có đơn vị gửi số liệu: không bỏ, không đổi loại, nguồn, đơn vị tính / indicators submitted reports answered: they keep their kind, source and unit',
      ),
    units: z.array(
      z.object({
        unitCode: z.string(),
        unitName: z.string(),
        reports: z.array(ReportSummarySchema),
        state: z
          .enum(['none', ...REPORT_STATUSES])
          .describe('none = chưa lập báo cáo / no report yet'),
        late: z.boolean().describe('quá hạn nộp, chưa gửi / past the due date, nothing submitted'),
        returnNote: z.string().nullable(),
      }),
    ),
    counts: z.object({
      units: z.number(),
      withoutReport: z.number(),
      draft: z.number(),
      submitted: z.number(),
      returned: z.number(),
      signed_off: z.number(),
      late: z.number(),
    }),
    today: z.string(),
    canManage: z.boolean(),
  })
  .meta({ id: 'CampaignOverview' });

const IndicatorValueOut = z.union([z.number(), z.string(), z.null()]);
export const ConsolidationSchema = z
  .object({
    campaign: CampaignSchema,
    units: z.array(
      z.object({
        unitCode: z.string(),
        unitName: z.string(),
        reportId: z.string().nullable(),
        status: z.enum(['none', ...REPORT_STATUSES]),
        statusLabel: BilingualSchema,
        counted: z.boolean(),
        submittedAt: z.string().nullable(),
        reportVersion: z.number().nullable(),
      }),
    ),
    counted: z.number().describe('units whose submitted or signed-off report is counted'),
    indicators: z.array(
      z.object({
        key: z.string(),
        label: BilingualSchema,
        kind: z.enum(INDICATOR_KINDS),
        unit: BilingualSchema.nullable(),
        sum: z.number().nullable(),
        average: z.number().nullable(),
        reported: z.number(),
        values: z.array(
          z.object({ unitCode: z.string(), unitName: z.string(), value: IndicatorValueOut }),
        ),
      }),
    ),
  })
  .meta({ id: 'CampaignConsolidation' });
