import { z } from 'zod';
import { ROLES } from '../../domain/access/roles.js';
import { BilingualSchema } from '../schemas.js';

const Label = BilingualSchema;

export const AdminUserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.string(),
    roleLabel: Label,
    unitCode: z.string(),
    unitName: z.string().nullable(),
    agencyId: z.string().nullable(),
    agencyName: Label.nullable(),
    canReadIdentity: z.boolean(),
    disabled: z.boolean(),
    locked: z.boolean(),
    lockedUntil: z.string().nullable(),
    sample: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'AdminUser' });

export const CreateUserBodySchema = z
  .object({
    username: z.string().min(1).max(60),
    displayName: z.string().min(1).max(200),
    role: z.enum(ROLES),
    unitCode: z.string().min(1).max(40),
    agencyId: z.string().max(100).nullable().optional(),
    password: z.string().min(10).max(200).optional(),
    canReadIdentity: z.boolean().optional(),
    email: z.string().max(254).nullable().optional().meta({
      description: 'Work e-mail for notifications; checked (400 when not an address)',
      example: 'diachinh.thanhphuoc@gov.vn.example',
    }),
  })
  .strict();

export const UpdateUserBodySchema = z
  .object({
    displayName: z.string().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    unitCode: z.string().min(1).max(40).optional(),
    agencyId: z.string().max(100).nullable().optional(),
    canReadIdentity: z.boolean().optional(),
    disabled: z.boolean().optional(),
    email: z.string().max(254).nullable().optional(),
    notifyMode: z
      .enum(['immediate', 'daily'])
      .optional()
      .meta({ description: 'E-mail per event, or one daily digest' }),
  })
  .strict();

export const AdminAgencySchema = z
  .object({
    id: z.string(),
    unitCode: z.string(),
    unitName: z.string().nullable(),
    kind: z.string(),
    kindLabel: Label,
    nameVi: z.string(),
    nameEn: z.string(),
    users: z.number(),
    createdAt: z.string(),
  })
  .meta({ id: 'AdminAgency' });

export const CreateAgencyBodySchema = z
  .object({
    unitCode: z.string().min(1).max(40),
    kind: z.string().min(1).max(40),
    nameVi: z.string().min(1).max(200),
    nameEn: z.string().min(1).max(200),
  })
  .strict();

export const UpdateAgencyBodySchema = z
  .object({
    kind: z.string().min(1).max(40).optional(),
    nameVi: z.string().min(1).max(200).optional(),
    nameEn: z.string().min(1).max(200).optional(),
  })
  .strict();

export const AdminTopicSchema = z
  .object({
    code: z.string(),
    nameVi: z.string(),
    nameEn: z.string(),
    kinds: z.array(z.string()),
    open311: z.boolean(),
    active: z.boolean(),
    sort: z.number(),
  })
  .meta({ id: 'AdminTopic' });

const TopicFields = {
  nameVi: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(200),
  kinds: z.array(z.string().max(40)).min(1).max(10),
  open311: z.boolean(),
  active: z.boolean(),
  sort: z.number().int().min(0).max(10_000),
};

export const CreateTopicBodySchema = z
  .object({
    code: z.string().min(2).max(60),
    ...TopicFields,
    open311: TopicFields.open311.optional(),
    active: TopicFields.active.optional(),
    sort: TopicFields.sort.optional(),
  })
  .strict();

export const UpdateTopicBodySchema = z.object(TopicFields).partial().strict();

/** Kind labels offered by the agency form. */
export const KindOptionSchema = z.object({ value: z.string(), label: Label });
