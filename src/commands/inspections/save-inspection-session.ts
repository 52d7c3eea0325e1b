import { randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { TIMES_OF_DAY, type TimeOfDay } from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
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
      await tx
        .insertInto('inspection_sessions')
        .values({
          id,
          inspection_id: inspectionId,
          unit_code: input.unitCode,
          held_on: input.heldOn,
          time_of_day: input.timeOfDay,
          location: input.location ?? null,
          summary: input.summary ?? null,
          notice_number: input.noticeNumber?.trim() || null,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
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
    assertUpdated(
      await tx
        .updateTable('inspection_sessions')
        .set({
          unit_code: input.unitCode ?? s.unit_code,
          held_on: input.heldOn ?? s.held_on,
          time_of_day: input.timeOfDay ?? s.time_of_day,
          location: input.location === undefined ? s.location : input.location,
          summary: input.summary === undefined ? s.summary : input.summary,
          notice_number:
            input.noticeNumber === undefined ? s.notice_number : input.noticeNumber?.trim() || null,
          version: s.version + 1,
          updated_at: now,
        })
        .where('id', '=', sessionId)
        .where('version', '=', input.version)
        .executeTakeFirst(),
    );
    await audit(tx, ctx, actor, {
      entityType: 'inspection',
      entityId: inspectionId,
      eventType: 'inspection.updated',
      payload: { sessionUpdated: sessionId, version: s.version + 1 },
    });
    return { id: sessionId, version: s.version + 1 };
  });
}
