import type { Kysely } from 'kysely';
import { appendAudit } from '../../db/audit.js';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import type { AuditEventType } from '../../domain/audit/events.js';
import { DomainError, conflict } from '../../domain/errors.js';
import type { Ctx } from '../../db/context.js';

/** Shared by the campaign, inspection, model and dialogue commands. */
export const invalid = (vi: string, en: string, details?: Record<string, unknown>): DomainError =>
  new DomainError('validation_failed', vi, en, details);

export const forbidden = (): DomainError =>
  new DomainError(
    'forbidden',
    'Bạn không có quyền thực hiện thao tác này.',
    'You may not take this action.',
  );

/** The optimistic-locking failure: someone else saved first. */
export const stale = (current?: number): DomainError =>
  conflict(
    'Dữ liệu đã được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại.',
    'The record was changed by someone else; reload and try again.',
    current === undefined ? undefined : { currentVersion: current },
  );

/** Throws `stale` unless the expected version is the stored one. */
export function checkVersion(stored: number, expected: number): void {
  if (stored !== expected) throw stale(stored);
}

/** Throws `stale` when a guarded `UPDATE … WHERE version = ?` touched no row (lost the race). */
export function assertUpdated(result: { numUpdatedRows: bigint }): void {
  if (Number(result.numUpdatedRows) === 0) throw stale();
}

const ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar date `YYYY-MM-DD`, or a validation error naming the field. */
export function checkDate(value: string, field: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!ISO.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw invalid(`Ngày không hợp lệ: ${field}.`, `Invalid date: ${field}.`, { field });
  }
  return value;
}

export function checkPeriod(from: string, to: string): void {
  checkDate(from, 'periodFrom');
  checkDate(to, 'periodTo');
  if (from > to)
    throw invalid(
      'Ngày bắt đầu phải trước ngày kết thúc.',
      'The period must start before it ends.',
      { field: 'periodTo' },
    );
}

export function required(value: string | null | undefined, field: string, vi: string): string {
  const v = (value ?? '').trim();
  if (!v) throw invalid(`${vi} là bắt buộc.`, `${field} is required.`, { field });
  return v;
}

/** Every unit code must exist (any version). */
export async function checkUnits(
  tx: Kysely<Database>,
  codes: readonly string[],
  field: string,
): Promise<void> {
  if (codes.length === 0) return;
  const found = new Set(
    (
      await tx
        .selectFrom('units')
        .select('code')
        .where('code', 'in', [...codes])
        .execute()
    ).map((r) => r.code),
  );
  const missing = codes.filter((c) => !found.has(c));
  if (missing.length)
    throw invalid('Đơn vị không tồn tại.', 'Unknown unit.', { field, unitCodes: missing });
}

/** Appends the audit event of a change (inside its transaction). Payloads carry ids and states only. */
export async function audit(
  tx: Kysely<Database>,
  ctx: Ctx,
  actor: Actor,
  e: {
    entityType: string;
    entityId: string;
    eventType: AuditEventType;
    payload: Record<string, unknown>;
  },
): Promise<void> {
  await appendAudit(
    tx,
    ctx.engine,
    { actorId: actor.id === 'system' ? null : actor.id, actorName: actor.username, ...e },
    ctx.clock.now(),
  );
}

/**
 * The unit must be in force on the record's date: a dissolved unit that shares its code or name
 * with a current one is refused for a new record (400 naming the field).
 */
export async function checkCurrentUnit(
  tx: Kysely<Database>,
  code: string,
  date: string,
  field: string,
): Promise<void> {
  const row = await tx
    .selectFrom('units')
    .select('code')
    .where('code', '=', code)
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .executeTakeFirst();
  if (!row)
    throw invalid(
      `Đơn vị không còn hoạt động vào ngày ${date.split('-').reverse().join('/')}.`,
      `The unit is not in force on ${date}.`,
      { field, unitCodes: [code] },
    );
}
