import type { Kysely } from 'kysely';
import type { Database, PetitionsTable } from '../../db/schema.js';
import { formatVi } from '../../domain/calendar/index.js';
import { CITIZEN_EVENT_OF, citizenMessage } from '../../domain/notifications/citizen-messages.js';
import {
  isHandOff,
  nextStep,
  nextStepFactsOf,
  NEXT_STEP_LABELS,
  PETITION_KIND_LABELS,
  type PetitionKind,
} from '../../domain/petition/index.js';
import { enqueue, notify } from '../notifications/notify.js';

type Row = Pick<
  PetitionsTable,
  | 'id'
  | 'tracking_code'
  | 'kind'
  | 'status'
  | 'unit_code'
  | 'officer_id'
  | 'due_on'
  | 'due_step'
  | 'draft_state'
  | 'reopen_state'
  | 'version'
  | 'sample'
  | 'sealed'
> &
  Partial<Pick<PetitionsTable, 'superior_review' | 'superior_unit_code'>>;

/** A person's e-mail and phone columns as stored (ciphertext on a sealed case: only presence counts). */
type Contact = { email: string | null; phone: string | null };

/**
 * After a change to a case, inside its transaction: when the next step's owner changed, notify
 * the new owner (the person, or everyone with the role in the unit: the superior unit for the
 * superior's review of a denunciation), and tell the citizen when the
 * change is one they hear about. Demo (sample) cases replay history and notify nobody.
 */
export async function announceChange(
  tx: Kysely<Database>,
  args: {
    before: Row | null;
    petitionId: string;
    event: string;
    actorId: string | null;
    now: Date;
    detail?: string | null;
    handOff?: boolean;
    /**
     * The case as this transaction has just written it (an intake: no read back), and the
     * e-mail and phone columns of its people rows as written; read from the database when absent.
     */
    written?: { after: Row; people: ReadonlyArray<Contact> };
  },
): Promise<void> {
  const after =
    args.written?.after ??
    (await tx
      .selectFrom('petitions')
      .select([
        'id',
        'tracking_code',
        'kind',
        'status',
        'unit_code',
        'officer_id',
        'due_on',
        'due_step',
        'draft_state',
        'reopen_state',
        'superior_review',
        'superior_unit_code',
        'version',
        'sample',
        'sealed',
      ])
      .where('id', '=', args.petitionId)
      .executeTakeFirstOrThrow());
  if (after.sample === 1) return;
  const prev = args.before ? nextStep(nextStepFactsOf(args.before)) : null;
  const next = nextStep(nextStepFactsOf(after));
  if (next && args.handOff !== false && isHandOff(prev, next)) {
    const what = NEXT_STEP_LABELS[next.action];
    const kind = PETITION_KIND_LABELS[after.kind as PetitionKind] ?? { vi: 'Hồ sơ', en: 'Case' };
    const due = next.dueOn
      ? { vi: ` (hạn ${formatVi(next.dueOn)})`, en: ` (due ${next.dueOn})` }
      : { vi: '', en: '' };
    await notify(tx, {
      to: next.userId ? { userId: next.userId } : { role: next.role, unitCode: next.unitCode },
      kind: `next.${next.action}`,
      petitionId: after.id,
      title: {
        vi: `${kind.vi} ${after.tracking_code}: cần ${what.vi}${due.vi}`,
        en: `${kind.en} ${after.tracking_code}: please ${what.en}${due.en}`,
      },
      body: {
        vi: 'Mở hồ sơ trong mục "Hàng đợi của tôi" trên hệ thống Dân Vận.',
        en: 'Open the case from "My queue" in Dân Vận.',
      },
      dedupeKey: `${after.id}:v${after.version}:${next.action}`,
      now: args.now,
      exceptUserId: args.actorId,
    });
  }
  const citizenEvent = CITIZEN_EVENT_OF[args.event];
  if (citizenEvent)
    await messageCitizen(
      tx,
      after,
      citizenEvent,
      args.detail ?? null,
      args.now,
      args.written?.people,
    );
}

/** Queues the citizen's message on each channel they left (e-mail, phone); the address is resolved at sending. */
async function messageCitizen(
  tx: Kysely<Database>,
  p: Row,
  event: NonNullable<(typeof CITIZEN_EVENT_OF)[string]>,
  detail: string | null,
  now: Date,
  written?: ReadonlyArray<Contact>,
): Promise<void> {
  const table = p.sealed === 1 ? 'sealed_identities' : 'petitioners';
  const people =
    written ??
    (await tx
      .selectFrom(table)
      .select(['email', 'phone'])
      .where('petition_id', '=', p.id)
      .execute());
  const hasEmail = people.some((x) => x.email?.trim());
  const hasPhone = people.some((x) => x.phone?.trim());
  if (!hasEmail && !hasPhone) return;
  const m = citizenMessage(event, {
    trackingCode: p.tracking_code,
    kind: p.kind as PetitionKind,
    confidential: p.kind === 'denunciation' || p.sealed === 1,
    detail,
  });
  const base = {
    recipientRef: `petitioner:${p.id}`,
    subject: m.subject,
    petitionId: p.id,
    kind: `citizen.${event}`,
    now,
  };
  if (hasEmail)
    await enqueue(tx, {
      ...base,
      dedupeKey: `${p.id}:citizen:${event}:v${p.version}:email`,
      channel: 'email',
      body: m.body,
    });
  if (hasPhone)
    await enqueue(tx, {
      ...base,
      dedupeKey: `${p.id}:citizen:${event}:v${p.version}:sms`,
      channel: 'sms',
      body: m.short,
    });
}
