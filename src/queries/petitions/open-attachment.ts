import type { Ctx } from '../../db/context.js';
import { attachmentName, readStoredFile } from '../../db/files.js';
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
  const body = await readStoredFile(ctx, attachmentName(row.storage_key));
  if (!body) throw notFound('attachment');
  return {
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    /** The content: from this instance's disk, or (PostgreSQL) the database when another instance received it. */
    body,
  };
}
