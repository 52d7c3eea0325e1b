import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import type { Kysely } from 'kysely';
import {
  NOTICE_NUMBER_EXAMPLE,
  SIGNER_CAPACITIES,
  TIMES_OF_DAY,
  issuerSystem,
  normalizeNoticeNumber,
  noticeNumberProblem,
  type SignerCapacity,
  type TimeOfDay,
} from '../../domain/campaign/index.js';
import { conflict, notFound } from '../../domain/errors.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { Database } from '../../db/schema.js';
import { loadDelegation } from '../../queries/inspections/access.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { assertUpdated, audit, checkDate, checkVersion, invalid } from '../campaigns/shared.js';

export interface SessionInput {
  unitCode?: string;
  heldOn?: string;
  timeOfDay?: TimeOfDay;
  location?: string | null;
  summary?: string | null;
  /** Number of the session's conclusion notice, e.g. "12-TB/ĐKT". */
  noticeNumber?: string | null;
  /** Who signs the conclusion notice: the head (default) or a deputy in the head's place ("KT."). */
  signerCapacity?: SignerCapacity | null;
  /** The deputy's name, one of the delegation's members. */
  signerName?: string | null;
  /**
   * Issue the notice: its findings are frozen as they stand (kind, text, unit, due date) and the
   * .docx prints them from then on; number and signer no longer change. Needs a notice number.
   */
  issueNotice?: boolean;
}

/** The unique index behind the notice-number rule (migration 0014-h14). */
const NOTICE_INDEX = {
  index: 'inspection_sessions_notice_number_uq',
  columns: ['notice_issuer', 'notice_year', 'notice_number'],
} as const;

const numberTaken = (number: string, body: string, year: string) =>
  conflict(
    `Số thông báo ${number} đã được ${body} dùng trong năm ${year}.`,
    `Notice number ${number} is already used by the issuing body in ${year}.`,
    { field: 'noticeNumber' },
  );

/**
 * Runs a write that sets a notice number; a unique-index violation (two saves at the same instant
 * that both passed the check) becomes the same 409 as the check, on both engines.
 */
async function guardNoticeNumber<T>(
  run: () => Promise<T>,
  number: string | null,
  body: string,
  year: string,
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (number && isUniqueViolation(e, NOTICE_INDEX)) throw numberTaken(number, body, year);
    throw e;
  }
}

/** The findings of a session as its notice states them (frozen when the notice is issued). */
async function noticeFindings(tx: Kysely<Database>, sessionId: string): Promise<string> {
  const rows = await tx
    .selectFrom('findings')
    .select(['id', 'kind', 'text', 'unit_code', 'due_on'])
    .where('session_id', '=', sessionId)
    .orderBy('position')
    .execute();
  return JSON.stringify(
    rows.map((f) => ({
      id: f.id,
      kind: f.kind,
      text: f.text,
      unitCode: f.unit_code,
      dueOn: f.due_on,
    })),
  );
}

type Delegation = NonNullable<Awaited<ReturnType<typeof loadDelegation>>>;

/**
 * The notice number as stored: without a typed "Số", not the decision's number, in the form of the
 * issuing body's system, and not already used by the same body in the same year (409).
 */
async function checkNoticeNumber(
  tx: Kysely<Database>,
  d: Delegation,
  raw: string | null | undefined,
  heldOn: string,
  sessionId: string | undefined,
): Promise<string | null> {
  const number = normalizeNoticeNumber(raw);
  if (!number) return null;
  const system = issuerSystem(d.row.issuing_body);
  const problem = noticeNumberProblem(system, number, d.row.decision_number);
  if (problem === 'same_as_decision')
    throw invalid(
      `Số thông báo kết luận phải khác số quyết định thành lập đoàn (${d.row.decision_number}).`,
      `The conclusion notice needs its own number, not the delegation decision's (${d.row.decision_number}).`,
      { field: 'noticeNumber' },
    );
  if (problem === 'form') {
    const ex = NOTICE_NUMBER_EXAMPLE[system];
    throw invalid(
      system === 'party'
        ? `Số thông báo của cơ quan Đảng ghi theo mẫu «${ex}» (số, gạch nối, ký hiệu).`
        : `Số thông báo của cơ quan nhà nước ghi theo mẫu «${ex}» (số, gạch chéo, ký hiệu).`,
      system === 'party'
        ? `A Party body numbers its notice as "${ex}" (number, hyphen, symbol).`
        : `A State body numbers its notice as "${ex}" (number, slash, symbol).`,
      { field: 'noticeNumber', example: ex },
    );
  }
  const year = heldOn.slice(0, 4);
  const taken = await tx
    .selectFrom('inspection_sessions as s')
    .innerJoin('inspections as i', 'i.id', 's.inspection_id')
    .select(['s.id', 's.held_on'])
    .where('i.issuing_body', '=', d.row.issuing_body)
    .where('s.notice_number', '=', number)
    .where('s.held_on', '>=', `${year}-01-01`)
    .where('s.held_on', '<=', `${year}-12-31`)
    .execute();
  if (taken.some((t) => t.id !== sessionId)) throw numberTaken(number, d.row.issuing_body, year);
  return number;
}

