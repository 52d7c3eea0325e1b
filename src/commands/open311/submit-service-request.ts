import type { Actor } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { actorFromApiToken } from '../../queries/auth/resolve-actor.js';
import { tokenHash } from '../../domain/access/tokens.js';
import type { Ctx } from '../../db/context.js';
import { PUBLIC_ACTOR } from '../petitions/submit-online-petition.js';
import { submitPetition } from '../petitions/submit-petition.js';

/** The fields of an Open311 POST service request this system uses (media_url and attributes are ignored). */
export interface ServiceRequestInput {
  apiKey: string;
  serviceCode: string;
  jurisdictionId?: string | null;
  lat?: number | null;
  long?: number | null;
  addressString?: string | null;
  description?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
}

const invalid = (vi: string, en: string) => new DomainError('validation_failed', vi, en);

/**
 * Creates a feedback case from an Open311 client. The api_key is a workspace API token (stored as
 * a hash); it identifies the client application, which is responsible for its users' consent.
 * The case is filed as an online petition in the unit `jurisdiction_id` (a unit code valid today)
 * or, by default, the token owner's unit. A name makes a petitioner (family name first, the
 * Vietnamese order); without one the feedback is anonymous.
 */
export async function submitServiceRequest({ ctx, input }: { ctx: Ctx; input: ServiceRequestInput }): Promise<{ serviceRequestId: string; dueOn: string | null }> {
  const owner = input.apiKey ? await actorFromApiToken(ctx.db, input.apiKey) : null;
  if (!owner) throw new DomainError('forbidden', 'api_key không hợp lệ.', 'Invalid api_key.');
  const topic = await ctx.db.selectFrom('topics').select(['code']).where('code', '=', input.serviceCode).where('open311', '=', 1).where('active', '=', 1).executeTakeFirst();
  if (!topic) throw invalid('service_code không tồn tại.', 'Unknown service_code.');
  const hasPoint = typeof input.lat === 'number' && typeof input.long === 'number' && Number.isFinite(input.lat) && Number.isFinite(input.long) && Math.abs(input.lat) <= 90 && Math.abs(input.long) <= 180;
  const address = input.addressString?.trim();
  if (!hasPoint && !address) throw invalid('Cần lat và long, hoặc address_string.', 'lat and long, or address_string, are required.');
  const description = input.description?.trim() ?? '';
  if (description.length < 10 || description.length > 4000) throw invalid('description cần từ 10 đến 4.000 ký tự.', 'description needs 10–4,000 characters.');
  const unitCode = input.jurisdictionId?.trim() || owner.unitCode;
  const name = [input.lastName?.trim(), input.firstName?.trim()].filter(Boolean).join(' ');
  const actor: Actor = { ...PUBLIC_ACTOR, username: 'open311', displayName: 'Ứng dụng Open311' };
  const title = description.length > 120 ? `${description.slice(0, 117).trimEnd()}…` : description;
  const location = address ? address.slice(0, 500) : `${input.lat!.toFixed(6)}, ${input.long!.toFixed(6)}`;
  const res = await submitPetition({
    ctx,
    actor,
    input: {
      unitCode, kinds: ['feedback'], channel: 'online', topicCode: topic.code, title, content: description, location,
      anonymous: !name, petitioners: name ? [{ fullName: name, email: input.email?.trim() || null, phone: input.phone?.trim() || null }] : [],
    },
  });
  await ctx.db.updateTable('api_tokens').set({ last_used_at: ctx.clock.now().toISOString() }).where('token_hash', '=', tokenHash(input.apiKey)).execute();
  const c = res.cases[0]!;
  return { serviceRequestId: c.trackingCode, dueOn: c.dueOn };
}
