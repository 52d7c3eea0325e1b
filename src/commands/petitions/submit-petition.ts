import { storeReceiptSnapshot } from './receipt-snapshot.js';
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { appendAuditMany } from '../../db/audit.js';
import type { AuditEventInput } from '../../domain/audit/events.js';
import type { Database, PetitionsTable } from '../../db/schema.js';
import { petitionPolicy } from '../../domain/access/petition.policy.js';
import type { Actor } from '../../domain/access/actor.js';
import { DomainError, notFound } from '../../domain/errors.js';
import {
  isChannel,
  isPetitionKind,
  type Channel,
  type PetitionKind,
} from '../../domain/petition/kinds.js';
import { normaliseVietnamesePhone } from '../../domain/petition/duplicates.js';
import { generateTrackingCode } from '../../domain/petition/tracking-code.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { loadCalendar } from '../../queries/calendar/load-calendar.js';
import type { Ctx } from '../../db/context.js';
import { inGroupCommit } from '../../db/group-commit.js';
import { planDeadline, type CalendarSnapshot } from './deadlines.js';
import { announceChange } from './hand-off.js';
import { parseEmailField } from '../../domain/notifications/email.js';
import { scoreDuplicatesLater } from './score-duplicates.js';
import { maskIdentity } from '../../domain/sealed/mask-identity.js';
import { assertCurrentSealingKey, keyringOf, sealIdentity } from '../../db/sealed-keys.js';
import { insertNewPetitionFacts } from '../../db/petition-facts.js';
import type { FactSource } from '../../domain/reports/facts.js';
import { checkIdentification, type IdentityCheck } from '../../domain/petition/reception-rules.js';

export interface PetitionerInput {
  fullName: string;
  address?: string | null;
  identityNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  isRepresentative?: boolean;
}

export interface ReceptionInput {
  identityPaper?: string | null;
  /** The identity check of a person who came in person (required at the desk from 1/7/2026). */
  identityCheck?: IdentityCheck | null;
  peopleCount?: number;
  handledByBody?: string | null;
  direction?: string | null;
  followUp?: string | null;
}

export interface SubmitPetitionInput {
  unitCode: string;
  /** One kind, or several for a mixed petition (split into one linked case per kind). */
  kinds: PetitionKind[];
  channel: Channel;
  topicCode?: string | null;
  title: string;
  content: string;
  receivedOn?: string;
  petitioners: PetitionerInput[];
  manySignatories?: boolean;
  signatoryCount?: number;
  anonymous?: boolean;
  remoteArea?: boolean;
  location?: string | null;
  reception?: ReceptionInput | null;
  sample?: boolean;
  /**
   * A mixed letter: each kind's own title and content. Required when the letter holds a
   * denunciation and anything else, so that the other cases carry only their own part.
   */
  parts?: Array<{ kind: PetitionKind; title: string; content: string }> | null;
  /** Seal the petitioners' identity even without a denunciation among the kinds (a second complaint of a sealed case). */
  sealIdentity?: boolean;
}

export interface SubmittedCase {
  id: string;
  trackingCode: string;
  kind: PetitionKind;
  status: string;
  dueOn: string | null;
  dueStep: string | null;
}

/** A case created from another one (a second complaint): its round and link, set at creation so its deadlines open under the right rules. */
export interface SubmitLink {
  parentId: string;
  linkType: 'second_complaint';
  round: 2;
}

export interface SubmitResult {
  cases: SubmittedCase[];
  /** Duplicate suggestions are computed after the commit and shown on the case file when stored. */
  duplicateCheck: 'pending';
}

const invalid = (vi: string, en: string, details?: Record<string, unknown>) =>
  new DomainError('validation_failed', vi, en, details);

