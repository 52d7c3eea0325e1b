/** One-sentence explanations of a computed deadline, in Vietnamese and English. */
import type { LocalizedText } from './calendar-error.js';
import type { Counting } from './deadline-rules.js';
import { formatVi, type IsoDate } from './iso-date.js';

/**
 * What the sentences need of a computed deadline: a structural subset of `DeadlineExplanation`,
 * declared here so that deadline.ts imports this file and not the other way round (no cycle).
 */
export interface DeadlineTextFacts {
  start: IsoDate;
  rule: { id: string; source: string } | null;
  counting: Counting;
  days: number;
  skipped: ReadonlyArray<{ date: IsoDate; reason: string }>;
  movedFrom?: IsoDate;
  extensions: ReadonlyArray<{ days: number }>;
  due: IsoDate | null;
  remaining?: number;
}

/**
 * Builds the sentences; `pausedOn` is the day the clock stopped when an open pause was reached.
 * Dates are dd/mm/yyyy in Vietnamese and ISO in English (unambiguous for foreign readers).
 */
export function deadlineTexts(e: DeadlineTextFacts, pausedOn: IsoDate | null): LocalizedText {
  const unitVi = e.counting === 'working' ? 'ngày làm việc' : 'ngày';
  const unitEn = e.counting === 'working' ? 'working days' : 'calendar days';
  const ruleVi = e.rule ? ` theo ${e.rule.source}` : '';
  const ruleEn = e.rule ? ` under ${e.rule.source}` : '';
  const moved = e.movedFrom;
  const offDays = e.skipped.filter((s) => s.reason !== 'paused');
  const movedOver = moved ? offDays.filter((s) => s.date > moved).length : 0;
  const off = offDays.length - movedOver;
  // Only days inside a real suspension (a written decision) are "paused"; the days off the due date
  // moved over are days off, never a suspension (issue 12 item 8).
  const paused = e.skipped.filter((s) => s.reason === 'paused').length;
  const extDays = e.extensions.reduce((s, x) => s + x.days, 0);
  const partsVi: string[] = [];
  const partsEn: string[] = [];
  if (off > 0) {
    partsVi.push(`bỏ qua ${off} ngày nghỉ`);
    partsEn.push(`${off} non-working day(s) skipped`);
  }
  if (paused > 0) {
    partsVi.push(`tạm dừng ${paused} ngày`);
    partsEn.push(`${paused} paused day(s) not counted`);
  }
  if (e.extensions.length > 0) {
    partsVi.push(`gia hạn ${e.extensions.length} lần (thêm ${extDays} ngày)`);
    partsEn.push(`${e.extensions.length} extension(s) adding ${extDays} days`);
  }
  if (moved) {
    partsVi.push(
      `ngày cuối ${formatVi(moved)} là ngày nghỉ nên chuyển sang ngày làm việc tiếp theo (qua ${movedOver + 1} ngày nghỉ)`,
    );
    partsEn.push(
      `the last day ${moved} was a day off, so the deadline moved to the next working day (over ${movedOver + 1} day(s) off)`,
    );
  }
  const extraVi = partsVi.length ? `; ${partsVi.join(', ')}` : '';
  const extraEn = partsEn.length ? `; ${partsEn.join(', ')}` : '';
  const base = `${e.days} ${unitVi} kể từ ngày ${formatVi(e.start)} (không tính ngày bắt đầu)${ruleVi}`;
  const baseEn = `${e.days} ${unitEn} from ${e.start} (start day not counted)${ruleEn}`;
  if (e.due === null) {
    const since = pausedOn ? formatVi(pausedOn) : '';
    return {
      vi: `Thời hạn ${base}${extraVi}; đang tạm dừng từ ngày ${since}, còn ${e.remaining ?? 0} ${unitVi} sẽ tính tiếp khi tiếp tục giải quyết.`,
      en: `Time limit of ${baseEn}${extraEn}; the clock is stopped since ${pausedOn ?? ''}, with ${e.remaining ?? 0} days left to count when it resumes.`,
    };
  }
  return {
    vi: `Hạn là ngày ${formatVi(e.due)}: ${base}${extraVi}.`,
    en: `Due ${e.due}: ${baseEn}${extraEn}.`,
  };
}
