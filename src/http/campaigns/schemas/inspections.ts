import { z } from 'zod';
import {
  FINDING_ACTIONS,
  FINDING_KINDS,
  FINDING_STATUSES,
  SIGNER_CAPACITIES,
  TIMES_OF_DAY,
} from '../../../domain/campaign/index.js';
import { BilingualSchema, IsoDateSchema } from '../../schemas.js';
import { Code, Text, VersionField } from './shared.js';

/** Inspections: delegations, sessions, findings and the follow-up board. */
export const MemberSchema = z
  .object({ name: Text(200), title: Text(300), userId: z.string().max(64).nullable().optional() })
  .strict();
export const InspectionCreateSchema = z
  .object({
    campaignId: z.string().nullable().optional(),
    title: Text(500),
    decisionNumber: Text(100),
    decisionDate: IsoDateSchema,
    issuingBody: Text(300),
    headUserId: z.string().max(64).nullable().optional(),
    headName: Text(200).nullable().optional(),
    headTitle: Text(300),
    members: z.array(MemberSchema).max(50),
    targetUnitCodes: z.array(Code).min(1).max(200),
  })
  .strict()
  .meta({
    example: {
      title: 'kiểm tra việc thực hiện "Năm Dân vận chính quyền" năm 2019',
      decisionNumber: '123-QĐ/BDVTU',
      decisionDate: '2019-10-01',
      issuingBody: 'Ban Dân vận Tỉnh ủy Long An',
      headTitle: 'Trưởng ban Dân vận Tỉnh ủy Long An',
      members: [{ name: 'Chuyên viên Ban Dân vận Tỉnh ủy', title: 'Thành viên' }],
      targetUnitCodes: ['800', '27874'],
    },
  });
export const InspectionUpdateSchema = InspectionCreateSchema.omit({ campaignId: true })
  .partial()
  .extend({ version: VersionField })
  .strict();

export const SessionCreateSchema = z
  .object({
    unitCode: Code,
    heldOn: IsoDateSchema,
    timeOfDay: z.enum(TIMES_OF_DAY),
    location: Text(300).nullable().optional(),
    summary: Text(20000).nullable().optional(),
    noticeNumber: Text(100)
      .nullable()
      .optional()
      .describe(
        'Số thông báo kết luận, theo mẫu của cơ quan ban hành: Đảng «12-TB/ĐKT», Nhà nước «12/TB-ĐKT» / conclusion notice number in the form of the issuing body (Party or State)',
      ),
    signerCapacity: z
      .enum(SIGNER_CAPACITIES)
      .nullable()
      .optional()
      .describe(
        'Người ký: head = Trưởng đoàn; deputy = Phó trưởng đoàn ký thay (KT.) / who signs: the head, or a deputy in the head place',
      ),
    signerName: Text(200)
      .nullable()
      .optional()
      .describe(
        'Họ tên người ký thay, là thành viên của đoàn / the deputy, a member of the delegation',
      ),
    issueNotice: z
      .boolean()
      .optional()
      .describe(
        'Ban hành thông báo kết luận: chốt nội dung kết luận tại thời điểm này; sau đó không đổi số, ngày, người ký / issue the conclusion notice: its findings are frozen as they stand; number, date and signer no longer change',
      ),
  })
  .strict()
  .meta({
    example: {
      unitCode: '800',
      heldOn: '2019-10-18',
      timeOfDay: 'afternoon',
      location: 'Hội trường Huyện ủy Thạnh Hóa',
    },
  });
export const SessionUpdateSchema = SessionCreateSchema.partial()
  .extend({ version: VersionField })
  .strict();

export const FindingCreateSchema = z
  .object({
    kind: z.enum(FINDING_KINDS),
    text: Text(5000),
    unitCode: Code.optional(),
    dueOn: IsoDateSchema.nullable().optional(),
  })
  .strict()
  .meta({
    example: {
      kind: 'clarification',
      text: 'Thể hiện vai trò, trách nhiệm của người đứng đầu.',
      dueOn: '2019-10-31',
    },
  });
export const FindingUpdateSchema = z
  .object({
    version: VersionField,
    text: Text(5000).optional(),
    unitCode: Code.optional(),
    dueOn: IsoDateSchema.nullable().optional(),
  })
  .strict();
