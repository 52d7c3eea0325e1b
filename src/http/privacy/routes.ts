import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { findCitizenCase } from '../../commands/petitions/citizen-check.js';
import { notifyBreach, recordBreach } from '../../commands/privacy/breaches.js';
import {
  answerPrivacyRequest,
  registerDeskPrivacyRequest,
  submitPortalPrivacyRequest,
} from '../../commands/privacy/privacy-requests.js';
import { PRIVACY_OUTCOMES, PRIVACY_REQUEST_KINDS } from '../../domain/privacy/index.js';
import {
  listBreaches,
  listPrivacyRequests,
  privacyRequestByAccessCode,
  privacyRequestForPetition,
} from '../../queries/privacy/privacy-queries.js';
import { requireActor } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';

const Receipt = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.string(),
  status: z.string(),
  receivedOn: z.string(),
  dueOn: z.string(),
  ruleSource: z.string(),
  ruleVerified: z.boolean(),
});
/** A new request's receipt: the secret access code appears here once and is never stored in clear. */
const Created = Receipt.extend({
  accessCode: z.string().meta({
    description:
      'Mã truy cập bí mật, chỉ hiện một lần: cùng mã yêu cầu, xem được câu trả lời mà không cần số điện thoại hay thư điện tử (có thể đã bị xóa theo yêu cầu) / The secret access code, shown once: with the request code it reads the answer without the phone or e-mail (which an erasure may remove)',
  }),
});
const Kind = z.enum(PRIVACY_REQUEST_KINDS);
const Detail = z.string().trim().min(5).max(5000);
const Contact = z.string().trim().min(5).max(200);
const Id = z.object({ id: z.string().min(1).max(64) }).strict();

/**
 * Personal data (Law 91/2025/QH15): data-subject requests through the portal (tracking code +
 * the phone or e-mail given) or at the desk, the unit's answer, and the breach register with its
 * 72-hour notice clock. Staff routes answer 404 outside the actor's units.
 */
