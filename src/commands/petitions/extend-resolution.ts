import type { Kysely } from 'kysely';
import type { Database, PetitionsTable } from '../../db/schema.js';
import { CalendarError, type DeadlineExtension } from '../../domain/calendar/index.js';
import { conflict } from '../../domain/errors.js';
import { computeRow, ruleFor, type CalendarSnapshot } from './deadlines.js';

const NEXT_COMPLEXITY: Record<string, string | undefined> = { normal: 'complex', complex: 'very_complex' };

/**
 * Extends the running resolution (or processing) deadline the way the law allows it: first by an
 * extension the current rule permits (e.g. a denunciation's +30 days); otherwise by classing the
 * case one step more complex, which either permits an extension (denunciations) or carries a
 * longer limit of its own (complaints: 30 → 45 days, Law on Complaints Art. 28). Beyond that: 409.
 */
export async function extendResolution(tx: Kysely<Database>, snapshot: CalendarSnapshot, p: PetitionsTable, days: number, reason: string, today: string): Promise<Partial<PetitionsTable>> {
  const row = await tx.selectFrom('petition_deadlines').selectAll().where('petition_id', '=', p.id).where('state', '=', 'open').where('step', 'in', ['resolve', 'process']).orderBy('step', 'desc').executeTakeFirst();
  if (!row) throw conflict('Hồ sơ không có thời hạn đang chạy để gia hạn.', 'The case has no running deadline to extend.');
  const extension: DeadlineExtension = { days, reason, at: today };
  const withExtension = [...(JSON.parse(row.extensions) as DeadlineExtension[]), extension];

  const attempt = (ruleId: string, limit: number, extensions: DeadlineExtension[]) => {
    try {
      return computeRow(snapshot, { ...row, rule_id: ruleId, days: limit, extensions: JSON.stringify(extensions) });
    } catch (e) {
      if (e instanceof CalendarError && e.code === 'invalid_input') return null;
      throw e;
    }
  };

  let complexity = p.complexity;
  let ruleId = row.rule_id ?? '';
  let limit = row.days;
  let extensions = withExtension;
  let result = snapshot.rules.find((r) => r.id === ruleId)?.extension ? attempt(ruleId, limit, extensions) : null;
  while (!result && NEXT_COMPLEXITY[complexity]) {
    complexity = NEXT_COMPLEXITY[complexity]!;
    const harder = ruleFor(snapshot, { ...p, complexity }, row.step as 'resolve' | 'process');
    if (!harder || harder.id === ruleId) continue;
    ruleId = harder.id;
    limit = harder.limit;
    if (harder.extension) {
      extensions = withExtension;
      result = attempt(ruleId, limit, extensions);
    } else if (harder.limit > row.days) {
      extensions = JSON.parse(row.extensions) as DeadlineExtension[];
      result = attempt(ruleId, limit, extensions);
    }
  }
  if (!result) {
    throw conflict('Đã hết thời hạn gia hạn mà pháp luật cho phép đối với vụ việc này.', 'The law allows no further extension for this case.', { ruleId: row.rule_id });
  }
  await tx
    .updateTable('petition_deadlines')
    .set({ rule_id: ruleId, days: limit, extensions: JSON.stringify(extensions), due_on: result.due, explanation: JSON.stringify({ ...result.explanation, extensionReason: reason }) })
    .where('id', '=', row.id)
    .execute();
  return { extension_count: p.extension_count + 1, complexity };
}