export const FindingActionSchema = z
  .object({
    action: z.enum(FINDING_ACTIONS),
    version: VersionField,
    text: Text(20000).nullable().optional(),
    note: Text(5000).nullable().optional(),
    progressPercent: z.number().int().min(0).max(100).optional(),
    attachments: z
      .array(
        z
          .object({
            fileName: Text(255),
            mediaType: Text(100).nullable().optional(),
            size: z.number().int().nonnegative().nullable().optional(),
            reference: Text(500).nullable().optional(),
          })
          .strict(),
      )
      .max(20)
      .optional(),
  })
  .strict()
  .meta({
    example: {
      action: 'answer',
      version: 1,
      text: 'Báo cáo bổ sung về vai trò người đứng đầu…',
      attachments: [{ fileName: 'bao-cao-bo-sung.pdf', mediaType: 'application/pdf' }],
    },
  });

export const FindingSchema = z
  .object({
    id: z.string(),
    inspectionId: z.string(),
    sessionId: z.string(),
    position: z.number(),
    kind: z.enum(FINDING_KINDS),
    kindLabel: BilingualSchema,
    text: z.string(),
    unitCode: z.string(),
    dueOn: z.string().nullable(),
    status: z.enum(FINDING_STATUSES),
    statusLabel: BilingualSchema,
    progressPercent: z.number().nullable(),
    progressNote: z.string().nullable(),
    closedOn: z.string().nullable(),
    open: z.boolean(),
    overdue: z.boolean(),
    version: z.number(),
    allowedActions: z.array(z.enum(FINDING_ACTIONS)),
    responses: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        attachments: z.array(z.unknown()),
        respondedByName: z.string(),
        respondedAt: z.string(),
        decision: z.string().nullable(),
        decisionNote: z.string().nullable(),
        decidedAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Finding' });

export const InspectionSummarySchema = z
  .object({
    id: z.string(),
    campaignId: z.string().nullable(),
    title: z.string(),
    decisionNumber: z.string(),
    decisionDate: z.string(),
    issuingBody: z.string(),
    head: z.object({
      userId: z.string().nullable(),
      name: z.string().nullable(),
      title: z.string(),
    }),
    members: z.array(
      z.object({ name: z.string(), title: z.string(), userId: z.string().nullable().optional() }),
    ),
    targets: z.array(z.object({ code: z.string(), name: z.string() })),
    sample: z.boolean(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'InspectionSummary' });

export const InspectionDetailSchema = z
  .object({
    inspection: InspectionSummarySchema,
    isMember: z.boolean(),
    canManage: z.boolean(),
    sessions: z.array(
      z.object({
        id: z.string(),
        unitCode: z.string(),
        unitName: z.string(),
        heldOn: z.string(),
        timeOfDay: z.enum(TIMES_OF_DAY),
        timeOfDayLabel: BilingualSchema,
        location: z.string().nullable(),
        summary: z.string().nullable(),
        noticeNumber: z.string().nullable(),
        signerCapacity: z.enum(SIGNER_CAPACITIES),
        signerName: z.string().nullable(),
        noticeIssuedAt: z
          .string()
          .nullable()
          .describe(
            'Thời điểm ban hành (chốt nội dung) thông báo kết luận / when the notice was issued',
          ),
        version: z.number(),
        findings: z.array(FindingSchema),
      }),
    ),
  })
  .meta({ id: 'Inspection' });

const Tally = z.object({
  total: z.number(),
  open: z.number(),
  overdue: z.number(),
  awaitingReview: z.number(),
  closed: z.number(),
});
export const BoardSchema = z
  .object({
    inspectionId: z.string(),
    today: z.string(),
    units: z.array(
      z.object({
        unitCode: z.string(),
        unitName: z.string(),
        clarifications: Tally,
        recommendations: Tally,
        acknowledgements: z.number(),
      }),
    ),
    totals: z.object({
      clarificationsOpen: z.number(),
      clarificationsOverdue: z.number(),
      recommendationsOpen: z.number(),
      recommendationsOverdue: z.number(),
    }),
  })
  .meta({ id: 'InspectionBoard' });
