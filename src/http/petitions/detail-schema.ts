import { z } from 'zod';
import type { PetitionDetail } from '../../queries/petitions/get-petition.js';
import { BilingualSchema } from '../schemas.js';
import { ExplanationSchema } from '../calendar/schemas.js';

const CaseRef = z.object({
  id: z.string(),
  trackingCode: z.string(),
  kind: z.string(),
  status: z.string(),
  linkType: z.string().nullable(),
});

/** A coded, bilingual reason (why a suggested duplicate was suggested). */
const ReasonSchema = z.object({ code: z.string(), vi: z.string(), en: z.string() });

/**
 * The case file as GET /api/v1/petitions/{id} returns it, field by field and not loose (the
 * serializer drops what is not declared): the compile-time checks at the end keep the declared
 * fields and getPetition() in step both ways, so a field added to the query fails
 * `npm run typecheck` instead of vanishing.
 */
export const PetitionDetailSchema = z
  .object({
    id: z.string(),
    trackingCode: z.string(),
    unit: z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      level: z.string(),
    }),
    agency: z.object({ id: z.string(), name: BilingualSchema }).nullable(),
    officer: z.object({ id: z.string(), name: z.string() }).nullable(),
    kind: z.string(),
    channel: z.string(),
    topic: z.object({ code: z.string(), name: BilingualSchema }).nullable(),
    title: z.string(),
    content: z.string(),
    location: z.string().nullable(),
    status: z.string(),
    round: z.number(),
    receivedOn: z.string(),
    acceptedOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    outcome: z.string().nullable(),
    result: z.string().nullable(),
    forwardedTo: z.string().nullable(),
    publicAnswer: z.string().nullable(),
    published: z.boolean(),
    manySignatories: z.boolean(),
    signatoryCount: z.number().nullable(),
    anonymous: z.boolean(),
    sealed: z.boolean(),
    remoteArea: z.boolean(),
    complexity: z.string().nullable(),
    extensionCount: z.number(),
    sample: z.boolean(),
    version: z.number(),
    rating: z.number().nullable(),
    deadline: z.object({
      dueOn: z.string().nullable(),
      step: z.string().nullable(),
      state: z
        .enum(['on_time', 'due_soon', 'overdue', 'paused', 'none'])
        .describe(
          'Tình trạng hạn đang chạy (none khi hồ sơ đã kết thúc hoặc không có hạn) / State of the running deadline (none once closed or without a deadline)',
        ),
    }),
    deadlines: z.array(
      z.object({
        id: z.string(),
        step: z.string(),
        ruleId: z.string().nullable(),
        startOn: z.string(),
        days: z.number(),
        counting: z.string(),
        dueOn: z.string().nullable(),
        state: z.string(),
        metOn: z.string().nullable(),
        explanation: ExplanationSchema.extend({ extensionReason: z.string().optional() }),
      }),
    ),
    petitioners: z.array(
      z.object({
        position: z.number(),
        fullName: z.string(),
        address: z.string().nullable(),
        identityNumber: z.string().nullable(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
        isRepresentative: z.boolean(),
      }),
    ),
    timeline: z.array(
      z.object({
        id: z.string(),
        label: BilingualSchema.describe('Nhãn sự kiện cho người đọc / Human label of the event'),
        at: z.string(),
        onDate: z.string(),
        actorName: z.string().nullable(),
        action: z.string(),
        fromStatus: z.string().nullable(),
        toStatus: z.string().nullable(),
        payload: z.record(z.string(), z.unknown()),
        public: z.boolean(),
      }),
    ),
    attachments: z.array(
      z.object({
        id: z.string(),
        fileName: z.string(),
        mediaType: z.string(),
        size: z.number(),
        purpose: z.string(),
        uploadedAt: z.string(),
      }),
    ),
    mediaLinks: z
      .array(z.string())
      .describe(
        'Liên kết ảnh do ứng dụng Open311 gửi (media_url) / Picture links sent by an Open311 client',
      ),
    links: z.object({
      parent: CaseRef.nullable(),
      children: z.array(CaseRef),
      sameLetter: z
        .array(CaseRef)
        .describe(
          'Các hồ sơ tách từ cùng một lá đơn có tố cáo: chỉ người được đọc danh tính thấy / Cases split from the same letter holding a denunciation: only identity readers see them',
        ),
      duplicateOf: z
        .object({ id: z.string(), trackingCode: z.string(), status: z.string() })
        .nullable(),
    }),
    duplicateSuggestions: z.array(
      z.object({
        id: z.string(),
        trackingCode: z.string(),
        title: z.string(),
        status: z.string(),
        receivedOn: z.string(),
        score: z.number(),
        reasons: z
          .array(ReasonSchema)
          .describe(
            'Vì sao hệ thống gợi ý (rỗng khi cán bộ tự liên kết) / Why it was suggested (empty when an officer linked it by hand)',
          ),
        state: z.string().describe('open | linked | dismissed'),
      }),
    ),
    duplicateCheck: z
      .enum(['pending', 'failed', 'done'])
      .describe(
        'Tìm đơn trùng sau khi tiếp nhận: đang tìm, không tìm được (sẽ thử lại khi quản trị yêu cầu), đã xong / Duplicate scoring after intake: pending, failed (three attempts), done',
      ),
    abilities: z.object({
      actions: z.array(z.string()),
      readIdentity: z.boolean(),
      attach: z.boolean(),
      linkDuplicate: z.boolean(),
    }),
    nextStep: z
      .object({
        action: z.string(),
        role: z.string(),
        userId: z.string().nullable(),
        unitCode: z.string(),
        bySuperior: z
          .boolean()
          .describe(
            'Bước của cơ quan cấp trên (Luật Tố cáo 2018, Điều 37-38) / A step of the superior body (Law on Denunciations 2018 Art. 37-38)',
          ),
        dueOn: z.string().nullable(),
        label: BilingualSchema,
        who: BilingualSchema,
        mine: z.boolean(),
      })
      .nullable()
      .describe(
        'Ai phải làm gì tiếp theo, trước ngày nào (null khi hồ sơ đã kết thúc) / Who must act next, what and by when (null once closed)',
      ),
    feedback: z.object({
      ratings: z.array(
        z.object({
          id: z.string(),
          rating: z.number().nullable(),
          comment: z.string().nullable(),
          at: z.string(),
        }),
      ),
      reopenRequests: z.array(
        z.object({
          id: z.string(),
          reason: z.string().nullable(),
          at: z.string(),
          decision: z.string().nullable(),
          decisionReason: z.string().nullable(),
          decidedAt: z.string().nullable(),
        }),
      ),
    }),
    drafts: z.array(
      z.object({
        id: z.string(),
        state: z.string(),
        payload: z.record(z.string(), z.unknown()),
        submittedAt: z.string(),
        submittedBy: z.string().nullable(),
        reviewedAt: z.string().nullable(),
        reviewedBy: z.string().nullable(),
        comment: z.string().nullable(),
      }),
    ),
    draftState: z.string().nullable(),
    reopenState: z.string().nullable(),
    superiorReview: z
      .enum(['further', 'overdue', 'overdue_report'])
      .nullable()
      .describe(
        'Cấp trên đang xem xét tố cáo tiếp (Điều 37) hoặc tố cáo quá hạn (Điều 38) / The superior reviewing a further (Art. 37) or overdue (Art. 38) denunciation',
      ),
    superiorUnitCode: z
      .string()
      .nullable()
      .describe(
        'Đơn vị cấp trên xem xét tố cáo tiếp / quá hạn (null khi chưa có) / The superior unit reviewing a further or overdue denunciation (null when none)',
      ),
  })
  .meta({
    id: 'PetitionDetail',
    description:
      'Hồ sơ đơn / The case file: facts, petitioners, deadlines with explanations, timeline, attachments, links, abilities',
  });

// Compile-time drift checks: what getPetition() returns must satisfy the declared schema, and the
// schema must declare every field the query returns (at the top level and in the next step).
type Declared = z.input<typeof PetitionDetailSchema>;
export type PetitionDetailMatchesSchema = PetitionDetail extends Declared ? true : never;
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : false;
const detailMatches: [
  PetitionDetailMatchesSchema,
  SameKeys<PetitionDetail, Declared>,
  SameKeys<NonNullable<PetitionDetail['nextStep']>, NonNullable<Declared['nextStep']>>,
  SameKeys<PetitionDetail['links'], Declared['links']>,
  SameKeys<
    PetitionDetail['duplicateSuggestions'][number],
    Declared['duplicateSuggestions'][number]
  >,
] = [true, true, true, true, true];
void detailMatches;
