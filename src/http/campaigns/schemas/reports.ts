import { z } from 'zod';
import {
  AUTO_SOURCES,
  INDICATOR_KINDS,
  REPORT_ACTIONS,
  REPORT_STATUSES,
} from '../../../domain/campaign/index.js';
import { BilingualSchema, IsoDateSchema } from '../../schemas.js';
import { Code, Text, VersionField } from './shared.js';

/** Report templates (inputs and view), unit reports, what units owe, named report signers. */
export const SectionInputSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
    titleVi: Text(300),
    titleEn: Text(300),
    guidance: Text(2000).nullable().optional(),
  })
  .strict();
export const IndicatorInputSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
    labelVi: Text(300),
    labelEn: Text(300),
    sectionKey: z.string().nullable().optional(),
    source: z.enum(AUTO_SOURCES).nullable().optional(),
    kind: z.enum(INDICATOR_KINDS).nullable().optional(),
    unitVi: Text(50).nullable().optional(),
    unitEn: Text(50).nullable().optional(),
    hint: Text(1000).nullable().optional(),
  })
  .strict();

export const TemplateSchema = z
  .object({
    version: z
      .number()
      .int()
      .describe(
        'Phiên bản mẫu (tăng khi sửa sau khi phát động) / template version, raised by each change after launch',
      ),
    sections: z.array(
      z.object({ key: z.string(), title: BilingualSchema, guidance: z.string().nullable() }),
    ),
    indicators: z.array(
      z.object({
        key: z.string(),
        label: BilingualSchema,
        sectionKey: z.string().nullable(),
        source: z.string().nullable(),
        auto: z.boolean(),
        kind: z.enum(INDICATOR_KINDS),
        unit: BilingualSchema.nullable(),
        hint: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ReportTemplate' });

export const ReportSummarySchema = z
  .object({
    id: z.string(),
    unitCode: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    status: z.enum(REPORT_STATUSES),
    statusLabel: BilingualSchema,
    currentVersion: z.number(),
    version: z.number(),
    submittedAt: z.string().nullable(),
    signedOffAt: z.string().nullable(),
    updatedAt: z.string(),
    returnNote: z.string().nullable(),
  })
  .meta({ id: 'UnitReportSummary' });

export const AutoIndicatorsSchema = z
  .object({
    unitCode: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    values: z.record(z.string(), z.number()),
    resolutionRate: z.number().nullable(),
  })
  .meta({
    id: 'AutoIndicators',
    description: 'Computed from the system records for the unit subtree and period',
  });

const SectionsSchema = z
  .record(z.string(), z.string().max(60_000))
  .describe(
    '{ sectionKey: rich-text HTML (sanitised to p, br, b, i, u, ul, ol, li, h3, h4, blockquote, table) }',
  );
const IndicatorValueSchema = z.union([z.number(), z.string().max(2000), z.null()]);
/** Values are checked against each indicator's kind by the command, so a 400 names the indicator. */
const IndicatorsSchema = z
  .record(z.string(), IndicatorValueSchema)
  .describe('{ indicatorKey: number (kind number, ≥ 0) | text (kind text) | null }');

export const ReportCreateSchema = z
  .object({
    unitCode: Code,
    periodFrom: IsoDateSchema.optional(),
    periodTo: IsoDateSchema.optional(),
    sections: SectionsSchema.optional(),
    indicators: IndicatorsSchema.optional(),
  })
  .strict()
  .meta({
    example: {
      unitCode: '800',
      sections: { leadership: '<p>Huyện ủy ban hành kế hoạch thực hiện…</p>' },
    },
  });
export const ReportSaveSchema = z
  .object({
    version: VersionField,
    sections: SectionsSchema.optional(),
    indicators: IndicatorsSchema.optional(),
  })
  .strict()
  .meta({
    example: {
      version: 1,
      sections: {
        admin_reform: '<p>Triển khai có hiệu quả các văn bản về cải cách hành chính.</p>',
      },
      indicators: { trainings_held: 4 },
    },
  });
export const ReportActionSchema = z
  .object({
    action: z.enum(['submit', 'return', 'sign_off']),
    version: VersionField,
    note: Text(5000).nullable().optional(),
  })
  .strict()
  .meta({ example: { action: 'submit', version: 2 } });

export const UnitReportSchema = z
  .object({
    report: ReportSummarySchema.extend({
      campaignId: z.string(),
      campaignName: BilingualSchema,
      unitName: z.string(),
      sample: z.boolean(),
    }),
    content: z.object({
      version: z.number(),
      sections: z.record(z.string(), z.string()),
      indicators: z.record(z.string(), IndicatorValueSchema),
      savedAt: z.string(),
      submittedAt: z.string().nullable(),
    }),
    versions: z.array(
      z.object({
        version: z.number(),
        savedAt: z.string(),
        submittedAt: z.string().nullable(),
        returnNote: z.string().nullable(),
        returnedAt: z.string().nullable(),
      }),
    ),
    template: TemplateSchema,
    autoIndicators: AutoIndicatorsSchema,
    allowedActions: z.array(z.enum(REPORT_ACTIONS)),
  })
  .meta({ id: 'UnitReport' });

export const OwedReportSchema = z
  .object({
    campaignId: z.string(),
    campaignName: BilingualSchema,
    unitCode: z.string(),
    unitName: z.string(),
    dueOn: z.string().nullable(),
    state: z.enum(['none', 'draft', 'returned']),
    reportId: z.string().nullable(),
    returnNote: z.string().nullable(),
    late: z.boolean(),
  })
  .meta({ id: 'OwedReport' });

/** A unit's setting naming who signs off its campaign reports (a unit without a head account). */
export const ReportSignerSchema = z
  .object({
    unitCode: z.string(),
    unitName: z.string(),
    hasHead: z.boolean().describe('Đơn vị có tài khoản Chủ tịch / the unit has a head account'),
    signer: z
      .object({ userId: z.string(), displayName: z.string(), note: z.string().nullable() })
      .nullable(),
    version: z.number().int().describe('0 khi chưa đặt / 0 when not set'),
    updatedAt: z.string().nullable(),
    canEdit: z.boolean(),
    candidates: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        role: BilingualSchema,
        unitName: z.string(),
      }),
    ),
  })
  .meta({ id: 'ReportSigner' });

export const ReportSignerUpdateSchema = z
  .object({
    signerUserId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .describe('Người được giao ký duyệt; null để bỏ / the account named; null clears'),
    note: z.string().max(500).nullable().optional(),
    version: z.number().int().min(0),
  })
  .strict();
