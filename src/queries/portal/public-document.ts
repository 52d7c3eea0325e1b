import { attachmentName, readStoredFile } from '../../db/files.js';
import type { Ctx } from '../../db/context.js';
import { notFound } from '../../domain/errors.js';
import { normaliseTrackingCode } from '../../domain/petition/tracking-code.js';

/**
 * A document published with an answer (attachment purpose `public`), downloadable by whoever has
 * the tracking code, once the answer is public (the same rule as the tracking page).
 */
export async function openPublicDocument({
  ctx,
  code,
  attachmentId,
}: {
  ctx: Ctx;
  code: string;
  attachmentId: string;
}) {
  const normal = normaliseTrackingCode(code);
  if (!normal) throw notFound('document');
  const row = await ctx.db
    .selectFrom('attachments as a')
    .innerJoin('petitions as p', 'p.id', 'a.petition_id')
    .select([
      'a.file_name',
      'a.media_type',
      'a.size',
      'a.storage_key',
      'p.kind',
      'p.published',
      'p.decided_on',
    ])
    .where('a.id', '=', attachmentId)
    .where('p.tracking_code', '=', normal)
    .where('a.purpose', '=', 'public')
    .executeTakeFirst();
  const answerPublic =
    row &&
    (row.published === 1 ||
      (row.kind !== 'complaint' && row.kind !== 'denunciation' && row.decided_on !== null));
  if (!row || !answerPublic) throw notFound('document');
  const body = await readStoredFile(ctx, attachmentName(row.storage_key));
  if (!body) throw notFound('document');
  return {
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    /** The content: from this instance's disk, or (PostgreSQL) the database when another instance received it. */
    body,
  };
}
