import { z } from 'zod';
import { CHANNELS, PETITION_KINDS, PETITION_STATUSES } from '../../domain/petition/index.js';
import { IDENTITY_DOCUMENT_TYPES } from '../../domain/petition/reception-rules.js';
import type { receptionRegister } from '../../queries/petitions/reception-register.js';
import { BilingualSchema, IsoDateSchema } from '../schemas.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const PetitionerSchema = z
  .object({
    fullName: text(200),
    address: z.string().trim().max(500).nullish(),
    identityNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z]{6,20}$/, 'CCCD/CMND/hộ chiếu: 6–20 chữ hoặc số')
      .nullish(),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9+ ().-]{8,20}$/, 'số điện thoại')
      .nullish(),
    email: z.email().max(200).nullish(),
    isRepresentative: z.boolean().optional(),
  })
  .strict();

export const SubmitPetitionBody = z
  .object({
    unitCode: z.string().regex(/^\d{2,5}$/),
    kinds: z.array(z.enum(PETITION_KINDS)).min(1).max(4),
    channel: z.enum(CHANNELS),
    topicCode: z.string().max(60).nullish(),
    title: text(300),
    content: text(20_000),
    receivedOn: IsoDateSchema.optional(),
    petitioners: z.array(PetitionerSchema).max(500),
    manySignatories: z.boolean().optional(),
    signatoryCount: z.number().int().min(1).max(100_000).optional(),
    anonymous: z.boolean().optional(),
    remoteArea: z.boolean().optional(),
    location: z.string().max(500).nullish(),
    reception: z
      .object({
        identityPaper: z.string().max(100).nullish(),
        identityCheck: z
          .object({
            documentType: z.enum(IDENTITY_DOCUMENT_TYPES).nullish(),
            documentNumber: z.string().trim().max(40).nullish(),
            notCheckedReason: z.string().trim().max(1000).nullish(),
          })
          .strict()
          .nullish()
          .describe(
            'Identity check of a person who came in person: document type and number, or why none was checked (required at the desk for in-person petitions received from 2026-07-01)',
          ),
        peopleCount: z.number().int().min(1).max(10_000).optional(),
        handledByBody: z.string().max(300).nullish(),
        direction: z.string().max(2000).nullish(),
        followUp: z.string().max(2000).nullish(),
      })
      .strict()
      .nullish(),
    parts: z
      .array(
        z
          .object({ kind: z.enum(PETITION_KINDS), title: text(300), content: text(20_000) })
          .strict(),
      )
      .max(4)
      .nullish()
      .describe(
        'A mixed letter: each kind with its own title and content (required when it denounces and asks something else; the other cases carry only their own part)',
      ),
  })
  .strict()
  .meta({
    example: {
      unitCode: '27877',
      kinds: ['complaint'],
      channel: 'in_person',
      topicCode: 'land_clearance_compensation',
      title: 'Khiếu nại mức bồi thường khi thu hồi đất làm đường',
      content: 'Gia đình tôi không đồng ý với đơn giá bồi thường đất nông nghiệp …',
      petitioners: [
        {
          fullName: 'Nguyễn Văn Mẫu',
          address: 'Ấp 1, xã Thạnh Phước',
          identityNumber: '000123456789',
          phone: '0909555123',
        },
      ],
      reception: {
        peopleCount: 1,
        identityCheck: { documentType: 'citizen_id', documentNumber: '000123456789' },
      },
    },
  });

const csv = (values: readonly string[]) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values as [string, ...string[]])));

export const ListQuery = z
  .object({
    q: z.string().max(200).optional(),
    unit: z
      .string()
      .regex(/^\d{2,5}$/)
      .optional(),
    kind: csv(PETITION_KINDS).optional(),
    status: csv(PETITION_STATUSES).optional(),
    topic: z.string().max(60).optional(),
    channel: z.enum(CHANNELS).optional(),
    officer: z.string().max(64).optional(),
    agency: z.string().max(100).optional(),
    deadline: z.enum(['on_time', 'due_soon', 'overdue']).optional(),
    open: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    mine: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    waitingForMe: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    sort: z.enum(['due', 'received']).optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
  })
  .strict();

export const ActionBody = z
  .object({
    input: z.record(z.string(), z.unknown()).default({}),
    expectedVersion: z.number().int().min(1).optional(),
  })
  .strict()
  .meta({
    example: {
      input: { assigneeId: '…user id…', note: 'Giao Công chức Địa chính xác minh' },
      expectedVersion: 2,
    },
  });