function validate(input: SubmitPetitionInput, today: string): void {
  if (
    input.kinds.length === 0 ||
    input.kinds.some((k) => !isPetitionKind(k)) ||
    new Set(input.kinds).size !== input.kinds.length
  ) {
    throw invalid('Loại đơn không hợp lệ.', 'Invalid or repeated petition kind.', {
      field: 'kinds',
    });
  }
  if (!isChannel(input.channel))
    throw invalid('Nguồn đơn không hợp lệ.', 'Invalid channel.', { field: 'channel' });
  if (!input.title.trim() || !input.content.trim())
    throw invalid('Tiêu đề và nội dung đơn là bắt buộc.', 'Title and content are required.');
  if (input.receivedOn && input.receivedOn > today)
    throw invalid(
      'Ngày nhận đơn không được sau ngày hôm nay.',
      'The receipt date cannot be in the future.',
      { field: 'receivedOn' },
    );
  if (!input.anonymous && input.petitioners.length === 0)
    throw invalid(
      'Cần ít nhất một người gửi đơn (hoặc đánh dấu đơn nặc danh).',
      'At least one petitioner is required (or mark the petition anonymous).',
      { field: 'petitioners' },
    );
  if (input.anonymous && input.petitioners.length > 0)
    throw invalid(
      'Đơn nặc danh không có thông tin người gửi.',
      'An anonymous petition has no petitioners.',
      { field: 'petitioners' },
    );
  if (input.manySignatories && !input.petitioners.some((p) => p.isRepresentative)) {
    throw invalid(
      'Đơn đông người phải có người đại diện.',
      'A many-signatory petition needs a representative.',
      { field: 'petitioners' },
    );
  }
  const parts = input.parts ?? [];
  if (parts.length) {
    const kinds = parts.map((x) => x.kind);
    if (
      kinds.length !== input.kinds.length ||
      input.kinds.some((k) => !kinds.includes(k)) ||
      parts.some((x) => !x.title.trim() || !x.content.trim())
    ) {
      throw invalid(
        'Mỗi loại đơn trong đơn hỗn hợp cần đúng một phần nội dung (tiêu đề và nội dung riêng).',
        'Each kind of a mixed petition needs exactly one part (its own title and content).',
        { field: 'parts' },
      );
    }
  } else if (input.kinds.length > 1 && input.kinds.includes('denunciation')) {
    throw invalid(
      'Đơn vừa tố cáo vừa có nội dung khác: tách phần nội dung của từng loại để các hồ sơ khác chỉ mang phần của mình (danh tính người tố cáo được giữ bí mật).',
      "A letter that denounces and also asks something else: give each kind its own part, so the other cases carry only their part (the denouncer's identity stays sealed).",
      { field: 'parts' },
    );
  }
}

async function uniqueTrackingCode(tx: Kysely<Database>): Promise<string> {
  for (;;) {
    const code = generateTrackingCode();
    const taken = await tx
      .selectFrom('petitions')
      .select('id')
      .where('tracking_code', '=', code)
      .executeTakeFirst();
    if (!taken) return code;
  }
}

/**
 * Registers a petition received through any channel: one case per kind (linked when split),
 * petitioners (a denouncer's identity sealed apart), statutory processing deadline, reception
 * register entry for in-person visits, duplicate suggestions, timeline event and audit event,
 * all in one transaction.
 */
