import { DomainError } from '../../domain/errors.js';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  sniffAttachment,
} from '../../domain/petition/file-sniff.js';
import type { Ctx } from '../../db/context.js';
import { addAttachment } from '../petitions/add-attachment.js';
import {
  PUBLIC_ACTOR,
  submitOnlinePetition,
  type OnlinePetitionInput,
  type OnlineReceipt,
} from '../petitions/submit-online-petition.js';

/** Files a citizen may attach on the portal form. */
export const MAX_PORTAL_FILES = 3;

export interface PortalFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * The portal form's submission: files are checked first (type by content, size) so that a bad
 * file never leaves a case without its files; then the case is created through the online
 * submission (idempotent by the form's key) and the files are stored as the public actor. A
 * replayed submission (double tap, reload) does not store the files again.
 */
export async function submitFromPortal({
  ctx,
  input,
  idempotencyKey,
  files,
}: {
  ctx: Ctx;
  input: OnlinePetitionInput;
  idempotencyKey: string;
  files: PortalFile[];
}): Promise<{ receipt: OnlineReceipt; replayed: boolean; files: number }> {
  if (files.length > MAX_PORTAL_FILES)
    throw new DomainError(
      'validation_failed',
      `Tối đa ${MAX_PORTAL_FILES} tệp đính kèm.`,
      `At most ${MAX_PORTAL_FILES} attachments.`,
      { field: 'files' },
    );
  for (const f of files) {
    if (f.bytes.length > MAX_ATTACHMENT_BYTES)
      throw new DomainError(
        'payload_too_large',
        `Tệp «${f.fileName}» vượt quá 10 MB.`,
        `“${f.fileName}” is larger than 10 MB.`,
        { field: 'files' },
      );
    if (!sniffAttachment(f.bytes, f.fileName)) {
      const allowed = Object.values(ATTACHMENT_TYPES)
        .map((t) => t.label)
        .join(', ');
      throw new DomainError(
        'unsupported_media_type',
        `Tệp «${f.fileName}» không thuộc loại được nhận (${allowed}).`,
        `“${f.fileName}” is not an accepted type (${allowed}).`,
        { field: 'files' },
      );
    }
  }
  const result = await submitOnlinePetition({ ctx, input, idempotencyKey });
  if (result.replayed || files.length === 0) return { ...result, files: 0 };
  const p = await ctx.db
    .selectFrom('petitions')
    .select('id')
    .where('tracking_code', '=', result.receipt.trackingCode)
    .executeTakeFirstOrThrow();
  for (const f of files)
    await addAttachment({
      ctx,
      actor: PUBLIC_ACTOR,
      petitionId: p.id,
      fileName: f.fileName,
      bytes: f.bytes,
      purpose: 'petition',
      ownSubmission: true,
    });
  return { ...result, files: files.length };
}
