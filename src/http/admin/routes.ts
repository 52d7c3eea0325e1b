import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addUser } from '../../commands/admin/add-user.js';
import { createAgency } from '../../commands/admin/create-agency.js';
import { createTopic } from '../../commands/admin/create-topic.js';
import { resetUserPassword } from '../../commands/admin/reset-user-password.js';
import { unlockUser } from '../../commands/admin/unlock-user.js';
import { updateAgency } from '../../commands/admin/update-agency.js';
import { updateTopic } from '../../commands/admin/update-topic.js';
import { updateUser } from '../../commands/admin/update-user.js';
import type { Ctx } from '../../db/context.js';
import { ROLE_LABELS, ROLES } from '../../domain/access/roles.js';
import { AGENCY_KIND_LABELS } from '../../domain/units/agencies.js';
import { listAdminAgencies } from '../../queries/admin/list-agencies.js';
import { listAdminTopics } from '../../queries/admin/list-topics.js';
import { listAdminUsers } from '../../queries/admin/list-users.js';
import { requireActor } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';
import {
  AdminAgencySchema,
  AdminTopicSchema,
  AdminUserSchema,
  CreateAgencyBodySchema,
  CreateTopicBodySchema,
  CreateUserBodySchema,
  KindOptionSchema,
  UpdateAgencyBodySchema,
  UpdateTopicBodySchema,
  UpdateUserBodySchema,
} from './schemas.js';

const TAGS = ['admin'];
const Id = z.object({ id: z.string().min(1).max(100) });
const Changed = z.object({ id: z.string(), changed: z.array(z.string()) });

/**
 * Administration of accounts and roles, agencies and the topic taxonomy. Abilities
 * `admin.users`, `admin.units`, `admin.topics`; anyone else gets 404. Every change is audited
 * by its command; generated passwords are answered once and never stored in clear.
 */
export const adminRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/admin/users',
    {
      schema: {
        tags: TAGS,
        summary: 'Danh sách tài khoản và vai trò / Accounts and roles',
        response: {
          200: z.object({ items: z.array(AdminUserSchema), roles: z.array(KindOptionSchema) }),
          ...problemResponses(401, 404),
        },
      },
    },
    async (request) => {
      const items = await listAdminUsers({ ctx, actor: requireActor(request) });
      return { items, roles: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })) };
    },
  );

  app.post(
    '/api/v1/admin/users',
    {
      schema: {
        tags: TAGS,
        summary:
          'Tạo tài khoản (mật khẩu sinh tự động nếu bỏ trống, chỉ hiện một lần) / Create an account (generated password shown once)',
        body: CreateUserBodySchema,
        response: {
          201: z.object({ id: z.string(), generatedPassword: z.string().nullable() }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addUser({ ctx, actor: requireActor(request), input: request.body })),
  );

  app.patch(
    '/api/v1/admin/users/:id',
    {
      schema: {
        tags: TAGS,
        summary:
          'Sửa tài khoản: tên, vai trò, đơn vị, cơ quan, quyền xem danh tính, khóa / Edit an account',
        params: Id,
        body: UpdateUserBodySchema,
        response: { 200: Changed, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateUser({
        ctx,
        actor: requireActor(request),
        input: { id: request.params.id, ...request.body },
      }),
  );

  app.post(
    '/api/v1/admin/users/:id/reset-password',
    {
      schema: {
        tags: TAGS,
        summary:
          'Đặt lại mật khẩu, mở khóa đăng nhập (mật khẩu mới chỉ hiện một lần) / Reset a password and clear the lockout (shown once)',
        params: Id,
        response: {
          200: z.object({ id: z.string(), generatedPassword: z.string() }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request) =>
      resetUserPassword({ ctx, actor: requireActor(request), input: { id: request.params.id } }),
  );

  app.post(
    '/api/v1/admin/users/:id/unlock',
    {
      schema: {
        tags: TAGS,
        summary:
          'Mở khóa đăng nhập từ mọi địa chỉ (giữ mật khẩu) / Clear sign-in locks from every address (password kept)',
        params: Id,
        response: {
          200: z.object({ id: z.string(), clearedLocks: z.number().int() }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request) =>
      unlockUser({ ctx, actor: requireActor(request), input: { id: request.params.id } }),
  );

  app.get(
    '/api/v1/admin/agencies',
    {
      schema: {
        tags: TAGS,
        summary: 'Cơ quan theo đơn vị / Agencies by unit',
        querystring: z.object({ unitCode: z.string().max(40).optional() }).strict(),
        response: {
          200: z.object({ items: z.array(AdminAgencySchema), kinds: z.array(KindOptionSchema) }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const items = await listAdminAgencies({
        ctx,
        actor: requireActor(request),
        unitCode: request.query.unitCode,
      });
      return {
        items,
        kinds: Object.entries(AGENCY_KIND_LABELS).map(([value, label]) => ({ value, label })),
      };
    },
  );

  app.post(
    '/api/v1/admin/agencies',
    {
      schema: {
        tags: TAGS,
        summary: 'Thêm cơ quan vào đơn vị / Add an agency to a unit',
        body: CreateAgencyBodySchema,
        response: { 201: z.object({ id: z.string() }), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createAgency({ ctx, actor: requireActor(request), input: request.body })),
  );

  app.patch(
    '/api/v1/admin/agencies/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa tên, loại cơ quan / Edit an agency',
        params: Id,
        body: UpdateAgencyBodySchema,
        response: { 200: Changed, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      updateAgency({
        ctx,
        actor: requireActor(request),
        input: { id: request.params.id, ...request.body },
      }),
  );

  app.get(
    '/api/v1/admin/topics',
    {
      schema: {
        tags: TAGS,
        summary:
          'Danh mục lĩnh vực, kể cả lĩnh vực ngừng sử dụng / Topic taxonomy incl. inactive topics',
        response: {
          200: z.object({ items: z.array(AdminTopicSchema) }),
          ...problemResponses(401, 404),
        },
      },
    },
    async (request) => ({ items: await listAdminTopics({ ctx, actor: requireActor(request) }) }),
  );

  app.post(
    '/api/v1/admin/topics',
    {
      schema: {
        tags: TAGS,
        summary: 'Thêm lĩnh vực / Add a topic',
        body: CreateTopicBodySchema,
        response: {
          201: z.object({ code: z.string() }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createTopic({ ctx, actor: requireActor(request), input: request.body })),
  );

  app.patch(
    '/api/v1/admin/topics/:code',
    {
      schema: {
        tags: TAGS,
        summary: 'Sửa lĩnh vực: tên, loại đơn, Open311, sử dụng, thứ tự / Edit a topic',
        params: z.object({ code: z.string().min(1).max(60) }),
        body: UpdateTopicBodySchema,
        response: {
          200: z.object({ code: z.string(), changed: z.array(z.string()) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) =>
      updateTopic({
        ctx,
        actor: requireActor(request),
        input: { code: request.params.code, ...request.body },
      }),
  );
};
