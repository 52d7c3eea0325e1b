/**
 * Statutory time limits as versioned data (domain.md §3). A rule is chosen by the case's key
 * (kind × step × round × remote × complexity) and the law in force on the case's receipt date.
 * `verify: true` marks numbers or counting modes that domain.md flags as unconfirmed: every plain
 * "ngày" limit is read as calendar days under Civil Code 2015 Art. 147–148, which domain.md itself
 * marks (verify), so those rules carry the flag too.
 */
import { CalendarError, type LocalizedText } from './calendar-error.js';
import { parseIsoDate, type IsoDate } from './iso-date.js';

export type PetitionKind = 'complaint' | 'denunciation' | 'recommendation' | 'feedback';
export type DeadlineStep =
  | 'process'
  | 'accept'
  | 'resolve'
  | 'lodge_second'
  | 'notify_acceptance'
  | 'publish'
  | 'enforce'
  | 'time_bar'
  | 'forward'
  | 'send'
  | 'effective'
  | 'review_further'
  | 'overdue_report'
  | 'overdue_answer';
export type Round = 'first' | 'second';
export type Complexity = 'normal' | 'complex' | 'very_complex';
export type Counting = 'calendar' | 'working';
export type CountsFrom = 'receipt' | 'acceptance' | 'decision' | 'effective' | 'learned';

/** The case facts that select a rule. */
export interface DeadlineRuleKey {
  kind: PetitionKind;
  step: DeadlineStep;
  round: Round | null;
  remote: boolean;
  complexity: Complexity;
}

export interface ExtensionRule {
  maxTimes: number;
  daysEach: number;
  counting: Counting;
  totalMax?: number;
}

/** A time limit in force between two dates. In a rule, null round/remote/complexity means "any". */
export interface DeadlineRule {
  id: string;
  kind: PetitionKind;
  step: DeadlineStep;
  round: Round | null;
  remote: boolean | null;
  complexity: Complexity | null;
  limit: number;
  counting: Counting;
  countsFrom: CountsFrom;
  extension: ExtensionRule | null;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  source: string;
  verify: boolean;
  /** Civil Code 2015 Art. 148: a period ending on a day off ends on the next working day. */
  moveToNextWorkingDay: boolean;
  note?: LocalizedText;
}

type RuleInput = Omit<
  DeadlineRule,
  | 'round'
  | 'remote'
  | 'complexity'
  | 'extension'
  | 'effectiveTo'
  | 'moveToNextWorkingDay'
  | 'verify'
> &
  Partial<
    Pick<
      DeadlineRule,
      | 'round'
      | 'remote'
      | 'complexity'
      | 'extension'
      | 'effectiveTo'
      | 'moveToNextWorkingDay'
      | 'verify'
    >
  >;

function rule(r: RuleInput): DeadlineRule {
  return {
    round: null,
    remote: null,
    complexity: null,
    extension: null,
    effectiveTo: null,
    verify: r.counting === 'calendar',
    moveToNextWorkingDay: r.counting === 'calendar',
    ...r,
  };
}

const COMPLAINTS = 'Luật Khiếu nại 2011 (02/2011/QH13)';
const COMPLAINTS_FROM = '2012-07-01';
const DENUNCIATIONS_2018 = 'Luật Tố cáo 2018 (25/2018/QH14)';
const DENUNCIATIONS_2011 = 'Luật Tố cáo 2011 (03/2011/QH13)';
const DECREE_124 = 'Nghị định 124/2020/NĐ-CP';
const DECREE_124_FROM = '2020-12-10';
const PROCESS_2021 = 'Thông tư 05/2021/TT-TTCP; Cổng DVC quốc gia, thủ tục 315145 (xử lý đơn)';
const PROCESS_2014 = 'Thông tư 07/2014/TT-TTCP (xử lý đơn)';
const LAW_136 = 'Luật số 136/2025/QH15 sửa đổi, bổ sung Luật Khiếu nại và Luật Tố cáo';
const LAW_136_FROM = '2026-07-01';
const DECREE_155_2026 =
  'Nghị định 155/2026/NĐ-CP (số hiệu theo bản sao tìm được, cần đối chiếu Công báo)';
