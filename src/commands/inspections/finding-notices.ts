import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Label } from '../../domain/petition/types.js';
import type { LoadedDelegation } from '../../queries/inspections/access.js';
import { notify, unitMembers, type NotifyTarget } from '../notifications/notify.js';

/** Roles of a unit that answer the delegation's findings. */
const UNIT_ROLES = ['handler', 'head'] as const;

/** The delegation's people: its head and members with accounts, else the issuing unit's officers. */
async function delegationTargets(
  tx: Kysely<Database>,
  d: LoadedDelegation,
): Promise<NotifyTarget[]> {
  const ids = [d.facts.headUserId, ...d.facts.memberUserIds].filter((u): u is string => !!u);
  if (ids.length) return [...new Set(ids)].map((userId) => ({ userId }));
  return unitMembers(tx, d.row.unit_code, ['inspector', 'mobiliser']);
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * What a finding's change asks of whom, through the one notification mechanism ({@link notify}):
 * the addressed unit must answer / act (new request, returned answer, reopened recommendation,
 * verified), the delegation must judge (answered, reported done).
 */
export async function notifyFindingEvent(
  tx: Kysely<Database>,
  e: {
    delegation: LoadedDelegation;
    finding: { id: string; kind: string; text: string; unit_code: string; due_on: string | null };
    event: 'created' | 'answer' | 'complete' | 'return' | 'reopen' | 'accept' | 'verify';
    /** Distinguishes repeated rounds of the same event (the finding's version). */
    round: number;
    now: Date;
    actorId: string | null;
  },
): Promise<number> {
  const f = e.finding;
  const text = short(f.text);
  const due = f.due_on ? f.due_on.split('-').reverse().join('/') : null;
  const toUnit = () => unitMembers(tx, f.unit_code, UNIT_ROLES);
  let to: NotifyTarget[];
  let kind: string;
  let title: Label;
  switch (e.event) {
    case 'created':
      if (f.kind === 'acknowledgement') return 0;
      to = await toUnit();
      kind = f.kind === 'clarification' ? 'clarification_requested' : 'recommendation_issued';
      title =
        f.kind === 'clarification'
          ? {
              vi: `Đoàn kiểm tra yêu cầu giải trình${due ? ` (hạn ${due})` : ''}: ${text}`,
              en: `The delegation asks for a clarification${f.due_on ? ` (due ${f.due_on})` : ''}: ${text}`,
            }
          : {
              vi: `Kiến nghị của đoàn kiểm tra${due ? ` (hạn ${due})` : ''}: ${text}`,
              en: `Recommendation of the delegation${f.due_on ? ` (due ${f.due_on})` : ''}: ${text}`,
            };
      break;
    case 'answer':
      to = await delegationTargets(tx, e.delegation);
      kind = 'clarification_answered';
      title = {
        vi: `Đơn vị đã giải trình, chờ đoàn xem xét: ${text}`,
        en: `The unit answered; the delegation to review: ${text}`,
      };
      break;
    case 'complete':
      to = await delegationTargets(tx, e.delegation);
      kind = 'recommendation_reported_done';
      title = {
        vi: `Đơn vị báo cáo đã thực hiện xong kiến nghị, chờ đoàn xác nhận: ${text}`,
        en: `The unit reports a recommendation done; the delegation to verify: ${text}`,
      };
      break;
    case 'return':
      to = await toUnit();
      kind = 'clarification_returned';
      title = {
        vi: `Đoàn kiểm tra yêu cầu giải trình lại: ${text}`,
        en: `The delegation returned your answer: ${text}`,
      };
      break;
    case 'reopen':
      to = await toUnit();
      kind = 'recommendation_reopened';
      title = {
        vi: `Đoàn kiểm tra chưa xác nhận hoàn thành kiến nghị: ${text}`,
        en: `The delegation did not accept the recommendation as done: ${text}`,
      };
      break;
    case 'accept':
      to = await toUnit();
      kind = 'clarification_accepted';
      title = {
        vi: `Đoàn kiểm tra đã chấp nhận nội dung giải trình: ${text}`,
        en: `The delegation accepted your answer: ${text}`,
      };
      break;
    case 'verify':
      to = await toUnit();
      kind = 'recommendation_verified';
      title = {
        vi: `Đoàn kiểm tra đã xác nhận hoàn thành kiến nghị: ${text}`,
        en: `The delegation verified the recommendation as done: ${text}`,
      };
      break;
  }
  return notify(tx, {
    to,
    kind,
    title,
    link: `/findings/${f.id}`,
    dedupeKey: `finding:${f.id}:${e.event}:${e.round}`,
    now: e.now,
    exceptUserId: e.actorId,
  });
}
