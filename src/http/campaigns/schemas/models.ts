import { z } from 'zod';
import {
  AWARD_LEVELS,
  MODEL_ACTIONS,
  MODEL_FIELDS,
  MODEL_STATUSES,
} from '../../../domain/campaign/index.js';
import { BilingualSchema, IsoDateSchema } from '../../schemas.js';
import { Code, Text, VersionField } from './shared.js';

/** "Dân vận khéo" models. */
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
