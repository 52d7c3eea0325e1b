import { z } from 'zod';
import {
  COMMITMENT_STATUSES,
  DIALOGUE_ACTIONS,
  DIALOGUE_STATUSES,
} from '../../../domain/campaign/index.js';
import { BilingualSchema, IsoDateSchema } from '../../schemas.js';
import { Code, Text, VersionField } from './shared.js';

/** Dialogue conferences with the people and their commitments. */
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