export const privacyRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.post(
    '/api/public/v1/privacy-requests',
    {
      schema: {
        tags: ['public'],
        summary:
          'Yêu cầu về dữ liệu cá nhân (xem, sửa, xóa, rút đồng ý, phản đối) / Personal-data request',
        description:
          'The citizen proves the petition is theirs with its tracking code and the phone number or e-mail given when filing. Denunciations: at the desk only (the denouncer’s identity is sealed).',
        body: z
          .object({
            trackingCode: z.string().min(4).max(40),
            contact: Contact,
            kind: Kind,
            detail: Detail,
          })
          .strict(),
        security: [],
        response: { 201: Created, ...problemResponses(400, 403, 404, 429) },
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) =>
      reply.code(201).send(await submitPortalPrivacyRequest({ ctx, input: request.body })),
  );

  app.post(
    '/api/public/v1/privacy-requests/:code/status',
    {
      schema: {
        tags: ['public'],
        summary: 'Tình trạng yêu cầu về dữ liệu cá nhân / Status of a personal-data request',
        params: z.object({ code: z.string().min(4).max(40) }).strict(),
        description:
          'Either the tracking code of the petition and the phone or e-mail given with it, or the secret access code shown once on the request’s receipt (which still works after an erasure removed the contact). Both checks are rate-limited alike.',
        body: z.union([
          z.object({ trackingCode: z.string().min(4).max(40), contact: Contact }).strict(),
          z.object({ accessCode: z.string().trim().min(12).max(40) }).strict(),
        ]),
        security: [],
        response: {
          200: z.object({
            code: z.string(),
            kind: z.string(),
            status: z.string(),
            receivedOn: z.string(),
            dueOn: z.string(),
            answeredOn: z.string().nullable(),
            answer: z.string().nullable(),
            retained: z.string().nullable(),
          }),
          ...problemResponses(400, 403, 404, 429),
        },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request) => {
      const body = request.body;
      if ('accessCode' in body)
        return privacyRequestByAccessCode(
          ctx.db,
          request.params.code,
          body.accessCode,
          ctx.clock.today(),
        );
      const c = await findCitizenCase(ctx.db, body.trackingCode, body.contact);
      return privacyRequestForPetition(ctx.db, request.params.code, c.id, ctx.clock.today());
    },
  );

  app.post(
    '/api/v1/privacy/requests',
    {
      schema: {
        tags: ['privacy'],
        summary:
          'Tiếp nhận yêu cầu về dữ liệu cá nhân tại bộ phận tiếp công dân / Register a request at the desk',
        body: z
          .object({ trackingCode: z.string().min(4).max(40), kind: Kind, detail: Detail })
          .strict(),
        response: { 201: Created, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await registerDeskPrivacyRequest({
          ctx,
          actor: requireActor(request),
          input: request.body,
        }),
      ),
  );

  app.get(
    '/api/v1/privacy/requests',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Yêu cầu về dữ liệu cá nhân / Data-subject requests',
        response: {
          200: z.object({
            items: z.array(
              Receipt.extend({
                petitionId: z.string(),
                unitCode: z.string(),
                channel: z.string(),
                overdue: z.boolean(),
                workingDaysLeft: z.number().int().nullable().meta({
                  description:
                    'Số ngày làm việc còn lại đến hạn trả lời (0: hết hạn hôm nay; âm: số ngày làm việc đã quá hạn); null khi đã trả lời / Working days left to the due date on the deadlines calendar (0: due today; negative: working days overdue); null once answered',
                }),
                detail: z.string(),
                answer: z.string().nullable(),
                retained: z.string().nullable(),
                answeredOn: z.string().nullable(),
                version: z.number(),
              }),
            ),
          }),
          ...problemResponses(401, 404),
        },
      },
    },
    async (request) => ({
      items: await listPrivacyRequests({
        db: ctx.db,
        actor: requireActor(request),
        today: ctx.clock.today(),
      }),
    }),
  );

  app.post(
    '/api/v1/privacy/requests/:id/answer',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Trả lời yêu cầu về dữ liệu cá nhân / Answer a data-subject request',
        params: Id,
        body: z
          .object({
            outcome: z.enum(PRIVACY_OUTCOMES),
            answer: z.string().trim().min(5).max(10_000),
            corrections: z
              .object({
                phone: z.string().max(30).nullish(),
                email: z.string().email().max(200).nullish(),
                address: z.string().max(500).nullish(),
              })
              .strict()
              .optional(),
            expectedVersion: z.number().int().min(1),
          })
          .strict(),
        response: {
          200: z.object({
            id: z.string(),
            status: z.string(),
            version: z.number(),
            retained: z.string().nullable(),
          }),
          ...problemResponses(400, 401, 404, 409),
        },
      },
    },
    async (request) =>
      answerPrivacyRequest({
        ctx,
        actor: requireActor(request),
        id: request.params.id,
        input: request.body,
      }),
  );

  const Breach = z.object({
    id: z.string(),
    unitCode: z.string(),
    discoveredAt: z.string(),
    notifyBy: z.string(),
    description: z.string(),
    dataCategories: z.array(z.string()),
    subjectsCount: z.number(),
    measures: z.string(),
    status: z.string(),
    notifiedAt: z.string().nullable(),
    notifiedTo: z.string().nullable(),
    lateReason: z.string().nullable(),
    hoursLeft: z.number().nullable(),
    overdue: z.boolean(),
    version: z.number(),
    source: z.string(),
  });
  app.get(
    '/api/v1/privacy/breaches',
    {
      schema: {
        tags: ['privacy'],
        summary:
          'Sổ theo dõi vi phạm dữ liệu cá nhân (đồng hồ 72 giờ) / Breach register (72-hour clock)',
        response: { 200: z.object({ items: z.array(Breach) }), ...problemResponses(401, 404) },
      },
    },
    async (request) => ({
      items: await listBreaches({ db: ctx.db, actor: requireActor(request), now: ctx.clock.now() }),
    }),
  );
  app.post(
    '/api/v1/privacy/breaches',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Ghi nhận vi phạm dữ liệu cá nhân / Record a breach',
        body: z
          .object({
            unitCode: z.string().min(2).max(10),
            discoveredAt: z.iso.datetime({ offset: true }),
            description: z.string().trim().min(10).max(5000),
            dataCategories: z.array(z.string().min(1).max(100)).min(1).max(20),
            subjectsCount: z.number().int().min(0).max(100_000_000),
            measures: z.string().trim().min(5).max(5000),
          })
          .strict(),
        response: {
          201: z.object({ id: z.string(), notifyBy: z.string() }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordBreach({ ctx, actor: requireActor(request), input: request.body })),
  );
  app.post(
    '/api/v1/privacy/breaches/:id/notified',
    {
      schema: {
        tags: ['privacy'],
        summary:
          'Ghi nhận đã thông báo vi phạm cho cơ quan chuyên trách / Record the breach notice',
        params: Id,
        body: z
          .object({
            notifiedTo: z.string().trim().min(3).max(300),
            lateReason: z.string().max(2000).optional(),
            expectedVersion: z.number().int().min(1),
          })
          .strict(),
        response: {
          200: z.object({
            id: z.string(),
            status: z.string(),
            late: z.boolean(),
            version: z.number(),
          }),
          ...problemResponses(400, 401, 404, 409),
        },
      },
    },
    async (request) =>
      notifyBreach({
        ctx,
        actor: requireActor(request),
        id: request.params.id,
        input: request.body,
      }),
  );
};
