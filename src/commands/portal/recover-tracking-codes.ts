import { sql } from 'kysely';
import { inTransaction, type Ctx } from '../../db/context.js';
import { DomainError } from '../../domain/errors.js';
import { normaliseVietnamesePhone } from '../../domain/petition/duplicates.js';
import { PETITION_KIND_LABELS } from '../../domain/petition/index.js';
import { normaliseEmail } from '../../domain/portal/citizen-feedback.js';
import { queueCitizenMessage } from './citizen-outbox.js';

/**
 * One message per contact per hour at most: a forgotten code is not urgent, and a stranger who
 * types someone else's number cannot flood that person with messages. (The route also limits
 * requests per address.)
 */
export const RECOVERY_INTERVAL_MINUTES = 60;
/** The newest cases listed in one message (an SMS stays short). */
export const RECOVERY_MAX_CODES = 10;

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A citizen lost their tracking code: the codes of the cases filed with this phone number or
 * e-mail address are sent to that same number or address, never shown on screen. The result is
 * the same whether or not the contact is known, so the page reveals nothing about who filed what.
 * Denunciations are never included: the denouncer's contact is sealed and not searched.
 */
export async function recoverTrackingCodes({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { contact: string };
}): Promise<void> {
  const phone = normaliseVietnamesePhone(input.contact);
  const email = phone ? null : normaliseEmail(input.contact);
  if (!phone && !email) {
    throw new DomainError(
      'validation_failed',
      'Hãy nhập số điện thoại (ví dụ 0909 123 456) hoặc địa chỉ thư điện tử đã khai khi gửi đơn.',
      'Enter the phone number (e.g. 0909 123 456) or e-mail address you gave when submitting.',
      { field: 'contact' },
    );
  }
  const recipient = (phone ?? email)!;
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - RECOVERY_INTERVAL_MINUTES * 60_000).toISOString();
  await inTransaction(ctx, async (tx) => {
    const recent = await tx
      .selectFrom('citizen_outbox')
      .select('id')
      .where('recipient', '=', recipient)
      .where('purpose', '=', 'tracking_codes')
      .where('created_at', '>=', since)
      .limit(1)
      .executeTakeFirst();
    if (recent) return;
    const cases = await tx
      .selectFrom('petitions as p')
      .select(['p.tracking_code', 'p.kind', 'p.received_on'])
      .where('p.kind', '!=', 'denunciation')
      .where('p.sealed', '=', 0)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('petitioners as x')
            .select('x.id')
            .whereRef('x.petition_id', '=', 'p.id')
            .where(
              phone ? sql<string>`x.phone_norm` : sql<string>`lower(trim(x.email))`,
              '=',
              recipient,
            ),
        ),
      )
      .orderBy('p.received_on', 'desc')
      .orderBy('p.tracking_code')
      .limit(RECOVERY_MAX_CODES)
      .execute();
    if (cases.length === 0) return;
    const lines = cases.map(
      (c) =>
        `${c.tracking_code} (${PETITION_KIND_LABELS[c.kind as keyof typeof PETITION_KIND_LABELS]?.vi ?? c.kind}, ${ddmmyyyy(c.received_on)})`,
    );
    const body = [
      `Mã hồ sơ đã gửi bằng ${phone ? 'số điện thoại' : 'địa chỉ thư điện tử'} này: ${lines.join('; ')}.`,
      'Tra cứu tại Cổng thông tin, mục "Tra cứu hồ sơ".',
      `Your tracking codes: ${cases.map((c) => c.tracking_code).join(', ')}.`,
    ].join('\n');
    await queueCitizenMessage(
      tx,
      {
        channel: phone ? 'sms' : 'email',
        recipient,
        purpose: 'tracking_codes',
        subject: 'Mã hồ sơ của bạn / Your tracking codes',
        body,
      },
      now.toISOString(),
    );
  });
}