const needsNumber = () =>
  invalid(
    'Cần số thông báo kết luận trước khi ban hành.',
    'The conclusion notice needs its number before it is issued.',
    { field: 'noticeNumber' },
  );

/** The signer: the head, or a deputy who is one of the delegation's members (by name). */
function checkSigner(
  d: Delegation,
  capacity: SignerCapacity | null | undefined,
  name: string | null | undefined,
): { signer_capacity: SignerCapacity; signer_name: string | null } {
  const c = capacity ?? 'head';
  if (!SIGNER_CAPACITIES.includes(c))
    throw invalid('Tư cách người ký không hợp lệ.', 'Invalid signer capacity.', {
      field: 'signerCapacity',
    });
  if (c === 'head') return { signer_capacity: 'head', signer_name: null };
  const members = d.members;
  const wanted = (name ?? '').normalize('NFC').trim();
  const member = members.find((m) => m.name.normalize('NFC').trim() === wanted);
  if (!member)
    throw invalid(
      'Người ký thay Trưởng đoàn phải là thành viên của đoàn kiểm tra.',
      'A deputy signing in the head’s place must be a member of the delegation.',
      { field: 'signerName' },
    );
  return { signer_capacity: 'deputy', signer_name: member.name };
}

/**
 * Records a working session of the delegation with a target unit (new when `sessionId` is
 * absent; else an edit guarded by `version`).
 */
