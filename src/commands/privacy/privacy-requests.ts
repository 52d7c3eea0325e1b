import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../db/audit.js';
import type { Database, PrivacyRequestsTable } from '../../db/schema.js';
import { hasAbility, inScope, type Actor } from '../../domain/access/actor.js';
import { computeDeadline } from '../../domain/calendar/index.js';
import { DomainError, conflict, notFound } from '../../domain/errors.js';
import { normaliseVietnamesePhone } from '../../domain/petition/duplicates.js';
import {
  generateTrackingCode,
  normaliseTrackingCode,
} from '../../domain/petition/tracking-code.js';
import {
  accessCodeHash,
  newAccessCode,
  ERASURE_RETAINED,
  PRIVACY_REQUEST_LABELS,
  PRIVACY_TIME_LIMITS,
  type PrivacyOutcome,
  type PrivacyRequestKind,
} from '../../domain/privacy/index.js';
import { loadCalendar } from '../../queries/calendar/load-calendar.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { findCitizenCase } from '../petitions/citizen-check.js';
import { notify } from '../notifications/notify.js';
import { viDate } from '../../domain/reports/periods.js';

export interface PrivacyRequestReceipt {
  id: string;
  code: string;
  kind: PrivacyRequestKind;
  status: string;
  receivedOn: string;
  dueOn: string;
  ruleSource: string;
  ruleVerified: boolean;
  /**
   * The secret access code, shown to the citizen this once (only its hash is stored): with the
   * request's code it reads the answer on the portal without the contact an erasure may remove.
   */
  accessCode: string;
}

async function insertRequest(
  tx: Kysely<Database>,
  ctx: Ctx,
  actor: Actor | null,
  p: { id: string; unit_code: string },
  kind: PrivacyRequestKind,
  detail: string,
  channel: 'portal' | 'desk',
): Promise<PrivacyRequestReceipt> {
  const today = ctx.clock.today();
  const { calendar } = await loadCalendar(tx);
  const limit = PRIVACY_TIME_LIMITS.answerRequest;
  const due = computeDeadline({
    start: today,
    days: limit.limit,
    counting: 'working',
    calendar,
  }).due!;
  const id = randomUUID();
  const code = `DL-${generateTrackingCode()}`;
  const accessCode = newAccessCode();
  const now = ctx.clock.now();
  await tx
    .insertInto('privacy_requests')
    .values({
      id,
      code,
      petition_id: p.id,
      unit_code: p.unit_code,
      kind,
      channel,
      detail,
      status: 'received',
      received_on: today,
      due_on: due,
      rule_source: limit.source,
      answer: null,
      retained: null,
      answered_on: null,
      answered_by: null,
      created_by: actor?.id ?? null,
      created_at: now.toISOString(),
      version: 1,
      access_hash: accessCodeHash(accessCode),
    })
    .execute();
  await appendAudit(
    tx,
    ctx.engine,
    {
      actorId: actor?.id ?? null,
      actorName: actor?.username ?? 'public',
      entityType: 'privacy_request',
      entityId: id,
      eventType: 'privacy.request_created',
      payload: { code, kind, channel, petitionId: p.id, dueOn: due },
    },
    now,
  );
  // The unit's head answers (petition.decide): told at once, with the legal answer date. The
  // notification names the request's kind and code, never the person or what they asked.
  const label = PRIVACY_REQUEST_LABELS[kind];
  await notify(tx, {
    to: { role: 'head', unitCode: p.unit_code },
    kind: 'privacy.request_received',
    link: '/privacy/requests',
    title: {
      vi: `Yêu cầu về dữ liệu cá nhân ${code} (${label.vi.toLowerCase()}): trả lời trước ${viDate(due)}`,
      en: `Personal data request ${code} (${label.en.toLowerCase()}): answer by ${due}`,
    },
    dedupeKey: `privacy:${id}:received`,
    now,
    exceptUserId: actor?.id ?? null,
  });
  return {
    id,
    code,
    kind,
    status: 'received',
    receivedOn: today,
    dueOn: due,
    ruleSource: limit.source,
    ruleVerified: limit.verified,
    accessCode,
  };
}

