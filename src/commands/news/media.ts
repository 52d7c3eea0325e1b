import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../../db/audit.js';
import type { Actor } from '../../domain/access/actor.js';
import { newsPolicy } from '../../domain/access/news.policy.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { IMAGE_FILE_PATTERN, sniffImage } from '../../domain/news/index.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { shareFile, writeFileWhole } from '../../db/files.js';

/** Largest accepted news photo (the portal serves it to cheap phones: keep them small). */
export const MAX_NEWS_IMAGE_BYTES = 5 * 1024 * 1024;

/** Directory of the portal's public media (news photos), under the data directory. */
export function newsMediaDir(dataDir: string): string {
  return path.join(dataDir, 'media', 'news');
}

/** Path of a stored news image, or null when the name is not one we could have written. */
export function newsMediaPath(dataDir: string, file: string): string | null {
  return IMAGE_FILE_PATTERN.test(file) ? path.join(newsMediaDir(dataDir), file) : null;
}

/** A news image's name in storage (`stored_files` on PostgreSQL, under the data directory). */
export function newsMediaName(file: string): string {
  return `media/news/${file}`;
}

/** Writes a new file on this disk under a fresh random name; the caller shares it (`shareFile`). */
function writeLocalNewsMedia(dataDir: string, ext: string, bytes: Buffer): string {
  const file = `${randomBytes(16).toString('hex')}.${ext}`;
  fs.mkdirSync(newsMediaDir(dataDir), { recursive: true });
  writeFileWhole(path.join(newsMediaDir(dataDir), file), bytes);
  return file;
}

/** Stores a system-made file (demo placeholders) under a fresh random name, for every instance. */
export async function writeNewsMedia(
  ctx: Ctx,
  ext: 'png' | 'jpg' | 'webp' | 'svg',
  bytes: Buffer,
): Promise<string> {
  const file = writeLocalNewsMedia(ctx.dataDir, ext, bytes);
  try {
    await shareFile(ctx.db, ctx.engine, newsMediaName(file), bytes, ctx.clock.now());
  } catch (e) {
    fs.rmSync(path.join(newsMediaDir(ctx.dataDir), file), { force: true });
    throw e;
  }
  return file;
}

/**
 * Stores an uploaded news photo after recognising it by content (PNG, JPEG or WebP; never SVG or
 * anything else) and reading its pixel size, which the portal puts on the <img> to avoid layout
 * shifts. Returns the name to reference in the article's `images`.
 */
export async function uploadNewsImage({
  ctx,
  actor,
  bytes,
}: {
  ctx: Ctx;
  actor: Actor;
  bytes: Buffer;
}): Promise<{
  file: string;
  url: string;
  mediaType: string;
  width: number;
  height: number;
  size: number;
}> {
  if (!newsPolicy.edit(actor)) throw notFound('article');
  if (bytes.length === 0)
    throw new DomainError('validation_failed', 'Tệp rỗng.', 'The file is empty.');
  if (bytes.length > MAX_NEWS_IMAGE_BYTES)
    throw new DomainError('payload_too_large', 'Ảnh vượt quá 5 MB.', 'Images may be at most 5 MB.');
  const img = sniffImage(bytes);
  if (!img || img.width < 1 || img.height < 1)
    throw new DomainError(
      'unsupported_media_type',
      'Chỉ nhận ảnh PNG, JPEG hoặc WebP.',
      'Only PNG, JPEG or WebP images are accepted.',
    );
  const file = writeLocalNewsMedia(ctx.dataDir, img.ext, bytes);
  try {
    await inTransaction(ctx, async (tx) => {
      await shareFile(tx, ctx.engine, newsMediaName(file), bytes, ctx.clock.now());
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: actor.id,
          actorName: actor.username,
          entityType: 'news_media',
          entityId: file,
          eventType: 'news.saved',
          payload: { mediaType: img.mediaType, size: bytes.length },
        },
        ctx.clock.now(),
      );
    });
  } catch (e) {
    fs.rmSync(path.join(newsMediaDir(ctx.dataDir), file), { force: true });
    throw e;
  }
  return {
    file,
    url: `/media/news/${file}`,
    mediaType: img.mediaType,
    width: img.width,
    height: img.height,
    size: bytes.length,
  };
}
