import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import { computeDeadline, type DeadlinePause } from './deadline.js';
import { DEADLINE_RULES } from './deadline-rules.js';
import { addDays, diffDays, fromJdn, toJdn } from './iso-date.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = WorkingCalendar.withSeedData();
const RUNS = { numRuns: 3000 };

const date = fc.integer({ min: toJdn('2015-01-01'), max: toJdn('2030-12-31') }).map(fromJdn);
const days = fc.integer({ min: 0, max: 120 });
const counting = fc.constantFrom('calendar' as const, 'working' as const);
/** A closed pause given as offsets from the start: from start+a to start+a+len-1. */
const pauseOffsets = fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 20 }));

function pauseFrom(start: string, [a, len]: [number, number]): DeadlinePause {
  return { from: addDays(start, a), to: addDays(start, a + len - 1), reason: 'test' };
}

function daysBetween(from: string, to: string, pred: (d: string) => boolean): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (pred(d)) n++;
  return n;
}

describe('computeDeadline properties', () => {
  it('ends on a working day (working counting, or calendar counting with moving on)', () => {
    fc.assert(
      fc.property(
        date,
        days,
        counting,
        fc.option(pauseOffsets, { nil: undefined }),
        (start, n, mode, p) => {
          const pauses = p ? [pauseFrom(start, p)] : [];
          const { due } = computeDeadline({
            start,
            days: Math.max(1, n),
            counting: mode,
            calendar,
            pauses,
          });
          expect(due).not.toBeNull();
          expect(calendar.isWorkingDay(due as string)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('with working counting, (start, due] holds exactly N working days outside pauses', () => {
    fc.assert(
      fc.property(date, days, fc.option(pauseOffsets, { nil: undefined }), (start, n, p) => {
        const pauses = p ? [pauseFrom(start, p)] : [];
        const { due } = computeDeadline({ start, days: n, counting: 'working', calendar, pauses });
        const inPause = (d: string) => pauses.some((x) => x.from <= d && d <= (x.to as string));
        expect(
          daysBetween(start, due as string, (d) => calendar.isWorkingDay(d) && !inPause(d)),
        ).toBe(n);
      }),
      RUNS,
    );
  });

  it('skipped + counted (+ the landing day when moved) span exactly start..due', () => {
    fc.assert(
      fc.property(
        date,
        days,
        counting,
        fc.option(pauseOffsets, { nil: undefined }),
        (start, n, mode, p) => {
          const pauses = p ? [pauseFrom(start, p)] : [];
          const { due, explanation: e } = computeDeadline({
            start,
            days: n,
            counting: mode,
            calendar,
            pauses,
          });
          const span = diffDays(due as string, start);
          expect(e.skipped.length + e.counted + (e.movedFrom ? 1 : 0)).toBe(span);
          expect(e.counted).toBe(n);
          const skippedDates = e.skipped.map((s) => s.date);
          expect(new Set(skippedDates).size).toBe(skippedDates.length);
          for (const s of e.skipped) {
            expect(s.date > start && s.date < (due as string)).toBe(true);
            expect(s.name.vi && s.name.en && s.source).toBeTruthy();
          }
        },
      ),
      RUNS,
    );
  });

  it('calendar counting never ends on a non-working day when moving is on, and is start+N otherwise', () => {
    fc.assert(
      fc.property(date, days, (start, n) => {
        const moved = computeDeadline({ start, days: n, counting: 'calendar', calendar });
        const raw = computeDeadline({
          start,
          days: n,
          counting: 'calendar',
          calendar,
          moveToNextWorkingDay: false,
        });
        expect(raw.due).toBe(addDays(start, n));
        expect(calendar.isWorkingDay(moved.due as string)).toBe(true);
        expect(moved.due).toBe(
          calendar.isWorkingDay(raw.due as string)
            ? raw.due
            : calendar.nextWorkingDay(raw.due as string),
        );
      }),
      RUNS,
    );
  });

  it('a pause shifts the due date by exactly the paused calendar / working days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 120 }), pauseOffsets, (start, n, [a, len]) => {
        // Calendar counting, no moving: a pause starting on or before the due date adds its length.
        const plain = computeDeadline({
          start,
          days: n,
          counting: 'calendar',
          calendar,
          moveToNextWorkingDay: false,
        }).due as string;
        const pause = pauseFrom(start, [a, len]);
        const withPause = computeDeadline({
          start,
          days: n,
          counting: 'calendar',
          calendar,
          moveToNextWorkingDay: false,
          pauses: [pause],
        }).due;
        expect(withPause).toBe(pause.from <= plain ? addDays(plain, len) : plain);
        // Working counting: the due date is N + (working days inside the pause) working days after start.
        const wPlain = computeDeadline({ start, days: n, counting: 'working', calendar })
          .due as string;
        const wPaused = computeDeadline({
          start,
          days: n,
          counting: 'working',
          calendar,
          pauses: [pause],
        }).due;
        const pausedWorking = daysBetween(addDays(pause.from, -1), pause.to as string, (d) =>
          calendar.isWorkingDay(d),
        );
        expect(wPaused).toBe(
          pause.from <= wPlain ? calendar.addWorkingDays(start, n + pausedWorking) : wPlain,
        );
      }),
      RUNS,
    );
  });

  it('an open pause reached before the end stops the clock', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 90 }),
        (start, n, a) => {
          const plain = computeDeadline({
            start,
            days: n,
            counting: 'calendar',
            calendar,
            moveToNextWorkingDay: false,
          }).due as string;
          const r = computeDeadline({
            start,
            days: n,
            counting: 'calendar',
            calendar,
            pauses: [{ from: addDays(start, a), to: null, reason: 'x' }],
            moveToNextWorkingDay: false,
          });
          expect(r.paused).toBe(addDays(start, a) <= plain);
          if (r.paused) expect(r.explanation.remaining).toBe(n - (a - 1));
        },
      ),
      RUNS,
    );
  });

  it('extensions within the rule are accepted; beyond maxTimes, daysEach or totalMax they throw', () => {
    const withExt = DEADLINE_RULES.filter((r) => r.extension !== null);
    fc.assert(
      fc.property(
        date,
        fc.constantFrom(...withExt),
        fc.array(fc.integer({ min: 1, max: 70 }), { minLength: 1, maxLength: 4 }),
        (start, rule, ext) => {
          const limits = rule.extension!;
          const extensions = ext.map((d) => ({ days: d, reason: 'x', at: start }));
          const total = ext.reduce((s, d) => s + d, 0);
          const allowed =
            ext.length <= limits.maxTimes &&
            ext.every((d) => d <= limits.daysEach) &&
            (limits.totalMax === undefined || total <= limits.totalMax);
          const run = () => computeDeadline({ start, calendar, rule, extensions });
          if (!allowed) {
            expect(run).toThrow(CalendarError);
            return;
          }
          const base = computeDeadline({ start, calendar, rule }).due as string;
          const extended = run();
          // Moving off a long holiday can absorb a short extension, so later or equal.
          expect((extended.due as string) >= base).toBe(true);
          expect(extended.explanation.counted).toBe(rule.limit + total);
        },
      ),
      RUNS,
    );
  });

  it('addWorkingDays and countWorkingDays agree', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), (start, n) => {
        const d = calendar.addWorkingDays(start, n);
        expect(calendar.countWorkingDays(start, d)).toBe(n);
        if (n !== 0) expect(calendar.isWorkingDay(d)).toBe(true);
      }),
      RUNS,
    );
  });
});