export async function saveInspectionSession({
  ctx,
  actor,
  inspectionId,
  sessionId,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  inspectionId: string;
  sessionId?: string;
  input: SessionInput & { version?: number };
}): Promise<{ id: string; version: number }> {
  const d = await loadDelegation(ctx.db, inspectionId);
  if (
    !d ||
    !campaignPolicy.readDelegation(actor, d.facts) ||
    !campaignPolicy.manageDelegation(actor, d.facts)
  )
    throw notFound('inspection');
  if (input.unitCode !== undefined && !d.targets.includes(input.unitCode))
    throw invalid(
      'Đơn vị không thuộc đối tượng kiểm tra của đoàn.',
      'The unit is not a target of the delegation.',
      { field: 'unitCode' },
    );
  if (input.heldOn !== undefined) checkDate(input.heldOn, 'heldOn');
  // A delegation works only once it is set up: no session before its decision.
  if (input.heldOn !== undefined && input.heldOn < d.row.decision_date) {
    const dmy = d.row.decision_date.split('-').reverse().join('/');
    throw invalid(
      `Buổi làm việc không thể trước ngày quyết định thành lập đoàn (${dmy}).`,
      `A session cannot precede the delegation's decision (${d.row.decision_date}).`,
      { field: 'heldOn' },
    );
  }
  if (input.timeOfDay !== undefined && !TIMES_OF_DAY.includes(input.timeOfDay))
    throw invalid('Buổi làm việc không hợp lệ.', 'Invalid time of day.', { field: 'timeOfDay' });
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    if (!sessionId) {
      if (!input.unitCode || !input.heldOn || !input.timeOfDay)
        throw invalid(
          'Cần đơn vị, ngày và buổi làm việc.',
          'unitCode, heldOn and timeOfDay are required.',
          { field: 'unitCode' },
        );
      const id = randomUUID();
      const number = await checkNoticeNumber(tx, d, input.noticeNumber, input.heldOn, undefined);
      if (input.issueNotice)
        throw invalid(
          'Ghi các nội dung kết luận của buổi làm việc trước, rồi mới ban hành thông báo.',
          'Record the session and its findings first, then issue the notice.',
          { field: 'issueNotice' },
        );
      const year = input.heldOn.slice(0, 4);
      await guardNoticeNumber(
        () =>
          tx
            .insertInto('inspection_sessions')
            .values({
              id,
              inspection_id: inspectionId,
              unit_code: input.unitCode!,
              held_on: input.heldOn!,
              time_of_day: input.timeOfDay!,
              location: input.location ?? null,
              summary: input.summary ?? null,
              notice_number: number,
              notice_issuer: number ? d.row.issuing_body : null,
              notice_year: number ? year : null,
              notice_findings: null,
              notice_frozen_at: null,
              ...checkSigner(d, input.signerCapacity, input.signerName),
              version: 1,
              created_at: now,
              updated_at: now,
            })
            .execute(),
        number,
        d.row.issuing_body,
        year,
      );
      await audit(tx, ctx, actor, {
        entityType: 'inspection',
        entityId: inspectionId,
        eventType: 'inspection.updated',
        payload: { sessionAdded: id, unitCode: input.unitCode, heldOn: input.heldOn },
      });
      return { id, version: 1 };
    }
    const s = await tx
      .selectFrom('inspection_sessions')
      .selectAll()
      .where('id', '=', sessionId)
      .where('inspection_id', '=', inspectionId)
      .executeTakeFirst();
    if (!s) throw notFound('session');
    if (input.version === undefined)
      throw invalid('Thiếu phiên bản dữ liệu.', 'version is required.', { field: 'version' });
    checkVersion(s.version, input.version);
    const expected = input.version;
    const issued = s.notice_frozen_at !== null;
    const heldOn = input.heldOn ?? s.held_on;
    // An issued notice is a document: its number, signer, date and addressee stay as issued.
    if (
      issued &&
      ((input.noticeNumber !== undefined &&
        normalizeNoticeNumber(input.noticeNumber) !== s.notice_number) ||
        (input.signerCapacity !== undefined &&
          input.signerCapacity !== (s.signer_capacity ?? 'head')) ||
        (input.signerName !== undefined && input.signerName !== s.signer_name) ||
        heldOn !== s.held_on ||
        (input.unitCode !== undefined && input.unitCode !== s.unit_code))
    )
      throw conflict(
        'Thông báo kết luận đã ban hành: không sửa số, ngày, đơn vị hay người ký.',
        'The conclusion notice was issued: its number, date, unit and signer no longer change.',
        { field: 'noticeNumber' },
      );
    const number =
      input.noticeNumber === undefined
        ? s.notice_number
        : await checkNoticeNumber(tx, d, input.noticeNumber, heldOn, sessionId);
    if (input.issueNotice && !number) throw needsNumber();
    const freeze = Boolean(input.issueNotice) && !issued;
    const year = heldOn.slice(0, 4);
    assertUpdated(
      await guardNoticeNumber(
        async () =>
          tx
            .updateTable('inspection_sessions')
            .set({
              unit_code: input.unitCode ?? s.unit_code,
              held_on: heldOn,
              time_of_day: input.timeOfDay ?? s.time_of_day,
              location: input.location === undefined ? s.location : input.location,
              summary: input.summary === undefined ? s.summary : input.summary,
              notice_number: number,
              notice_issuer: number ? d.row.issuing_body : null,
              notice_year: number ? year : null,
              ...(freeze
                ? { notice_findings: await noticeFindings(tx, sessionId), notice_frozen_at: now }
                : {}),
              ...(input.signerCapacity === undefined && input.signerName === undefined
                ? {}
                : checkSigner(
                    d,
                    input.signerCapacity === undefined
                      ? (s.signer_capacity as SignerCapacity | null)
                      : input.signerCapacity,
                    input.signerName === undefined ? s.signer_name : input.signerName,
                  )),
              version: s.version + 1,
              updated_at: now,
            })
            .where('id', '=', sessionId)
            .where('version', '=', expected)
            .executeTakeFirst(),
        number,
        d.row.issuing_body,
        year,
      ),
    );
    await audit(tx, ctx, actor, {
      entityType: 'inspection',
      entityId: inspectionId,
      eventType: 'inspection.updated',
      payload: {
        sessionUpdated: sessionId,
        version: s.version + 1,
        ...(freeze ? { noticeIssued: number } : {}),
      },
    });
    return { id: sessionId, version: s.version + 1 };
  });
}
