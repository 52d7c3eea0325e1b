import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import { calendarPolicy } from '../../domain/access/calendar.policy.js';
import type { Actor } from '../../domain/access/actor.js';
import {
  CalendarError,
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  WorkingCalendar,
  yearOf,
  type ExtraHoliday,
  type HolidayCode,
  type LocalizedText,
  type OfficialDecision,
  type OfficialDecisionType,
} from '../../domain/calendar/index.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { invalidateCalendar, readCalendar } from '../../queries/calendar/load-calendar.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { recomputeOpenDeadlines, type RecomputeSummary } from './recompute-open-deadlines.js';

const HOLIDAY_CODES: readonly HolidayCode[] = [
  'new_year',
  'tet',
  'reunification',
  'labour',
  'national_day',
  'hung_kings',
];

/** An extra holiday (one date or every year within a period) or an official decision of the Government. */
export type AddCalendarEntryInput =
  | {
      type: 'extra_holiday';
      date?: string;
      annual?: { month: number; day: number; effectiveFrom: string; effectiveTo?: string | null };
      code?: string;
      name: LocalizedText;
      source: string;
      compensated?: boolean;
    }
  | {
      type: 'decision';
      decisionType: OfficialDecisionType;
      date: string;
      code?: string;
      name: LocalizedText;
      source: string;
      verified?: boolean;
    };

export interface CalendarEntryView {
  id: string;
  type: 'extra_holiday' | 'decision';
  data: ExtraHoliday | OfficialDecision;
  createdBy: string | null;
  createdAt: string;
  removedAt: string | null;
}

const invalid = (vi: string, en: string, field: string) =>
  new DomainError('validation_failed', vi, en, { field });

function checkYear(date: string, field: string): void {
  const y = yearOf(date);
  if (y < LUNAR_MIN_YEAR || y > LUNAR_MAX_YEAR)
    throw invalid(
      `Năm phải trong khoảng ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}.`,
      `The year must be within ${LUNAR_MIN_YEAR}-${LUNAR_MAX_YEAR}.`,
      field,
    );
}

/** Validates the input and turns it into the stored entry (ExtraHoliday or OfficialDecision). */
export function toCalendarEntry(
  input: AddCalendarEntryInput,
): { type: 'extra_holiday'; data: ExtraHoliday } | { type: 'decision'; data: OfficialDecision } {
  const source = input.source.trim();
  if (!source)
    throw invalid(
      'Phải nêu căn cứ (văn bản, nguồn) của ngày này.',
      'A source (legal text or announcement) is required.',
      'source',
    );
  const name = { vi: input.name.vi.trim(), en: input.name.en.trim() };
  if (!name.vi || !name.en)
    throw invalid(
      'Tên ngày phải có tiếng Việt và tiếng Anh.',
      'The name is required in Vietnamese and English.',
      'name',
    );
  const code = input.code?.trim() || undefined;
  try {
    if (input.type === 'extra_holiday') {
      const base = {
        ...(code ? { code } : {}),
        name,
        source,
        ...(input.compensated === undefined ? {} : { compensated: input.compensated }),
      };
      let data: ExtraHoliday;
      if (input.date && !input.annual) {
        checkYear(input.date, 'date');
        data = { ...base, date: input.date };
      } else if (input.annual && !input.date) {
        const { month, day, effectiveFrom, effectiveTo } = input.annual;
        checkYear(effectiveFrom, 'annual.effectiveFrom');
        if (effectiveTo) {
          checkYear(effectiveTo, 'annual.effectiveTo');
          if (effectiveTo < effectiveFrom)
            throw invalid(
              'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
              'effectiveTo must not be before effectiveFrom.',
              'annual.effectiveTo',
            );
        }
        data = { ...base, annual: { month, day }, effectiveFrom, effectiveTo: effectiveTo ?? null };
      } else {
        throw invalid(
          'Nhập đúng một trong hai: ngày cụ thể hoặc ngày hằng năm.',
          'Give exactly one of date or annual.',
          'date',
        );
      }
      WorkingCalendar.withSeedData([data]); // the engine's own checks (real dates, valid month/day)
      return { type: 'extra_holiday', data };
    }
    checkYear(input.date, 'date');
    if (input.decisionType === 'holiday_override' && !HOLIDAY_CODES.includes(code as HolidayCode)) {
      throw invalid(
        `Quyết định thay ngày lễ phải nêu ngày lễ (${HOLIDAY_CODES.join(', ')}).`,
        `A holiday_override needs the holiday code (${HOLIDAY_CODES.join(', ')}).`,
        'code',
      );
    }
    const data: OfficialDecision = {
      date: input.date,
      type: input.decisionType,
      ...(input.decisionType === 'holiday_override' ? { code: code as HolidayCode } : {}),
      name,
      source,
      verified: input.verified ?? true,
    };
    new WorkingCalendar({ decisions: [data] });
    return { type: 'decision', data };
  } catch (e) {
    if (e instanceof CalendarError)
      throw new DomainError('validation_failed', e.messageVi, e.messageEn, {
        cause: e.code,
        ...(e.details ?? {}),
      });
    throw e;
  }
}

/**
 * Adds a holiday or an official decision to the working calendar and, in the same transaction,
 * recomputes every open deadline with the new calendar (audited per moved case).
 */
export async function addCalendarEntry({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: AddCalendarEntryInput;
}): Promise<{ entry: CalendarEntryView; recompute: RecomputeSummary }> {
  if (!calendarPolicy.administer(actor)) throw notFound('calendar');
  const entry = toCalendarEntry(input);
  try {
    return await inTransaction(ctx, async (tx) => {
      const previous = await readCalendar(tx);
      const now = ctx.clock.now().toISOString();
      const id = randomUUID();
      const createdBy = actor.id === 'system' ? null : actor.id;
      await tx
        .insertInto('calendar_entries')
        .values({
          id,
          entry_type: entry.type,
          data: JSON.stringify(entry.data),
          created_by: createdBy,
          created_at: now,
          removed_at: null,
        })
        .execute();
      const date =
        'date' in entry.data
          ? entry.data.date
          : `${entry.data.annual.month}/${entry.data.annual.day}`;
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: actor.id,
          actorName: actor.username,
          entityType: 'calendar_entry',
          entityId: id,
          eventType: 'calendar.entry_added',
          payload: {
            type: entry.type,
            date,
            ...('type' in entry.data ? { decisionType: entry.data.type } : {}),
            source: entry.data.source,
          },
        },
        ctx.clock.now(),
      );
      const snapshot = await readCalendar(tx);
      const recompute = await recomputeOpenDeadlines({
        ctx,
        actor,
        tx,
        input: {
          snapshot,
          previous,
          cause: { eventType: 'calendar.entry_added', entityType: 'calendar_entry', entityId: id },
        },
      });
      return {
        entry: {
          id,
          type: entry.type,
          data: entry.data,
          createdBy,
          createdAt: now,
          removedAt: null,
        },
        recompute,
      };
    });
  } finally {
    invalidateCalendar();
  }
}
