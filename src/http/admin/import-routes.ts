import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importRegister } from '../../commands/petitions/import-register.js';
import type { Ctx } from '../../db/context.js';
import { DomainError } from '../../domain/errors.js';
import { CHANNELS, type Channel } from '../../domain/petition/kinds.js';
import {
  REGISTER_FIELDS,
  REGISTER_FIELD_LABELS,
  type ColumnMapping,
} from '../../domain/petition/register-import.js';
import { requireActor } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';

const LabelSchema = z.object({ vi: z.string(), en: z.string() });

const ImportRowSchema = z.object({
  row: z.number().int(),
  key: z.string(),
  state: z.enum(['new', 'already_imported', 'error']),
  receivedOn: z.string().nullable(),
  kind: z.string().nullable(),
  kindLabel: LabelSchema.nullable(),
  petitioner: z.string().nullable(),
  sealed: z.boolean(),
  title: z.string(),
  unitCode: z.string().nullable(),
  status: z.string().nullable(),
  statusLabel: LabelSchema.nullable(),
  resultLabel: LabelSchema.nullable(),
  resolvedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  trackingCode: z.string().nullable(),
  problems: z.array(
    z.object({ field: z.string(), code: z.string(), vi: z.string(), en: z.string() }),
  ),
});

const ImportResultSchema = z
  .object({
    fileName: z.string(),
    sha256: z.string(),
    format: z.enum(['xlsx', 'csv']),
    titleLines: z.array(z.string()),
    headerRow: z.number().int(),
    columns: z.array(
      z.object({ field: z.string(), label: LabelSchema, header: z.string(), column: z.number() }),
    ),
    unitCode: z.string(),
    dryRun: z.boolean(),
    read: z.number().int(),
    added: z.number().int(),
    skipped: z.number().int(),
    errors: z.number().int(),
    batchId: z.string().nullable(),
    rows: z.array(ImportRowSchema),
  })
  .meta({ id: 'RegisterImportResult' });

const bad = (vi: string, en: string, field: string) =>
  new DomainError('validation_failed', vi, en, { field });

/**
 * POST /api/v1/admin/imports: a legacy petition register (.xlsx/.csv) as multipart/form-data
 * (`file`, `unitCode`, `dryRun`, `expectedSha256`, optional `mapping` JSON and `channel`).
 * A dry run answers the preview with every row's problems and writes nothing; a confirm must
 * send the SHA-256 the preview returned, so the file imported is the file previewed.
 * Administrators and heads of unit only (others: 403), within their units (else 404).
 */
export const importRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.post(
    '/api/v1/admin/imports',
    {
      schema: {
        tags: ['admin'],
        summary:
          'Nhập sổ tiếp công dân / sổ theo dõi đơn thư cũ (xem trước hoặc xác nhận) / Import a legacy petition register (preview or confirm)',
        consumes: ['multipart/form-data'],
        response: {
          200: ImportResultSchema,
          201: ImportResultSchema,
          ...problemResponses(400, 401, 403, 404, 409, 413),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!request.isMultipart())
        throw new DomainError(
          'validation_failed',
          'Gửi tệp dạng multipart/form-data, trường «file».',
          'Send the file as multipart/form-data, field “file”.',
        );
      const fields: Record<string, string> = {};
      let file: { name: string; bytes: Buffer } | null = null;
      for await (const part of request.parts({ limits: { fileSize: 10 * 1024 * 1024 } })) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || file) {
            await part.toBuffer();
            throw bad('Chỉ gửi một tệp, trường «file».', 'Send one file, field “file”.', 'file');
          }
          file = { name: part.filename || 'so-theo-doi', bytes: await part.toBuffer() };
        } else fields[part.fieldname] = String(part.value);
      }
      if (!file || file.bytes.length === 0)
        throw bad('Thiếu tệp sổ theo dõi.', 'No register file.', 'file');
      const unitCode = fields.unitCode?.trim();
      if (!unitCode) throw bad('Thiếu mã đơn vị.', 'The unit code is missing.', 'unitCode');
      const dryRun = fields.dryRun !== 'false';
      const expected = fields.expectedSha256?.trim().toLowerCase() || null;
      if (!dryRun && !(expected && /^[0-9a-f]{64}$/.test(expected)))
        throw bad(
          'Xác nhận nhập phải kèm mã SHA-256 của tệp đã xem trước.',
          'A confirm must send the SHA-256 of the previewed file (expectedSha256).',
          'expectedSha256',
        );
      const channel = fields.channel?.trim() || null;
      if (channel && !(CHANNELS as readonly string[]).includes(channel))
        throw bad('Nguồn đơn không hợp lệ.', 'Unknown channel.', 'channel');
      let mapping: ColumnMapping | null = null;
      if (fields.mapping?.trim()) {
        const parsed = z
          .record(z.enum(REGISTER_FIELDS), z.union([z.string().max(200), z.number().int()]))
          .safeParse(
            (() => {
              try {
                return JSON.parse(fields.mapping) as unknown;
              } catch {
                return null;
              }
            })(),
          );
        if (!parsed.success)
          throw bad(
            'Bảng ghép cột không hợp lệ (JSON: tên trường → tên cột).',
            'Invalid column mapping (JSON: field → column header).',
            'mapping',
          );
        mapping = parsed.data as ColumnMapping;
      }
      const result = await importRegister({
        ctx,
        actor,
        input: {
          fileName: file.name,
          bytes: file.bytes,
          unitCode,
          dryRun,
          expectedSha256: expected,
          mapping,
          channel: channel as Channel | null,
        },
      });
      return reply.code(dryRun ? 200 : 201).send({
        ...result,
        columns: result.columns.map((c) => ({ ...c, label: REGISTER_FIELD_LABELS[c.field] })),
      });
    },
  );
};