const UNCONFIRMED_2026: LocalizedText = {
  vi: 'Chưa xác minh nguồn: số hiệu nghị định tháng 5/2026 cần đối chiếu với Công báo.',
  en: 'Source not confirmed: the May 2026 decree number must be checked against the official gazette.',
};
const CALENDAR_NOTE: LocalizedText = {
  vi: '"ngày" được hiểu là ngày lịch theo BLDS 2015 Điều 147–148 (cần xác minh).',
  en: 'Plain "days" read as calendar days under Civil Code 2015 Art. 147-148 (to verify).',
};

function complaintResolve(
  round: Round,
  limits: [number, number, number, number],
  article: string,
): DeadlineRule[] {
  const [normal, complex, remoteNormal, remoteComplex] = limits;
  const cases: Array<[boolean, Complexity, number]> = [
    [false, 'normal', normal],
    [false, 'complex', complex],
    [true, 'normal', remoteNormal],
    [true, 'complex', remoteComplex],
  ];
  return cases.map(([remote, complexity, limit]) =>
    rule({
      id: `complaint.resolve.${round}.${remote ? 'remote' : 'local'}.${complexity}.2011`,
      kind: 'complaint',
      step: 'resolve',
      round,
      remote,
      complexity,
      limit,
      counting: 'calendar',
      countsFrom: 'acceptance',
      effectiveFrom: COMPLAINTS_FROM,
      source: `${COMPLAINTS}, ${article}`,
      note: CALENDAR_NOTE,
    }),
  );
}

function processing(kind: PetitionKind): DeadlineRule[] {
  if (kind === 'complaint') {
    return [
      rule({
        id: 'complaint.process.2014',
        kind,
        step: 'process',
        limit: 10,
        counting: 'working',
        countsFrom: 'receipt',
        effectiveFrom: '2014-12-15',
        effectiveTo: '2021-10-14',
        source: PROCESS_2014,
        verify: true,
      }),
      rule({
        id: 'complaint.process.2021',
        kind,
        step: 'process',
        limit: 10,
        counting: 'working',
        countsFrom: 'receipt',
        effectiveFrom: '2021-10-15',
        effectiveTo: '2026-06-30',
        source: `${PROCESS_2021}; Thông tư 07/2013/TT-TTCP, Điều 5`,
        verify: true,
      }),
      rule({
        id: 'complaint.process.2026',
        kind,
        step: 'process',
        limit: 7,
        counting: 'working',
        countsFrom: 'receipt',
        effectiveFrom: LAW_136_FROM,
        verify: true,
        source: `${DECREE_155_2026} sửa đổi Nghị định 124/2020, Điều 16 khoản 1 (thụ lý khiếu nại trong 07 ngày làm việc)`,
        note: UNCONFIRMED_2026,
      }),
    ];
  }
  return [
    rule({
      id: `${kind}.process.2014`,
      kind,
      step: 'process',
      limit: 10,
      counting: 'working',
      countsFrom: 'receipt',
      effectiveFrom: '2014-12-15',
      effectiveTo: '2021-10-14',
      source: PROCESS_2014,
      verify: true,
    }),
    rule({
      id: `${kind}.process.2021`,
      kind,
      step: 'process',
      limit: 10,
      counting: 'working',
      countsFrom: 'receipt',
      effectiveFrom: '2021-10-15',
      source: PROCESS_2021,
      verify: true,
    }),
  ];
}

function denunciationResolve(
  complexity: Complexity,
  extension: ExtensionRule | null,
): DeadlineRule {
  return rule({
    id: `denunciation.resolve.${complexity}.2018`,
    kind: 'denunciation',
    step: 'resolve',
    complexity,
    limit: 30,
    counting: 'calendar',
    countsFrom: 'acceptance',
    extension,
    effectiveFrom: '2019-01-01',
    source: `${DENUNCIATIONS_2018}, Điều 30`,
    note: CALENDAR_NOTE,
  });
}

/**
 * The legal basis shown to officials for a step no law times (recommendations and feedback are
 * answered under the unit's own rules). Written for officials, never for developers.
 */
export const LOCAL_PRACTICE_SOURCE = 'Theo quy chế của đơn vị; chưa có thời hạn luật định';

