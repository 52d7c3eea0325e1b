/**
 * Legal checks a plan makes on dates: the 90-day time bar of a complaint (Law on Complaints 2011
 * Art. 9), the 30/45-day limit for a second complaint (Art. 33(1)), the written declaration of a
 * complex complaint (Law 136/2025/QH15) and the date a complaint decision takes effect (Art. 44).
 * Each check names the rule version it used.
 */
import { formatVi, type DeadlineStep } from '../calendar/index.js';
import { DomainError } from '../errors.js';
import {
  computeDeadlineRow,
  ruleForCase,
  type DeadlineCaseFacts,
  type RulesSnapshot,
} from './case-deadlines.js';
import type { IsoDate } from './types.js';

/** The last day of the period of `step` counted from `start` under the rule in force for the case, or null when no rule applies. */
export function periodEnd(
  snapshot: RulesSnapshot,
  facts: DeadlineCaseFacts,
  step: DeadlineStep,
  start: IsoDate,
): { due: IsoDate; ruleId: string; source: string } | null {
  const rule = ruleForCase(snapshot, facts, step);
  if (!rule) return null;
  const { due } = computeDeadlineRow(snapshot, {
    ruleId: rule.id,
    startOn: start,
    days: rule.limit,
    counting: rule.counting,
    pauses: [],
    extensions: [],
  });
  return due ? { due, ruleId: rule.id, source: rule.source } : null;
}

/** Refuses a complaint lodged after the 90-day time bar unless an obstacle the law does not count is stated. */
export function checkTimeBar(
  snapshot: RulesSnapshot,
  facts: DeadlineCaseFacts,
  learnedOn: IsoDate | undefined,
  obstacle: string | undefined,
): void {
  if (!learnedOn || facts.kind !== 'complaint' || facts.round !== 1) return;
  const end = periodEnd(snapshot, facts, 'time_bar', learnedOn);
  if (!end || facts.receivedOn <= end.due || (obstacle && obstacle.trim())) return;
  throw new DomainError(
    'validation_failed',
    `Đơn khiếu nại nhận ngày ${formatVi(facts.receivedOn)} đã quá thời hiệu: biết quyết định, hành vi ngày ${formatVi(learnedOn)}, thời hiệu hết ngày ${formatVi(end.due)} (${end.source}). Chỉ thụ lý khi có trở ngại khách quan (ốm đau, thiên tai, đi công tác…): ghi rõ lý do.`,
    `The complaint received on ${facts.receivedOn} is time-barred: learned on ${learnedOn}, the time bar ended on ${end.due} (${end.source}). Accept it only when an obstacle the law does not count is stated.`,
    { field: 'learnedOn', timeBarEnd: end.due, ruleId: end.ruleId },
  );
}

/** Refuses a second complaint lodged after 30 days (45 remote) from receipt of the first decision or expiry of the first limit. */
export function checkSecondComplaintWindow(
  snapshot: RulesSnapshot,
  facts: DeadlineCaseFacts,
  startOn: IsoDate,
  lodgedOn: IsoDate,
  obstacle: string | undefined,
): void {
  const end = periodEnd(snapshot, { ...facts, round: 2 }, 'lodge_second', startOn);
  if (!end || lodgedOn <= end.due || (obstacle && obstacle.trim())) return;
  throw new DomainError(
    'validation_failed',
    `Khiếu nại lần hai ngày ${formatVi(lodgedOn)} đã quá thời hạn: tính từ ngày ${formatVi(startOn)} (nhận quyết định lần đầu hoặc hết thời hạn giải quyết lần đầu), hạn cuối ngày ${formatVi(end.due)} (${end.source}). Nếu có trở ngại khách quan, ghi rõ lý do.`,
    `The second complaint of ${lodgedOn} is late: counted from ${startOn} (receipt of the first decision or expiry of the first limit), the limit ended on ${end.due} (${end.source}). State the obstacle if there was one.`,
    { field: 'lodgedOn', limitEnd: end.due, ruleId: end.ruleId },
  );
}

/** From the date given, a complex complaint must be declared complex in writing by criteria. */
export function checkComplexityDeclared(
  facts: DeadlineCaseFacts,
  criteria: readonly string[] | undefined,
  law: { from: IsoDate; vi: string; en: string },
): void {
  if (
    facts.kind !== 'complaint' ||
    facts.receivedOn < law.from ||
    (criteria && criteria.length > 0)
  )
    return;
  throw new DomainError(
    'validation_failed',
    `Khiếu nại nhận từ ngày ${formatVi(law.from)} chỉ được xác định là vụ việc phức tạp bằng văn bản, theo tiêu chí (${law.vi}): chọn ít nhất một tiêu chí.`,
    `A complaint received from ${law.from} is declared complex only in writing, by criteria (${law.en}): choose at least one criterion.`,
    { field: 'complexityCriteria' },
  );
}