/** A citizen's request through the portal: tracking code of their petition + the phone or e-mail they gave (checked). */
export async function submitPortalPrivacyRequest({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { trackingCode: string; contact: string; kind: PrivacyRequestKind; detail: string };
}): Promise<PrivacyRequestReceipt> {
  return inTransaction(ctx, async (tx) => {
    const c = await findCitizenCase(tx, input.trackingCode, input.contact);
    const p = await tx
      .selectFrom('petitions')
      .select(['id', 'unit_code'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    return insertRequest(tx, ctx, null, p, input.kind, input.detail, 'portal');
  });
}

/** A request made in person at the reception desk, registered by an official of the unit (identity checked at the desk). */
export async function registerDeskPrivacyRequest({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: { trackingCode: string; kind: PrivacyRequestKind; detail: string };
}): Promise<PrivacyRequestReceipt> {
  if (!hasAbility(actor, 'petition.intake')) throw notFound('petition');
  return inTransaction(ctx, async (tx) => {
    const code = normaliseTrackingCode(input.trackingCode);
    const p = code
      ? await tx
          .selectFrom('petitions')
          .select(['id', 'unit_code'])
          .where('tracking_code', '=', code)
          .executeTakeFirst()
      : undefined;
    if (!p || !inScope(actor, p.unit_code)) throw notFound('petition');
    return insertRequest(tx, ctx, actor, p, input.kind, input.detail, 'desk');
  });
}

export interface AnswerInput {
  outcome: PrivacyOutcome;
  answer: string;
  /** Correction: the new contact details / address of the first petitioner. */
  corrections?: { phone?: string | null; email?: string | null; address?: string | null };
  expectedVersion: number;
}

/**
 * The unit's answer (head of unit, within the legal limit): applies what the request asks as far
 * as the law allows — erasure removes contact details but keeps the archival case file and says so;
 * withdrawal of consent is recorded on the consent; correction updates the petitioner — audited.
 */
export async function answerPrivacyRequest({
  ctx,
  actor,
  id,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  input: AnswerInput;
}): Promise<Pick<PrivacyRequestsTable, 'id' | 'status' | 'version' | 'retained'>> {
  if (!hasAbility(actor, 'petition.decide')) throw notFound('privacy_request');
  return inTransaction(ctx, async (tx) => {
    const r = await tx
      .selectFrom('privacy_requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r || !inScope(actor, r.unit_code)) throw notFound('privacy_request');
    if (r.status !== 'received')
      throw conflict('Yêu cầu này đã được trả lời.', 'This request was already answered.', {
        status: r.status,
      });
    if (r.version !== input.expectedVersion)
      throw conflict(
        'Yêu cầu vừa được người khác cập nhật. Vui lòng tải lại.',
        'Someone else updated this request; reload it.',
        { currentVersion: r.version },
      );
    if (!input.answer.trim())
      throw new DomainError(
        'validation_failed',
        'Phải ghi nội dung trả lời.',
        'The answer is required.',
        { field: 'answer' },
      );
    const now = ctx.clock.now();
    let retained: string | null = null;
    const applies = input.outcome !== 'refused';
    if (applies && r.kind === 'erasure') {
      await tx
        .updateTable('petitioners')
        .set({ phone: null, phone_norm: null, email: null })
        .where('petition_id', '=', r.petition_id)
        .execute();
      retained = ERASURE_RETAINED.vi;
    }
    if (applies && r.kind === 'withdraw_consent') {
      await tx
        .updateTable('consents')
        .set({ withdrawn_at: now.toISOString() })
        .where('petition_id', '=', r.petition_id)
        .where('withdrawn_at', 'is', null)
        .execute();
    }
    if (applies && r.kind === 'correction' && input.corrections) {
      const c = input.corrections;
      const first = await tx
        .selectFrom('petitioners')
        .select('id')
        .where('petition_id', '=', r.petition_id)
        .orderBy('position')
        .executeTakeFirst();
      if (first) {
        await tx
          .updateTable('petitioners')
          .set({
            ...(c.phone !== undefined
              ? { phone: c.phone, phone_norm: normaliseVietnamesePhone(c.phone) }
              : {}),
            ...(c.email !== undefined ? { email: c.email } : {}),
            ...(c.address !== undefined ? { address: c.address } : {}),
          })
          .where('id', '=', first.id)
          .execute();
      }
    }
    const status = input.outcome === 'refused' ? 'refused' : 'answered';
    const res = await tx
      .updateTable('privacy_requests')
      .set({
        status,
        answer: input.answer.trim(),
        retained,
        answered_on: ctx.clock.today(),
        answered_by: actor.id,
        version: r.version + 1,
      })
      .where('id', '=', r.id)
      .where('version', '=', r.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw conflict(
        'Yêu cầu vừa được người khác cập nhật. Vui lòng tải lại.',
        'Someone else updated this request; reload it.',
      );
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id,
        actorName: actor.username,
        entityType: 'privacy_request',
        entityId: r.id,
        eventType: 'privacy.request_updated',
        payload: {
          code: r.code,
          kind: r.kind,
          outcome: input.outcome,
          late: ctx.clock.today() > r.due_on,
          fieldsCorrected: Object.keys(input.corrections ?? {}),
        },
      },
      now,
    );
    return { id: r.id, status, version: r.version + 1, retained };
  });
}
