import type { Kysely } from 'kysely';
import type { Database, PetitionsTable } from '../../db/schema.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { normaliseVietnamesePhone } from '../../domain/petition/duplicates.js';
import { normaliseTrackingCode } from '../../domain/petition/tracking-code.js';
import {
  normaliseEmail,
  parseReopenWindow,
  REOPEN_WINDOW_SETTINGS_KEY,
  type ReopenWindow,
} from '../../domain/portal/citizen-feedback.js';

/** The case a citizen acts on from the tracking page, after proving they filed it. */
export type CitizenCase = Pick<
  PetitionsTable,
  | 'id'
  | 'tracking_code'
  | 'kind'
  | 'status'
  | 'sealed'
  | 'decided_on'
  | 'published'
  | 'public_answer'
  | 'rating'
>;

/** True when the answer of a case is public (same rule as the tracking page). */
export function answerIsPublic(
  p: Pick<PetitionsTable, 'kind' | 'published' | 'decided_on'>,
): boolean {
  return (
    p.published === 1 ||
    (p.kind !== 'complaint' && p.kind !== 'denunciation' && p.decided_on !== null)
  );
}

/** The deployment's re-open window (settings row `portal.reopen_window`, else 30 days). */
export async function loadReopenWindow(db: Kysely<Database>): Promise<ReopenWindow> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', REOPEN_WINDOW_SETTINGS_KEY)
    .executeTakeFirst();
  return parseReopenWindow(row?.value);
}

/**
 * Finds the case by tracking code and checks that `contact` is the phone number or e-mail address
 * given at submission (normalised). One message for "no such case" and "wrong contact" would leak
 * less, but the code is already known to whoever holds it; the route is rate-limited against
 * guessing. Denunciations are refused: the denouncer's contact is sealed and never compared here.
 */
export async function findCitizenCase(
  tx: Kysely<Database>,
  code: string,
  contact: string,
): Promise<CitizenCase> {
  const normal = normaliseTrackingCode(code);
  if (!normal) throw notFound('petition');
  const p = await tx
    .selectFrom('petitions')
    .select([
      'id',
      'tracking_code',
      'kind',
      'status',
      'sealed',
      'decided_on',
      'published',
      'public_answer',
      'rating',
    ])
    .where('tracking_code', '=', normal)
    .executeTakeFirst();
  if (!p) throw notFound('petition');
  if (p.kind === 'denunciation' || p.sealed === 1) {
    throw new DomainError(
      'forbidden',
      'Đơn tố cáo không được đánh giá hoặc yêu cầu xem xét lại qua trang công khai; vui lòng liên hệ trực tiếp cơ quan giải quyết.',
      'Denunciations cannot be rated or re-opened on the public page; please contact the resolving body directly.',
    );
  }
  const phone = normaliseVietnamesePhone(contact);
  const email = normaliseEmail(contact);
  const people = await tx
    .selectFrom('petitioners')
    .select(['phone_norm', 'email'])
    .where('petition_id', '=', p.id)
    .execute();
  const match = people.some(
    (x) =>
      (phone !== null && x.phone_norm === phone) ||
      (email !== null && normaliseEmail(x.email) === email),
  );
  if (!match) {
    throw new DomainError(
      'forbidden',
      'Số điện thoại hoặc thư điện tử không khớp với thông tin đã khai khi gửi đơn.',
      'The phone number or e-mail does not match what was given when submitting.',
      { field: 'contact' },
    );
  }
  return p;
}
