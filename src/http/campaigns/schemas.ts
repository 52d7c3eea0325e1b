import { z } from 'zod';
import {
  AUTO_SOURCES,
  AWARD_LEVELS,
  DIALOGUE_ACTIONS,
  FINDING_ACTIONS,
  FINDING_KINDS,
  MODEL_ACTIONS,
  MODEL_FIELDS,
  MODEL_STATUSES,
  DIALOGUE_STATUSES,
  COMMITMENT_STATUSES,
  REPORT_ACTIONS,
  REPORT_STATUSES,
  TIMES_OF_DAY,
  SIGNER_CAPACITIES,
  FINDING_STATUSES,
  INDICATOR_KINDS,
} from '../../domain/campaign/index.js';
import { BilingualSchema, IsoDateSchema } from '../schemas.js';

/** Zod schemas shared by the campaign, inspection, model and dialogue routes (also the OpenAPI document). */
export const IdParams = z.object({ id: z.string().min(1).max(64) });
export const VersionField = z
  .number()
  .int()
  .positive()
  .describe('Phiên bản đang sửa (khóa lạc quan) / version being edited (optimistic lock)');
export const Code = z.string().regex(/^\d{2,5}$/, 'unit code');
const Text = (max: number) => z.string().max(max);

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

export const TemplateSchema = z
  .object({
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
  })
  .meta({ id: 'UnitReportSummary' });

export const CampaignOverviewSchema = z
  .object({
    campaign: CampaignSchema,
    template: TemplateSchema,
    units: z.array(
      z.object({
        unitCode: z.string(),
        unitName: z.string(),
        reports: z.array(ReportSummarySchema.extend({ returnNote: z.string().nullable() })),
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
      returnNote: z.string().nullable(),
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

// ——— inspections ———
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

// ——— models ———
export const ModelCreateSchema = z
  .object({
    unitCode: Code,
    name: Text(300),
    field: z.enum(MODEL_FIELDS),
    campaignId: z.string().nullable().optional(),
    startedOn: IsoDateSchema.nullable().optional(),
    registeredOn: IsoDateSchema.optional(),
    description: Text(20000).nullable().optional(),
    peopleInvolved: Text(5000).nullable().optional(),
    results: Text(20000).nullable().optional(),
    evidence: Text(5000).nullable().optional(),
    replicatedFromModelId: z.string().nullable().optional(),
  })
  .strict()
  .meta({
    example: {
      unitCode: '27877',
      name: 'Giờ nào việc nấy',
      field: 'political_system',
      startedOn: '2025-08-01',
    },
  });
export const ModelUpdateSchema = ModelCreateSchema.pick({
  name: true,
  field: true,
  startedOn: true,
  description: true,
  peopleInvolved: true,
  results: true,
  evidence: true,
})
  .partial()
  .extend({ version: VersionField })
  .strict();
export const ModelActionSchema = z
  .object({
    action: z.enum(MODEL_ACTIONS),
    version: VersionField,
    note: Text(2000).nullable().optional(),
    award: z
      .object({ name: Text(300), level: z.enum(AWARD_LEVELS), date: IsoDateSchema })
      .strict()
      .optional(),
  })
  .strict()
  .meta({
    example: {
      action: 'commend',
      version: 4,
      award: { name: 'Giấy khen của UBND huyện', level: 'district', date: '2019-12-20' },
    },
  });

export const ModelSchema = z
  .object({
    id: z.string(),
    campaignId: z.string().nullable(),
    name: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    field: z.enum(MODEL_FIELDS),
    fieldLabel: BilingualSchema,
    startedOn: z.string().nullable(),
    registeredOn: z.string(),
    description: z.string().nullable(),
    peopleInvolved: z.string().nullable(),
    results: z.string().nullable(),
    evidence: z.string().nullable(),
    status: z.enum(MODEL_STATUSES),
    statusLabel: BilingualSchema,
    replicatedFromModelId: z.string().nullable(),
    award: z.object({ name: z.string(), level: z.string(), date: z.string() }).nullable(),
    sample: z.boolean(),
    version: z.number(),
    allowedActions: z.array(z.enum(MODEL_ACTIONS)),
    canEdit: z.boolean(),
  })
  .meta({ id: 'Model' });

// ——— dialogues ———
export const WarningSchema = z
  .object({ code: z.enum(['short_notice', 'late_publication']), vi: z.string(), en: z.string() })
  .meta({ id: 'RuleWarning', description: 'A rule not met that does not block the action' });
export const DialogueCreateSchema = z
  .object({
    unitCode: Code,
    scheduledOn: IsoDateSchema,
    topic: Text(500),
    location: Text(300).nullable().optional(),
    participants: Text(5000).nullable().optional(),
    announcedOn: IsoDateSchema.nullable().optional(),
  })
  .strict()
  .meta({
    example: {
      unitCode: '27877',
      scheduledOn: '2026-06-20',
      topic: 'Đối thoại với Nhân dân về bồi thường, giải phóng mặt bằng',
      announcedOn: '2026-06-05',
    },
  });
export const DialogueUpdateSchema = DialogueCreateSchema.pick({
  scheduledOn: true,
  topic: true,
  location: true,
  participants: true,
})
  .partial()
  .extend({ version: VersionField, minutes: Text(50000).nullable().optional() })
  .strict();
export const DialogueActionSchema = z
  .object({
    action: z.enum(DIALOGUE_ACTIONS),
    version: VersionField,
    on: IsoDateSchema.optional(),
    participants: Text(5000).nullable().optional(),
    minutes: Text(50000).nullable().optional(),
  })
  .strict()
  .meta({
    example: { action: 'hold', version: 2, on: '2019-09-20', minutes: 'Biên bản hội nghị…' },
  });
export const CommitmentCreateSchema = z
  .object({
    opinion: Text(5000),
    owner: Text(300),
    dueOn: IsoDateSchema.nullable().optional(),
    status: z.enum(COMMITMENT_STATUSES).optional(),
    petitionId: z.string().nullable().optional(),
  })
  .strict();
export const CommitmentUpdateSchema = CommitmentCreateSchema.partial()
  .extend({ version: VersionField })
  .strict();

export const DialogueSchema = z
  .object({
    id: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    scheduledOn: z.string(),
    announcedOn: z.string().nullable(),
    heldOn: z.string().nullable(),
    topic: z.string(),
    location: z.string().nullable(),
    participants: z.string().nullable(),
    minutes: z.string().nullable(),
    resultsPublishedOn: z.string().nullable(),
    status: z.enum(DIALOGUE_STATUSES),
    statusLabel: BilingualSchema,
    noticeDays: z.number().nullable(),
    resultsDueOn: z.string().nullable(),
    resultsOverdue: z.boolean(),
    warnings: z.array(WarningSchema),
    sample: z.boolean(),
    version: z.number(),
    allowedActions: z.array(z.enum(DIALOGUE_ACTIONS)),
    commitments: z.array(
      z.object({
        id: z.string(),
        position: z.number(),
        opinion: z.string(),
        owner: z.string(),
        dueOn: z.string().nullable(),
        status: z.enum(COMMITMENT_STATUSES),
        statusLabel: BilingualSchema,
        overdue: z.boolean(),
        petitionId: z.string().nullable(),
        version: z.number(),
      }),
    ),
  })
  .meta({ id: 'DialogueConference' });

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