export const ListItemSchema = z.object({
  id: z.string(),
  trackingCode: z.string(),
  title: z.string(),
  kind: z.string(),
  status: z.string(),
  channel: z.string(),
  topicCode: z.string().nullable(),
  unitCode: z.string(),
  receivedOn: z.string(),
  dueOn: z.string().nullable(),
  dueStep: z.string().nullable(),
  deadlineState: z.enum(['on_time', 'due_soon', 'overdue', 'paused', 'none']),
  officerId: z.string().nullable(),
  officerName: z.string().nullable(),
  agencyId: z.string().nullable(),
  petitionerName: z.string().nullable(),
  sealed: z.boolean(),
  sample: z.boolean(),
  nextStep: z
    .object({
      action: z.string(),
      role: z.string(),
      label: BilingualSchema,
      who: BilingualSchema,
      mine: z.boolean(),
    })
    .nullable()
    .describe(
      "Bước đang chờ: việc cần làm, ai làm, có phải của người gọi không (null khi hồ sơ đã kết thúc) / The waiting step: what, who, and whether it is the caller's (null once finished)",
    ),
});

/** Live duplicate check while typing: the identity fields are compared, never echoed. */
export const DuplicateCheckBody = z
  .object({
    unitCode: z.string().regex(/^\d{2,5}$/),
    topicCode: z.string().max(60).nullish(),
    title: z.string().max(300).default(''),
    content: z.string().max(20_000).default(''),
    petitioners: z
      .array(
        z
          .object({
            identityNumber: z.string().max(20).nullish(),
            phone: z.string().max(20).nullish(),
            fullName: z.string().max(200).nullish(),
            address: z.string().max(500).nullish(),
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict();

export const DuplicateSchema = z.object({
  id: z.string(),
  trackingCode: z.string(),
  title: z.string(),
  status: z.string(),
  receivedOn: z.string(),
  unitCode: z.string(),
  score: z.number(),
  reasons: z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() })),
});

/** One visit of the reception register (sổ tiếp công dân), as receptionRegister() returns it. */
export const RegisterEntrySchema = z
  .object({
    id: z.string(),
    visitOn: z.string(),
    unitCode: z.string(),
    citizenName: z
      .string()
      .nullable()
      .describe(
        'Họ tên người đứng đơn (null khi bị niêm phong hoặc người xem không được thấy) / First petitioner (null when sealed or not visible to the caller)',
      ),
    citizenAddress: z.string().nullable(),
    identitySealed: z.boolean(),
    identityPaper: z.string().nullable(),
    identityCheck: z
      .object({
        ruleId: z.string(),
        sourceUnconfirmed: z
          .boolean()
          .describe('Nguồn của quy định chưa xác minh / The rule’s source is not confirmed'),
        state: z.enum(['checked', 'not_checked', 'not_recorded']),
        documentType: z.string().nullable(),
        documentLabel: BilingualSchema.nullable(),
        reason: z.string().nullable(),
      })
      .nullable()
      .describe(
        'Việc kiểm tra giấy tờ tùy thân (từ 01/07/2026; null trước đó); không bao giờ có số giấy tờ / The identity check (from 01/07/2026; null before); never the document number',
      ),
    peopleCount: z.number().nullable(),
    kind: z.string().nullable(),
    content: z.string().nullable(),
    handledByBody: z.string().nullable(),
    direction: z.string().nullable(),
    followUp: z.string().nullable(),
    receiver: z.string().nullable(),
    petitionId: z.string().nullable(),
    trackingCode: z.string().nullable(),
    status: z.string().nullable(),
  })
  .meta({ id: 'RegisterEntry' });

export const ReceptionRegisterSchema = z
  .object({ items: z.array(RegisterEntrySchema) })
  .meta({ id: 'ReceptionRegister' });

// Compile-time drift check: the register schema declares every field of the query's rows (the
// type provider checks the other direction), so a field added to the query is not dropped unseen.
type RegisterRow = Awaited<ReturnType<typeof receptionRegister>>['items'][number];
type DeclaredRow = z.output<typeof RegisterEntrySchema>;
const registerDeclaredInFull: [
  Exclude<keyof RegisterRow, keyof DeclaredRow>,
  Exclude<keyof DeclaredRow, keyof RegisterRow>,
] extends [never, never]
  ? true
  : false = true;
void registerDeclaredInFull;
