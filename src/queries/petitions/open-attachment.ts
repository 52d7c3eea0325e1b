import type { Ctx } from '../../db/context.js';
import { attachmentPath } from '../../db/files.js';
import type { Actor } from '../../domain/access/actor.js';
import { accessFactsOf, petitionPolicy } from '../../domain/access/petition.policy.js';
import { notFound } from '../../domain/errors.js';

/** An attachment's metadata and file path, if the actor may read the case. */
export async function openAttachment({
  ctx,
  actor,
  petitionId,
  attachmentId,
}: {
  ctx: Ctx;
  actor: Actor;
  petitionId: string;
  attachmentId: string;
}) {
  const row = await ctx.db
    .selectFrom('attachments as a')
    .innerJoin('petitions as p', 'p.id', 'a.petition_id')
    .select([
      'a.file_name',
      'a.media_type',
      'a.size',
      'a.storage_key',
      'p.unit_code',
      'p.agency_id',
      'p.officer_id',
      'p.sealed',
    ])
    .where('a.id', '=', attachmentId)
    .where('a.petition_id', '=', petitionId)
    .executeTakeFirst();
  if (!row || !petitionPolicy.read(actor, accessFactsOf(row))) throw notFound('attachment');
  return {
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    path: attachmentPath(ctx.dataDir, row.storage_key),
  };
}
