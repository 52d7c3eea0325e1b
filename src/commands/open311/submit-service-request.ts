import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { actorFromApiToken } from '../../queries/auth/resolve-actor.js';
import { tokenHash } from '../../domain/access/tokens.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { PUBLIC_ACTOR } from '../petitions/submit-online-petition.js';
import { submitPetition } from '../petitions/submit-petition.js';
import { scoreDuplicatesLater } from '../petitions/score-duplicates.js';

/** The fields of an Open311 POST service request this system uses (attributes are ignored). */
export interface ServiceRequestInput {
  apiKey: string;
  serviceCode: string;
  jurisdictionId?: string | null;
  lat?: number | null;
  long?: number | null;
  addressString?: string | null;
  addressId?: string | null;
  description?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Links to pictures kept by the client (FixMyStreet sends one or several). */
  mediaUrls?: string[];
}

const invalid = (vi: string, en: string) => new DomainError('validation_failed', vi, en);
const missing = (vi: string, en: string) => new DomainError('not_found', vi, en);
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

/** At most this many media links are kept per request. */
export const MAX_MEDIA_URLS = 10;

function mediaUrls(raw: string[] | undefined): string[] {
  const urls = (raw ?? []).map((u) => u.trim()).filter(Boolean);
  if (urls.length > MAX_MEDIA_URLS)
    throw invalid(
      `Tối đa ${MAX_MEDIA_URLS} media_url.`,
      `At most ${MAX_MEDIA_URLS} media_url values.`,
    );
  for (const u of urls) {
    let ok = false;
    try {
      const parsed = new URL(u);
      ok = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && u.length <= 2000;
    } catch {
      ok = false;
    }
    if (!ok)
      throw invalid(
        'media_url phải là địa chỉ http(s) hợp lệ.',
        'media_url must be an http(s) URL.',
      );
  }
  return urls;
}

/** The unit a request is filed in: `jurisdiction_id` when given, else the key owner's unit, valid today. */
async function unitFor(
  ctx: Ctx,
  jurisdictionId: string | null | undefined,
  ownerUnit: string,
): Promise<string> {
  const today = ctx.clock.today();
  const code = jurisdictionId?.trim() || ownerUnit;
  const versions = await ctx.db
    .selectFrom('units')
    .select(['code', 'full_name', 'valid_to', 'successor_codes'])
    .where('code', '=', code)
    .where('valid_from', '<=', today)
    .orderBy('valid_from', 'desc')
    .execute();
  const current = versions.find((u) => u.valid_to === null || u.valid_to >= today);
  if (current) return current.code;
  if (jurisdictionId?.trim() && versions.length === 0)
    throw missing(
      `Không có đơn vị hành chính mã ${code} (jurisdiction_id).`,
      `No administrative unit with code ${code} (jurisdiction_id).`,
    );
  const gone = versions[0];
  const successors = gone ? (JSON.parse(gone.successor_codes) as string[]) : [];
  const where = jurisdictionId?.trim() ? 'jurisdiction_id' : 'the api_key’s unit';
  throw missing(
    `Đơn vị ${gone?.full_name ?? code} (${code}) đã giải thể${gone?.valid_to ? ` từ ${ddmmyyyy(gone.valid_to)}` : ''}; hãy gửi jurisdiction_id là đơn vị kế thừa${successors.length ? ` (${successors.join(', ')})` : ''}.`,
    `Unit ${code} (${where}) no longer exists${gone?.valid_to ? ` since ${gone.valid_to}` : ''}; send jurisdiction_id of its successor${successors.length ? ` (${successors.join(', ')})` : ''}.`,
  );
}

/**
 * Creates a feedback case from an Open311 client. The api_key is a workspace API token (stored as
 * a hash); it identifies the client application, which is responsible for its users' consent.
 * The case is filed as an online petition in the unit `jurisdiction_id` (a unit code valid today)
 * or, by default, the token owner's unit. A name makes a petitioner (family name first, the
 * Vietnamese order); without one the feedback is anonymous. Location: lat/long, address_string
 * or address_id (the specification's three forms). `media_url`s are stored as links.
 */
export async function submitServiceRequest({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ServiceRequestInput;
}): Promise<{ serviceRequestId: string; dueOn: string | null }> {
  const owner = input.apiKey ? await actorFromApiToken(ctx.db, input.apiKey) : null;
  if (!owner) throw new DomainError('forbidden', 'api_key không hợp lệ.', 'Invalid api_key.');
  const topic = await ctx.db
    .selectFrom('topics')
    .select(['code', 'name_vi'])
    .where('code', '=', input.serviceCode)
    .where('open311', '=', 1)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!topic)
    throw missing(
      `Không có dịch vụ (service_code) ${input.serviceCode}.`,
      `No service with service_code ${input.serviceCode}.`,
    );
  const unitCode = await unitFor(ctx, input.jurisdictionId, owner.unitCode);
  const hasPoint =
    typeof input.lat === 'number' &&
    typeof input.long === 'number' &&
    Number.isFinite(input.lat) &&
    Number.isFinite(input.long) &&
    Math.abs(input.lat) <= 90 &&
    Math.abs(input.long) <= 180;
  const address = input.addressString?.trim().slice(0, 400);
  const addressId = input.addressId?.trim();
  if (!hasPoint && !address && !addressId)
    throw invalid(
      'Cần lat và long, address_string hoặc address_id.',
      'lat and long, address_string or address_id is required.',
    );
  const description = input.description?.trim() ?? '';
  if (description.length > 4000)
    throw invalid('description tối đa 4.000 ký tự.', 'description is at most 4,000 characters.');
  const urls = mediaUrls(input.mediaUrls);
  const name = [input.lastName?.trim(), input.firstName?.trim()].filter(Boolean).join(' ');
  const actor: Actor = { ...PUBLIC_ACTOR, username: 'open311', displayName: 'Ứng dụng Open311' };
  // Without a description the service names the case (the specification makes it optional).
  const text = description || `Phản ánh về: ${topic.name_vi}`;
  const title = text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text;
  const point = hasPoint ? `${input.lat!.toFixed(6)}, ${input.long!.toFixed(6)}` : null;
  const place =
    address ||
    (addressId && addressId !== '#NOTPINPOINTED#' ? `address_id ${addressId.slice(0, 80)}` : null);
  const location = point && place ? `${place} (${point})` : (point ?? place);
  const c = await inTransaction(ctx, async (tx) => {
    const res = await submitPetition({
      ctx: { ...ctx, db: tx },
      actor,
      tx,
      input: {
        unitCode,
        kinds: ['feedback'],
        channel: 'online',
        topicCode: topic.code,
        title,
        content: text,
        location,
        anonymous: !name,
        petitioners: name
          ? [
              {
                fullName: name,
                email: input.email?.trim() || null,
                phone: input.phone?.trim() || null,
              },
            ]
          : [],
      },
    });
    const created = res.cases[0]!;
    if (urls.length)
      await tx
        .insertInto('open311_media')
        .values(urls.map((url, position) => ({ petition_id: created.id, position, url })))
        .execute();
    await tx
      .updateTable('api_tokens')
      .set({ last_used_at: ctx.clock.now().toISOString() })
      .where('token_hash', '=', tokenHash(input.apiKey))
      .execute();
    return created;
  });
  scoreDuplicatesLater(ctx); // the case's duplicate scoring, after the commit
  return { serviceRequestId: c.trackingCode, dueOn: c.dueOn };
}