export async function submitPetition({
  ctx,
  actor,
  input,
  tx: outer,
  link,
  snapshot: given,
  silent = false,
  deskIntake = false,
}: {
  ctx: Ctx;
  actor: Actor;
  input: SubmitPetitionInput;
  tx?: Kysely<Database>;
  link?: SubmitLink;
  snapshot?: CalendarSnapshot;
  /**
   * Tell nobody: no hand-off notification, no message to the citizen. For cases entered from
   * a legacy register, whose petitioners were answered on paper long ago.
   */
  silent?: boolean;
  /**
   * An official registers it at the desk (the staff intake API): the identification rule in
   * force on the receipt date applies to a person who came in person. Imports, online forms and
   * linked cases are not desk intakes.
   */
  deskIntake?: boolean;
}): Promise<SubmitResult> {
  const today = ctx.clock.today();
  validate(input, today);
  input.petitioners.forEach((x, i) => {
    const email = parseEmailField(x.email, `petitioners.${i}.email`);
    if (email) x.email = email;
  });
  // A sealed letter's own text must not name the denouncer: masked before it is stored, indexed
  // or compared (the identity stays in the encrypted sealed record).
  if ((input.kinds.includes('denunciation') || input.sealIdentity === true) && !input.anonymous) {
    const mask = (text: string) => maskIdentity(text, input.petitioners);
    input = {
      ...input,
      title: mask(input.title),
      content: mask(input.content),
      parts:
        input.parts?.map((x) => ({ ...x, title: mask(x.title), content: mask(x.content) })) ??
        input.parts,
    };
  }
  const receivedOn = input.receivedOn ?? today;
  if (deskIntake) checkIdentification(input.channel, receivedOn, input.reception?.identityCheck);
  if (!(
    petitionPolicy.intake(actor, input.unitCode) ||
    (input.channel === 'online' && petitionPolicy.submitOnline(actor))
  ))
    throw notFound('unit');
  // Inside an outer transaction, read through it: SQLite has one connection, held by that transaction.
  const snapshot = given ?? (await loadCalendar(outer ?? ctx.db));

  // Duplicate suggestions are computed after the commit (score-duplicates.ts): scoring is CPU work
  // that must not hold SQLite's one connection or delay the answer, and a failure in it must never
  // cost the petition. The denouncer's identity is sealed on every case made from a letter that
  // holds a denunciation.
  const sealedLetter =
    (input.kinds.includes('denunciation') || input.sealIdentity === true) && !input.anonymous;
  const keys = keyringOf(ctx);
  const run = async (tx: Kysely<Database>): Promise<SubmitResult> => {
    // The audit rows are appended last, just before the commit: on PostgreSQL appending takes the
    // chain's lock (src/db/audit.ts), which concurrent intakes would otherwise wait on for the
    // rest of this transaction (measured: 13 intakes/s, every other connection waiting on it).
    const audits: AuditEventInput[] = [];
    if (sealedLetter) await assertCurrentSealingKey(tx, ctx.engine, keys);
    // The unit's versions begun by the receipt date, newest first: one must be in force that day;
    // the newest names the unit on the receipt (as readReceiptSource reads it back).
    const versions = await tx
      .selectFrom('units')
      .select(['full_name', 'valid_to'])
      .where('code', '=', input.unitCode)
      .where('valid_from', '<=', receivedOn)
      .orderBy('valid_from', 'desc')
      .execute();
    if (!versions.some((v) => v.valid_to === null || v.valid_to >= receivedOn))
      throw invalid(
        'Đơn vị không tồn tại vào ngày nhận đơn.',
        'No such unit on the receipt date.',
        { field: 'unitCode' },
      );
    if (input.topicCode) {
      const topic = await tx
        .selectFrom('topics')
        .select(['code', 'kinds'])
        .where('code', '=', input.topicCode)
        .where('active', '=', 1)
        .executeTakeFirst();
      if (!topic) throw invalid('Lĩnh vực không hợp lệ.', 'Unknown topic.', { field: 'topicCode' });
    }
    const now = ctx.clock.now().toISOString();
    const cases: SubmittedCase[] = [];
    const factSources: FactSource[] = [];
    let firstId: string | null = null;
    const nonSealedNames = sealedLetter ? '' : input.petitioners.map((p) => p.fullName).join(' ');
    const letterId = sealedLetter && input.kinds.length > 1 ? randomUUID() : null;

    for (const kind of input.kinds) {
      const id = randomUUID();
      const trackingCode = await uniqueTrackingCode(tx);
      const sealed = sealedLetter;
      const part = input.parts?.find((x) => x.kind === kind);
      const title = (part?.title ?? input.title).trim();
      const content = (part?.content ?? input.content).trim();
      const searchText = foldVietnamese([trackingCode, title, content, nonSealedNames].join(' '));
      const facts = {
        kind,
        round: link?.round ?? 1,
        remote_area: input.remoteArea ? 1 : 0,
        complexity: 'normal',
        received_on: receivedOn,
      };
      // The deadlines first, so the case is stored with its due date: the earliest dated one
      // (currentDueOf's rule, from the rows about to be written: no read back, no UPDATE).
      const deadlines = [planDeadline(snapshot, id, facts, 'process', receivedOn)];
      // A denunciation outside the unit's authority must be forwarded within 5 working days of receipt (Law on Denunciations 2018 Art. 24(2)).
      if (kind === 'denunciation')
        deadlines.push(planDeadline(snapshot, id, facts, 'forward', receivedOn));
      const written = deadlines.filter((d) => d !== null);
      const first =
        written
          .filter((d) => d.due_on !== null)
          .sort((x, y) => (x.due_on! < y.due_on! ? -1 : 1))[0] ?? written[0];
      const due = { due_on: first?.due_on ?? null, due_step: first?.step ?? null };
      const row = {
        id,
        tracking_code: trackingCode,
        unit_code: input.unitCode,
        agency_id: null,
        officer_id: null,
        kind,
        channel: input.channel,
        topic_code: input.topicCode ?? null,
        title,
        content,
        status: 'received',
        status_before_suspension: null,
        // A sealed letter's cases are linked apart (sealed_letter_cases), visible only to identity readers.
        round: facts.round,
        parent_id: link?.parentId ?? (letterId ? null : firstId),
        link_type: link?.linkType ?? (firstId && !letterId ? 'split' : null),
        duplicate_of: null,
        received_on: receivedOn,
        many_signatories: input.manySignatories ? 1 : 0,
        signatory_count: Math.max(input.signatoryCount ?? input.petitioners.length, 1),
        anonymous: input.anonymous ? 1 : 0,
        sealed: sealed ? 1 : 0,
        remote_area: facts.remote_area,
        complexity: 'normal',
        has_dialogue: 0,
        extension_count: 0,
        outcome: null,
        result: null,
        forwarded_to: null,
        accepted_on: null,
        decided_on: null,
        closed_on: null,
        finished_on: null,
        due_on: due.due_on,
        due_step: due.due_step,
        public_answer: null,
        published: 0,
        rating: null,
        location: input.location ?? null,
        search_text: searchText,
        sample: input.sample ? 1 : 0,
        version: 1,
        created_by: actor.id === 'public' ? null : actor.id,
        created_at: now,
        updated_at: now,
      } satisfies Insertable<PetitionsTable>;
      await tx.insertInto('petitions').values(row).execute();
      const people = input.petitioners.map((p, position) => ({
        id: randomUUID(),
        petition_id: id,
        position,
        full_name: p.fullName.trim(),
        address: p.address ?? null,
        identity_number: p.identityNumber?.trim() || null,
        phone: p.phone ?? null,
        email: p.email ?? null,
        is_representative: p.isRepresentative ? 1 : 0,
        folded_name: foldVietnamese(p.fullName),
        phone_norm: normaliseVietnamesePhone(p.phone),
      }));
      const sealedPeople = sealed ? people.map((x) => ({ ...x, ...sealIdentity(keys, x) })) : [];
      if (people.length && sealed)
        await tx.insertInto('sealed_identities').values(sealedPeople).execute();
      else if (people.length) await tx.insertInto('petitioners').values(people).execute();
      if (letterId)
        await tx
          .insertInto('sealed_letter_cases')
          .values({ petition_id: id, letter_id: letterId })
          .execute();
      if (written.length) await tx.insertInto('petition_deadlines').values(written).execute();
      const event = {
        id: randomUUID(),
        petition_id: id,
        at: now,
        on_date: receivedOn,
        actor_id: actor.id === 'public' ? null : actor.id,
        actor_name: actor.displayName,
        action: 'submit',
        from_status: null,
        to_status: 'received',
        payload: JSON.stringify({
          channel: input.channel,
          split: input.kinds.length > 1 && !letterId,
        }),
        public: 1,
      };
      await tx.insertInto('petition_events').values(event).execute();
      if (!silent)
        await announceChange(tx, {
          before: null,
          petitionId: id,
          event: 'submit',
          actorId: actor.id === 'public' ? null : actor.id,
          now: ctx.clock.now(),
          // As just written (the columns the insert leaves out are null): no read back.
          written: {
            after: {
              ...row,
              draft_state: null,
              reopen_state: null,
              superior_review: null,
              superior_unit_code: null,
            },
            people: sealed ? sealedPeople : people,
          },
        });
      audits.push({
        actorId: actor.id === 'public' ? null : actor.id,
        actorName: actor.username,
        entityType: 'petition',
        entityId: id,
        eventType: 'petition.submitted',
        payload: { trackingCode, kind, channel: input.channel, unitCode: input.unitCode, sealed },
      });
      if (input.channel === 'in_person' && !firstId) {
        const identityPaper =
          input.reception?.identityCheck?.documentNumber ?? input.reception?.identityPaper;
        await tx
          .insertInto('reception_visits')
          .values({
            id: randomUUID(),
            unit_code: input.unitCode,
            petition_id: id,
            visit_on: receivedOn,
            identity_paper: sealed
              ? keys.encrypt(identityPaper, 'identity_paper')
              : (identityPaper ?? null),
            identity_doc_type: input.reception?.identityCheck?.documentType ?? null,
            identity_unchecked_reason: sealed
              ? keys.encrypt(
                  input.reception?.identityCheck?.notCheckedReason,
                  'identity_unchecked_reason',
                )
              : (input.reception?.identityCheck?.notCheckedReason ?? null),
            people_count: input.reception?.peopleCount ?? Math.max(input.petitioners.length, 1),
            handled_by_body: input.reception?.handledByBody ?? null,
            direction: input.reception?.direction ?? null,
            follow_up: input.reception?.followUp ?? null,
            receiver_id: actor.id === 'public' ? null : actor.id,
            created_at: now,
          })
          .execute();
      }
      await storeReceiptSnapshot(
        tx,
        id,
        {
          petition: row,
          unitName: versions[0]?.full_name ?? null,
          people: sealed ? [] : people,
          deadlines: written,
          receiverName: actor.displayName,
        },
        now,
      );
      factSources.push({ petition: row, events: [event], deadlines: written });
      cases.push({
        id,
        trackingCode,
        kind,
        status: 'received',
        dueOn: due.due_on,
        dueStep: due.due_step,
      });
      firstId ??= id;
    }
    await insertNewPetitionFacts(tx, factSources, { today });
    // The cases' duplicate scoring, done after the commit; the other cases of the same letter are never suggested.
    for (const c of cases)
      await tx
        .insertInto('duplicate_scoring')
        .values({
          petition_id: c.id,
          state: 'pending',
          exclude_ids: JSON.stringify(cases.filter((x) => x.id !== c.id).map((x) => x.id)),
          attempts: 0,
          requested_at: now,
          failed_at: null,
        })
        .execute();
    await appendAuditMany(tx, ctx.engine, audits, ctx.clock.now());
    return { cases, duplicateCheck: 'pending' };
  };
  if (outer) return run(outer); // scored by the next drain after the caller commits (or the sweep)
  const result = await inGroupCommit(ctx, run); // on SQLite, one COMMIT for the intakes waiting together
  scoreDuplicatesLater(ctx);
  return result;
}
