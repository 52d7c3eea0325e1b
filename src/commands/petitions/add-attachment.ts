import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../../db/audit.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  safeFileName,
  sniffAttachment,
} from '../../domain/petition/file-sniff.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { attachmentName, attachmentPath, shareFile, writeFileWhole } from '../../db/files.js';

export const PURPOSES = ['petition', 'verification', 'decision', 'public'] as const;
export type AttachmentPurpose = (typeof PURPOSES)[number];

export { attachmentPath };

/**
 * Stores an attachment of a case after checking size and content type by sniffing its bytes.
 * The file is written first and removed again if the database transaction fails.
 */
export async function addAttachment({
  ctx,
  actor,
  petitionId,
  fileName,
  bytes,
  purpose,
  ownSubmission = false,
}: {
  ctx: Ctx;
  actor: Actor;
  petitionId: string;
  fileName: string;
  bytes: Buffer;
  purpose: AttachmentPurpose;
  /** The citizen's files of the petition they have just filed (portal form). */ ownSubmission?: boolean;
}) {
  const p = await ctx.db
    .selectFrom('petitions')
    .select(['id', 'unit_code', 'agency_id', 'officer_id', 'sealed', 'tracking_code'])
    .where('id', '=', petitionId)
    .executeTakeFirst();
  const facts = p && accessFactsOf(p);
  const citizenOwn = ownSubmission && petitionPolicy.submitOnline(actor);
  if (!p || !facts || !(citizenOwn || petitionPolicy.read(actor, facts)))
    throw notFound('petition');
  if (!citizenOwn && !petitionPolicy.attach(actor, facts))
    throw new DomainError(
      'forbidden',
      'Bạn không có quyền đính kèm tài liệu.',
      'You may not attach files to this case.',
    );
  if (!PURPOSES.includes(purpose))
    throw new DomainError(
      'validation_failed',
      'Mục đích tài liệu không hợp lệ.',
      'Invalid attachment purpose.',
    );
  if (bytes.length === 0)
    throw new DomainError('validation_failed', 'Tệp rỗng.', 'The file is empty.');
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new DomainError(
      'payload_too_large',
      'Tệp vượt quá 10 MB.',
      'Files may be at most 10 MB.',
    );
  const mediaType = sniffAttachment(bytes, fileName);
  if (!mediaType) {
    const allowed = Object.values(ATTACHMENT_TYPES)
      .map((t) => t.label)
      .join(', ');
    throw new DomainError(
      'unsupported_media_type',
      `Loại tệp không được chấp nhận. Chỉ nhận: ${allowed}.`,
      `File type not accepted. Allowed: ${allowed}.`,
    );
  }
  const id = randomUUID();
  const storageKey = randomUUID().replace(/-/g, '');
  const file = attachmentPath(ctx.dataDir, storageKey);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileWhole(file, bytes);
  try {
    await inTransaction(ctx, async (tx) => {
      await shareFile(tx, ctx.engine, attachmentName(storageKey), bytes, ctx.clock.now());
      await tx
        .insertInto('attachments')
        .values({
          id,
          petition_id: p.id,
          file_name: safeFileName(fileName),
          media_type: mediaType,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          storage_key: storageKey,
          purpose,
          uploaded_by: actor.id === 'public' ? null : actor.id,
          uploaded_at: ctx.clock.now().toISOString(),
        })
        .execute();
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: actor.id === 'public' ? null : actor.id,
          actorName: actor.username,
          entityType: 'petition',
          entityId: p.id,
          eventType: 'petition.attachment_added',
          payload: { attachmentId: id, mediaType, size: bytes.length, purpose },
        },
        ctx.clock.now(),
      );
    });
  } catch (e) {
    fs.rmSync(file, { force: true });
    throw e;
  }
  return { id, fileName: safeFileName(fileName), mediaType, size: bytes.length, purpose };
}
