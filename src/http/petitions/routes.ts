import '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import {
  addAttachment,
  PURPOSES,
  type AttachmentPurpose,
} from '../../commands/petitions/add-attachment.js';
import { checkDuplicates } from '../../commands/petitions/check-duplicates.js';
import { readSealedIdentity } from '../../commands/petitions/read-sealed-identity.js';
import { resolveDuplicate } from '../../commands/petitions/resolve-duplicate.js';
import { submitPetition } from '../../commands/petitions/submit-petition.js';
import { DomainError } from '../../domain/errors.js';
import { MAX_ATTACHMENT_BYTES } from '../../domain/petition/file-sniff.js';
import { checkEligibility } from '../../queries/petitions/check-eligibility.js';
import { feedbackSummary } from '../../queries/petitions/feedback-summary.js';
import { getPetition } from '../../queries/petitions/get-petition.js';
import { listPetitions } from '../../queries/petitions/list-petitions.js';
import { openAttachment } from '../../queries/petitions/open-attachment.js';
import { receiptDocx } from '../../queries/petitions/receipt-docx.js';
import { requireActor } from '../plugins/auth.js';
import { IsoDateSchema, problemResponses } from '../schemas.js';
import { PetitionDetailSchema } from './detail-schema.js';
import { printReceipt } from '../../commands/petitions/print-receipt.js';
import { petitionActionRoutes } from './action-routes.js';
import {
  DuplicateCheckBody,
  DuplicateSchema,
  ListItemSchema,
  ListQuery,
  SubmitPetitionBody,
} from './schemas.js';

const Id = z.object({ id: z.string().min(1).max(64) }).strict();
const DetailSchema = PetitionDetailSchema;

