/** `danvan calendar <year>` and `danvan deadline --start … --days … --counting …`: the stored working calendar on a terminal. */
import { parseArgs } from 'node:util';
import {
  CalendarError,
  computeDeadline,
  formatVi,
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  type Counting,
} from '../domain/calendar/index.js';
import { loadCalendar } from '../queries/calendar/load-calendar.js';
import { openRuntime } from './runtime.js';

const REASON_VI: Record<string, string> = {
  holiday: 'Ngày lễ',
  compensation: 'Nghỉ bù',
  official_day_off: 'Nghỉ theo quyết định',
  weekend: 'Nghỉ hằng tuần',
  paused: 'Tạm dừng',
};

const USAGE_CALENDAR = 'Cách dùng / Usage: danvan calendar <năm/year, 1900-2100>';
const USAGE_DEADLINE =
  'Cách dùng / Usage: danvan deadline --start YYYY-MM-DD --days N --counting working|calendar';

function fail(message: string): number {
  console.error(message);
  return 2;
}

/** Runs `fn` against the configured database's calendar; calendar errors become exit code 2 with both messages. */
async function withCalendar(
  fn: (snapshot: Awaited<ReturnType<typeof loadCalendar>>) => void,
): Promise<number> {
  const rt = await openRuntime({ exclusive: false });
  try {
    fn(await loadCalendar(rt.ctx.db));
    return 0;
  } catch (e) {
    if (e instanceof CalendarError) return fail(`${e.messageVi}\n${e.messageEn}`);
    throw e;
  } finally {
    await rt.close();
  }
}

/** Prints a year's non-working days (weekends implied) with reasons and sources, then its make-up working days. */
export async function runCalendarCommand(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true });
  const year = Number(positionals[0]);
  if (
    positionals.length !== 1 ||
    !/^\d{4}$/.test(positionals[0] ?? '') ||
    year < LUNAR_MIN_YEAR ||
    year > LUNAR_MAX_YEAR
  )
    return fail(USAGE_CALENDAR);
  return withCalendar(({ calendar }) => {
    const off = calendar.nonWorkingDays(year);
    console.log(
      `Ngày nghỉ năm ${year} (ngoài thứ Bảy, Chủ nhật) / Non-working days of ${year} (besides weekends): ${off.length}`,
    );
    for (const d of off) {
      console.log(
        `  ${formatVi(d.date)}  ${(REASON_VI[d.reason] ?? d.reason).padEnd(20)} ${d.name.vi} / ${d.name.en}${d.verified ? '' : '  [CHƯA XÁC MINH NGUỒN / SOURCE NOT CONFIRMED]'}`,
      );
      console.log(`              căn cứ / source: ${d.source}`);
    }
    const worked = calendar.workingWeekendDays(year);
    console.log(
      `\nNgày làm bù (thứ Bảy, Chủ nhật đi làm) / Make-up working days: ${worked.length}`,
    );
    for (const d of worked) {
      console.log(
        `  ${formatVi(d.date)}  ${d.name.vi} / ${d.name.en}${d.verified ? '' : '  [CHƯA XÁC MINH NGUỒN / SOURCE NOT CONFIRMED]'}`,
      );
      console.log(`              căn cứ / source: ${d.source}`);
    }
  });
}

/** Prints the due date of a time limit on the stored calendar and its explanation (Vietnamese and English). */
export async function runDeadlineCommand(argv: string[]): Promise<number> {
  let values: { start?: string | boolean; days?: string | boolean; counting?: string | boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        start: { type: 'string' },
        days: { type: 'string' },
        counting: { type: 'string', default: 'working' },
      },
      strict: true,
    }));
  } catch {
    return fail(USAGE_DEADLINE);
  }
  const { start, counting } = values;
  const days = Number(values.days);
  if (
    typeof start !== 'string' ||
    typeof values.days !== 'string' ||
    !/^\d{1,4}$/.test(values.days) ||
    (counting !== 'working' && counting !== 'calendar')
  )
    return fail(USAGE_DEADLINE);
  return withCalendar(({ calendar }) => {
    const { due, explanation } = computeDeadline({
      start,
      days,
      counting: counting as Counting,
      calendar,
    });
    console.log(`Hạn / Due: ${due ? formatVi(due) : '—'} (${due ?? '—'})`);
    console.log(`\n${explanation.textVi}\n${explanation.textEn}`);
    if (explanation.movedFrom) {
      // The last day is counted; it falls on a day off, so the time limit ends on the next working day.
      const r = calendar.reasonFor(explanation.movedFrom);
      console.log(
        `\nNgày cuối rơi vào ngày nghỉ / Last day fell on a day off:\n  ${formatVi(explanation.movedFrom)}  ${r ? `${r.name.vi} / ${r.name.en} — ${r.source}` : ''}`,
      );
    }
    if (explanation.skipped.length > 0) {
      console.log(
        explanation.movedFrom
          ? '\nNgày nghỉ sau ngày cuối / Days off after the last day:'
          : '\nNgày không tính / Days not counted:',
      );
      for (const s of explanation.skipped)
        console.log(
          `  ${formatVi(s.date)}  ${(REASON_VI[s.reason] ?? s.reason).padEnd(20)} ${s.name.vi} / ${s.name.en} — ${s.source}`,
        );
    }
  });
}