function localPractice(kind: PetitionKind): DeadlineRule {
  return rule({
    id: `${kind}.resolve.local-default`,
    kind,
    step: 'resolve',
    limit: 15,
    counting: 'working',
    countsFrom: 'acceptance',
    effectiveFrom: '2000-01-01',
    verify: true,
    source: LOCAL_PRACTICE_SOURCE,
    note: {
      vi: 'Mặc định nội bộ, cần đơn vị xác nhận.',
      en: 'In-house default; the unit must confirm it.',
    },
  });
}

/** Seed rules, from domain.md §3 and the laws it cites. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  ...processing('complaint'),
  ...processing('recommendation'),
  ...processing('feedback'),
  rule({
    id: 'denunciation.process.2018',
    kind: 'denunciation',
    step: 'process',
    limit: 7,
    counting: 'working',
    countsFrom: 'receipt',
    extension: { maxTimes: 1, daysEach: 3, counting: 'working', totalMax: 3 },
    effectiveFrom: '2019-01-01',
    verify: true,
    source: `${DENUNCIATIONS_2018}, Điều 24 (7 ngày làm việc, tối đa 10 ngày làm việc khi cần xác minh)`,
  }),
  rule({
    id: 'complaint.accept.first.2011',
    kind: 'complaint',
    step: 'accept',
    round: 'first',
    limit: 10,
    counting: 'calendar',
    countsFrom: 'receipt',
    effectiveFrom: COMPLAINTS_FROM,
    effectiveTo: '2026-06-30',
    source: `${COMPLAINTS}, Điều 27`,
    note: CALENDAR_NOTE,
  }),
  rule({
    id: 'complaint.accept.first.2026',
    kind: 'complaint',
    step: 'accept',
    round: 'first',
    limit: 7,
    counting: 'working',
    countsFrom: 'receipt',
    effectiveFrom: LAW_136_FROM,
    verify: true,
    note: UNCONFIRMED_2026,
    source: `${LAW_136}; ${DECREE_155_2026} sửa đổi Nghị định 124/2020, Điều 16 khoản 1`,
  }),
  rule({
    id: 'complaint.accept.second.2011',
    kind: 'complaint',
    step: 'accept',
    round: 'second',
    limit: 10,
    counting: 'calendar',
    countsFrom: 'receipt',
    effectiveFrom: COMPLAINTS_FROM,
    source: `${COMPLAINTS}, Điều 36`,
    note: {
      vi: 'Theo Điều 36 Luật Khiếu nại 2011; cần đối chiếu văn bản gốc.',
      en: 'From the Law on Complaints 2011, Art. 36; to be checked against the original text.',
    },
  }),
  ...complaintResolve('first', [30, 45, 45, 60], 'Điều 28'),
  ...complaintResolve('second', [45, 60, 60, 70], 'Điều 37'),
  rule({
    id: 'complaint.lodge_second.local.2011',
    kind: 'complaint',
    step: 'lodge_second',
    round: 'second',
    remote: false,
    limit: 30,
    counting: 'calendar',
    countsFrom: 'decision',
    effectiveFrom: COMPLAINTS_FROM,
    source: `${COMPLAINTS}, Điều 33`,
    note: CALENDAR_NOTE,
  }),
  rule({
    id: 'complaint.lodge_second.remote.2011',
    kind: 'complaint',
    step: 'lodge_second',
    round: 'second',
    remote: true,
    limit: 45,
    counting: 'calendar',
    countsFrom: 'decision',
    effectiveFrom: COMPLAINTS_FROM,
    source: `${COMPLAINTS}, Điều 33`,
    note: CALENDAR_NOTE,
  }),
  rule({
    id: 'complaint.time_bar.2011',
    kind: 'complaint',
    step: 'time_bar',
    limit: 90,
    counting: 'calendar',
    countsFrom: 'learned',
    effectiveFrom: COMPLAINTS_FROM,
    source: `${COMPLAINTS}, Điều 9`,
    note: CALENDAR_NOTE,
  }),
  // Only second-time decisions must be published (Art. 41(2)); first-time ones are sent (Art. 32).
  rule({
    id: 'complaint.publish.second.2011',
    kind: 'complaint',
    step: 'publish',
    round: 'second',
    limit: 15,
    counting: 'calendar',
    countsFrom: 'decision',
    effectiveFrom: COMPLAINTS_FROM,
    source: `${COMPLAINTS}, Điều 41; ${DECREE_124} (công khai quyết định giải quyết khiếu nại lần hai)`,
    note: CALENDAR_NOTE,
  }),
  rule({
    id: 'complaint.send.first.2011',
    kind: 'complaint',
    step: 'send',
    round: 'first',
    limit: 3,
    counting: 'working',
    countsFrom: 'decision',
    effectiveFrom: COMPLAINTS_FROM,
    source: `${COMPLAINTS}, Điều 32 (gửi quyết định giải quyết khiếu nại lần đầu)`,
    verify: false,
  }),
  rule({
    id: 'complaint.send.second.2011',
    kind: 'complaint',
    step: 'send',
    round: 'second',
    limit: 7,
    counting: 'calendar',
    countsFrom: 'decision',
    effectiveFrom: COMPLAINTS_FROM,
    source: `${COMPLAINTS}, Điều 41 khoản 1 (gửi quyết định giải quyết khiếu nại lần hai)`,
    note: CALENDAR_NOTE,
  }),
  // A decision takes legal effect 30 days after issue (45 in remote areas); first-time ones only if no second complaint is lodged.
  ...(['first', 'second'] as const).flatMap((round) =>
    [false, true].map((remote) =>
      rule({
        id: `complaint.effective.${round}.${remote ? 'remote' : 'local'}.2011`,
        kind: 'complaint',
        step: 'effective',
        round,
        remote,
        limit: remote ? 45 : 30,
        counting: 'calendar',
        countsFrom: 'decision',
        effectiveFrom: COMPLAINTS_FROM,
        moveToNextWorkingDay: false,
        verify: round === 'second',
        source: `${COMPLAINTS}, Điều 44 khoản ${round === 'first' ? 1 : 2} (hiệu lực của quyết định giải quyết khiếu nại)`,
      }),
    ),
  ),
  rule({
    id: 'complaint.enforce.2020',
    kind: 'complaint',
    step: 'enforce',
    limit: 5,
    counting: 'working',
    countsFrom: 'effective',
    effectiveFrom: DECREE_124_FROM,
    source: `${DECREE_124}, Điều 31; tính từ ngày quyết định có hiệu lực (${COMPLAINTS}, Điều 44)`,
    verify: false,
  }),
  rule({
    id: 'denunciation.notify_acceptance.2018',
    kind: 'denunciation',
    step: 'notify_acceptance',
    limit: 5,
    counting: 'working',
    countsFrom: 'acceptance',
    effectiveFrom: '2019-01-01',
    source: `${DENUNCIATIONS_2018}, Điều 29 khoản 3`,
    verify: false,
  }),
  rule({
    id: 'denunciation.forward.2018',
    kind: 'denunciation',
    step: 'forward',
    limit: 5,
    counting: 'working',
    countsFrom: 'receipt',
    effectiveFrom: '2019-01-01',
    verify: false,
    source: `${DENUNCIATIONS_2018}, Điều 24 khoản 2 (chuyển đơn tố cáo không thuộc thẩm quyền)`,
  }),
  rule({
    id: 'denunciation.send.2018',
    kind: 'denunciation',
    step: 'send',
    limit: 5,
    counting: 'working',
    countsFrom: 'decision',
    effectiveFrom: '2019-01-01',
    verify: false,
    source: `${DENUNCIATIONS_2018}, Điều 35 khoản 3 (gửi kết luận nội dung tố cáo)`,
  }),
  rule({
    id: 'denunciation.publish.2018',
    kind: 'denunciation',
    step: 'publish',
    limit: 7,
    counting: 'working',
    countsFrom: 'decision',
    effectiveFrom: '2019-01-01',
    verify: false,
    source: `${DENUNCIATIONS_2018}, Điều 40 khoản 1 (công khai kết luận, không công khai thông tin người tố cáo)`,
  }),
  rule({
    id: 'denunciation.review_further.2018',
    kind: 'denunciation',
    step: 'review_further',
    limit: 20,
    counting: 'calendar',
    countsFrom: 'receipt',
    effectiveFrom: '2019-01-01',
    source: `${DENUNCIATIONS_2018}, Điều 37 (xem xét tố cáo tiếp)`,
    note: CALENDAR_NOTE,
  }),
  rule({
    id: 'denunciation.overdue_report.2018',
    kind: 'denunciation',
    step: 'overdue_report',
    limit: 5,
    counting: 'working',
    countsFrom: 'receipt',
    effectiveFrom: '2019-01-01',
    verify: false,
    source: `${DENUNCIATIONS_2018}, Điều 38 (yêu cầu báo cáo về tố cáo quá hạn)`,
  }),
  rule({
    id: 'denunciation.overdue_answer.2018',
    kind: 'denunciation',
    step: 'overdue_answer',
    limit: 5,
    counting: 'working',
    countsFrom: 'receipt',
    effectiveFrom: '2019-01-01',
    verify: false,
    source: `${DENUNCIATIONS_2018}, Điều 38 (báo cáo của người giải quyết tố cáo quá hạn)`,
  }),
  denunciationResolve('normal', null),
  denunciationResolve('complex', { maxTimes: 1, daysEach: 30, counting: 'calendar', totalMax: 30 }),
  denunciationResolve('very_complex', {
    maxTimes: 2,
    daysEach: 30,
    counting: 'calendar',
    totalMax: 60,
  }),
  // Previous law, kept so that cases received before 2019 are computed under the law of their time.
  rule({
    id: 'denunciation.resolve.normal.2011',
    kind: 'denunciation',
    step: 'resolve',
    complexity: 'normal',
    limit: 60,
    counting: 'calendar',
    countsFrom: 'acceptance',
    extension: { maxTimes: 1, daysEach: 30, counting: 'calendar', totalMax: 30 },
    effectiveFrom: '2012-07-01',
    effectiveTo: '2018-12-31',
    source: `${DENUNCIATIONS_2011}, Điều 21`,
  }),
  rule({
    id: 'denunciation.resolve.complex.2011',
    kind: 'denunciation',
    step: 'resolve',
    complexity: 'complex',
    limit: 90,
    counting: 'calendar',
    countsFrom: 'acceptance',
    extension: { maxTimes: 1, daysEach: 60, counting: 'calendar', totalMax: 60 },
    effectiveFrom: '2012-07-01',
    effectiveTo: '2018-12-31',
    source: `${DENUNCIATIONS_2011}, Điều 21`,
  }),
  localPractice('recommendation'),
  localPractice('feedback'),
];

function matches(r: DeadlineRule, key: DeadlineRuleKey, onDate: IsoDate): boolean {
  return (
    r.kind === key.kind &&
    r.step === key.step &&
    (r.round === null || r.round === key.round) &&
    (r.remote === null || r.remote === key.remote) &&
    (r.complexity === null || r.complexity === key.complexity) &&
    r.effectiveFrom <= onDate &&
    (r.effectiveTo === null || onDate <= r.effectiveTo)
  );
}

function specificity(r: DeadlineRule): number {
  return (r.round === null ? 0 : 1) + (r.remote === null ? 0 : 1) + (r.complexity === null ? 0 : 1);
}

/**
 * The rule in force on `onDate` (the case's receipt date) for a key; the most specific rule wins
 * over wildcards. @throws CalendarError 'invalid_rule' when none (or two equally specific) match.
 */
export function findRule(
  rules: readonly DeadlineRule[],
  key: DeadlineRuleKey,
  onDate: IsoDate,
): DeadlineRule {
  parseIsoDate(onDate);
  const found = rules.filter((r) => matches(r, key, onDate));
  const best = Math.max(-1, ...found.map(specificity));
  const top = found.filter((r) => specificity(r) === best);
  const label = `${key.kind}/${key.step}/${key.round ?? '-'}/${key.remote ? 'remote' : 'local'}/${key.complexity}`;
  if (top.length === 1) return top[0] as DeadlineRule;
  if (top.length === 0) {
    throw new CalendarError(
      'invalid_rule',
      `Không có quy định thời hạn cho ${label} vào ngày ${onDate}.`,
      `No deadline rule for ${label} in force on ${onDate}.`,
      { key, onDate },
    );
  }
  throw new CalendarError(
    'invalid_rule',
    `Có nhiều quy định thời hạn trùng nhau cho ${label} vào ngày ${onDate}.`,
    `Several deadline rules match ${label} on ${onDate}: ${top.map((r) => r.id).join(', ')}.`,
    { key, onDate, ids: top.map((r) => r.id) },
  );
}