export const petitionRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.post(
    '/api/v1/petitions',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Tiếp nhận đơn / Register a petition',
        description:
          'Registers a petition received through any channel. A mixed petition (several kinds) is split into linked cases. Returns the cases with tracking codes and deadlines. Likely duplicates are computed after the petition is stored (`duplicateCheck: pending`) and appear on each case file (`GET /api/v1/petitions/{id}`: `duplicateCheck`, `duplicateSuggestions`); while typing, use `POST /api/v1/petitions/duplicate-check`.',
        body: SubmitPetitionBody,
        response: {
          201: z.object({
            cases: z.array(
              z.object({
                id: z.string(),
                trackingCode: z.string(),
                kind: z.string(),
                status: z.string(),
                dueOn: z.string().nullable(),
                dueStep: z.string().nullable(),
              }),
            ),
            duplicateCheck: z
              .enum(['pending'])
              .describe(
                'Tìm đơn trùng sau khi lưu; gợi ý hiện trên hồ sơ khi có / Duplicates are scored after the commit and shown on the case file when stored',
              ),
          }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply
        .code(201)
        .send(await submitPetition({ ctx, actor, input: request.body, deskIntake: true }));
    },
  );

  app.post(
    '/api/v1/petitions/duplicate-check',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Gợi ý đơn trùng khi đang nhập / Live duplicate suggestions while typing',
        body: DuplicateCheckBody,
        response: {
          200: z.object({ duplicates: z.array(DuplicateSchema) }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      duplicates: await checkDuplicates({
        ctx,
        actor: requireActor(request),
        probe: { ...request.body, topicCode: request.body.topicCode ?? null },
      }),
    }),
  );

  app.get(
    '/api/v1/petitions/feedback-summary',
    {
      schema: {
        tags: ['petitions'],
        summary: "Ý kiến của người gửi đơn trong đơn vị / Petitioners' feedback in the unit",
        description:
          'For the head of unit: the latest rating of each rated case (count, average, spread), pending re-open requests, and the low-rated (≤ 2/5) or re-open-requested cases to look at first. `from` / `to` (Vietnam dates, inclusive) count only feedback given in that period; `from` after `to` → 400. No petitioner data.',
        querystring: z
          .object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() })
          .strict(),
        response: {
          200: z.object({
            rated: z.number().int(),
            average: z.number().nullable(),
            byRating: z.object({
              '1': z.number().int(),
              '2': z.number().int(),
              '3': z.number().int(),
              '4': z.number().int(),
              '5': z.number().int(),
            }),
            pendingReopen: z.number().int(),
            cases: z.array(
              z.object({
                id: z.string(),
                trackingCode: z.string(),
                title: z.string(),
                kind: z.string(),
                status: z.string(),
                rating: z.number().int().nullable(),
                ratedAt: z.string().nullable(),
                reopenRequested: z.boolean(),
              }),
            ),
            period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
          }),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request) =>
      feedbackSummary({
        ctx,
        actor: requireActor(request),
        from: request.query.from,
        to: request.query.to,
      }),
  );

  app.get(
    '/api/v1/petitions',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Tra cứu, lọc đơn / Search and filter petitions',
        description:
          "Diacritic-insensitive search (`duong` finds `đường`) over code, title, content and petitioner names where permitted; filters; sort by due date (`due`) or receipt (`received`); cursor paging. `mine=true&open=true&sort=due` is an officer's queue.",
        querystring: ListQuery,
        response: {
          200: z.object({ items: z.array(ListItemSchema), nextCursor: z.string().nullable() }),
          ...problemResponses(400, 401),
        },
      },
    },
    async (request) => listPetitions({ ctx, actor: requireActor(request), filter: request.query }),
  );

  app.get(
    '/api/v1/petitions/:id',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Hồ sơ đơn / Case file',
        params: Id,
        response: { 200: DetailSchema, ...problemResponses(401, 404) },
      },
    },
    async (request) => getPetition({ ctx, actor: requireActor(request), id: request.params.id }),
  );

  await app.register(petitionActionRoutes, { ctx });

  app.post(
    '/api/v1/petitions/:id/eligibility',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Kiểm tra điều kiện xử lý đơn / Eligibility check and suggested outcome',
        description:
          'Circular 05/2021/TT-TTCP Art. 6 and Law on Denunciations 2018 Art. 25: what the officer observes on the petition plus what the system knows gives eligible/ineligible with reasons and the suggested processing outcome (accept, return with guidance, forward, urge, file, inspect or forward). Writes nothing.',
        params: Id,
        body: z
          .object({
            language: z.enum(['vi', 'translated', 'other']),
            datedOn: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/)
              .nullish(),
            signed: z.boolean().optional(),
            insulting: z.boolean().optional(),
            illegible: z.boolean().optional(),
            withinAuthority: z.boolean(),
            beingHandledElsewhere: z.boolean().optional(),
            namesViolator: z.boolean().optional(),
            hasCheckableEvidence: z.boolean().optional(),
          })
          .strict(),
        response: {
          200: z.object({
            outcome: z.string(),
            actions: z.array(z.string()),
            reasons: z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() })),
            eligibility: z.object({
              eligible: z.boolean(),
              anonymous: z.boolean(),
              reasons: z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() })),
            }),
          }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => {
      const r = await checkEligibility({
        ctx,
        actor: requireActor(request),
        petitionId: request.params.id,
        observed: request.body,
      });
      const reason = (x: { code: string; vi: string; en: string }) => ({
        code: x.code,
        vi: x.vi,
        en: x.en,
      });
      return {
        outcome: r.outcome,
        actions: [...r.actions],
        reasons: r.reasons.map(reason),
        eligibility: {
          eligible: r.eligibility.eligible,
          anonymous: r.eligibility.anonymous,
          reasons: r.eligibility.reasons.map(reason),
        },
      };
    },
  );

  app.post(
    '/api/v1/petitions/:id/identity',
    {
      schema: {
        tags: ['petitions'],
        summary:
          'Xem danh tính người tố cáo (được ghi nhật ký) / Read a sealed denouncer identity (logged)',
        params: Id,
        body: z.object({ purpose: z.string().trim().min(3).max(200) }).strict(),
        response: {
          200: z.object({
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
          }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) => ({
      petitioners: await readSealedIdentity({
        ctx,
        actor: requireActor(request),
        petitionId: request.params.id,
        purpose: request.body.purpose,
      }),
    }),
  );

  app.post(
    '/api/v1/petitions/:id/duplicates/:candidateId',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Xác nhận hoặc bỏ qua đơn trùng / Link as duplicate or dismiss',
        params: z
          .object({ id: z.string().min(1).max(64), candidateId: z.string().min(1).max(64) })
          .strict(),
        body: z.object({ decision: z.enum(['link', 'dismiss']) }).strict(),
        response: {
          200: z.object({ id: z.string(), decision: z.string() }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) =>
      resolveDuplicate({
        ctx,
        actor: requireActor(request),
        petitionId: request.params.id,
        candidateId: request.params.candidateId,
        decision: request.body.decision,
      }),
  );

  app.post(
    '/api/v1/petitions/:id/attachments',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Đính kèm tài liệu / Upload an attachment',
        description:
          'multipart/form-data with one `file` field and an optional `purpose` (petition | verification | decision | public). PDF, PNG, JPEG, DOCX, XLSX or plain text, at most 10 MB; the type is checked from the content.',
        params: Id,
        response: {
          201: z.object({
            id: z.string(),
            fileName: z.string(),
            mediaType: z.string(),
            size: z.number(),
            purpose: z.string(),
          }),
          ...problemResponses(400, 401, 403, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart())
        throw new DomainError(
          'unsupported_media_type',
          'Cần gửi dạng multipart/form-data.',
          'Send multipart/form-data.',
        );
      let purpose: AttachmentPurpose = 'petition';
      let file: { name: string; bytes: Buffer } | null = null;
      for await (const part of request.parts({
        limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5 },
      })) {
        if (part.type === 'file') {
          const bytes = await part.toBuffer();
          if (part.file.truncated)
            throw new DomainError(
              'payload_too_large',
              'Tệp vượt quá 10 MB.',
              'Files may be at most 10 MB.',
            );
          file = { name: part.filename, bytes };
        } else if (part.fieldname === 'purpose' && typeof part.value === 'string') {
          if (!(PURPOSES as readonly string[]).includes(part.value))
            throw new DomainError(
              'validation_failed',
              'Mục đích tài liệu không hợp lệ.',
              'Invalid purpose.',
            );
          purpose = part.value as AttachmentPurpose;
        }
      }
      if (!file) throw new DomainError('validation_failed', 'Chưa chọn tệp.', 'No file was sent.');
      const saved = await addAttachment({
        ctx,
        actor,
        petitionId: request.params.id,
        fileName: file.name,
        bytes: file.bytes,
        purpose,
      });
      return reply.code(201).send(saved);
    },
  );

  app.get(
    '/api/v1/petitions/:id/receipt.docx',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Phiếu nhận đơn (.docx) / Receipt',
        params: Id,
        response: { 200: z.any(), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const proto = request.protocol;
      const printed = await printReceipt({
        ctx,
        actor: requireActor(request),
        id: request.params.id,
      });
      const { fileName, buffer } = await receiptDocx({
        ...printed,
        portalUrl: `${proto}://${request.host}`,
      });
      reply.header(
        'content-type',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      reply.header('content-disposition', `attachment; filename="${fileName}"`);
      reply.header('cache-control', 'private, no-store');
      return reply.send(buffer);
    },
  );

  app.get(
    '/api/v1/petitions/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Tải tài liệu đính kèm / Download an attachment',
        params: z
          .object({ id: z.string().min(1).max(64), attachmentId: z.string().min(1).max(64) })
          .strict(),
        response: { 200: z.any(), ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const a = await openAttachment({
        ctx,
        actor: requireActor(request),
        petitionId: request.params.id,
        attachmentId: request.params.attachmentId,
      });
      reply.header('content-type', a.mediaType);
      reply.header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(a.fileName)}`,
      );
      reply.header('cache-control', 'private, no-store');
      return reply.send(a.body);
    },
  );
};
