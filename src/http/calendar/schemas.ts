import { z } from 'zod';
import { BilingualSchema, IsoDateSchema } from '../schemas.js';

const SkippedDaySchema = z.object({
  date: z.string(),
  reason: z.string(),
  name: BilingualSchema,
  source: z.string(),
});

/** A computed deadline's explanation (see DeadlineExplanation in the calendar engine). */
export const ExplanationSchema = z
  .object({
    start: z.string(),
    rule: z.object({ id: z.string(), source: z.string() }).nullable(),
    counting: z.enum(['calendar', 'working']),
    days: z.number(),
    counted: z.number(),
    skipped: z.array(SkippedDaySchema),
    movedFrom: z.string().optional(),
    pauses: z.array(z.object({ from: z.string(), to: z.string().nullable(), reason: z.string() })),
    extensions: z.array(
      z.object({
        days: z.number(),
        counting: z.enum(['calendar', 'working']).optional(),
        reason: z.string(),
        at: z.string(),
      }),
    ),
    due: z.string().nullable(),
    remaining: z.number().optional(),
    textVi: z.string(),
    textEn: z.string(),
  })
  .meta({ id: 'DeadlineExplanation' });

export const ExtensionRuleSchema = z.object({
  maxTimes: z.number().int(),
  daysEach: z.number().int(),
  counting: z.enum(['calendar', 'working']),
  totalMax: z.number().int().optional(),
});

export const DeadlineRuleSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    step: z.string(),
    round: z.string().nullable(),
    remote: z.boolean().nullable(),
    complexity: z.string().nullable(),
    limit: z.number(),
    counting: z.enum(['calendar', 'working']),
    countsFrom: z.string(),
    extension: ExtensionRuleSchema.nullable(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    source: z.string(),
    verify: z.boolean(),
    moveToNextWorkingDay: z.boolean(),
    note: BilingualSchema.optional(),
    updatedAt: z.string(),
  })
  .meta({ id: 'DeadlineRule' });

const AnnualSchema = z
  .object({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    effectiveFrom: IsoDateSchema,
    effectiveTo: IsoDateSchema.nullable().optional(),
  })
  .strict();

/** Body of POST /api/v1/admin/calendar/entries. */
export const AddEntryBodySchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('extra_holiday'),
      date: IsoDateSchema.optional(),
      annual: AnnualSchema.optional(),
      code: z.string().max(40).optional(),
      name: BilingualSchema.strict(),
      source: z.string().min(1).max(1000),
      compensated: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('decision'),
      decisionType: z.enum(['day_off', 'working_day', 'holiday_override']),
      date: IsoDateSchema,
      code: z.string().max(40).optional(),
      name: BilingualSchema.strict(),
      source: z.string().min(1).max(1000),
      verified: z.boolean().optional(),
    })
    .strict(),
]);

const HolidayCodeSchema = z.enum([
  'new_year',
  'tet',
  'reunification',
  'labour',
  'national_day',
  'hung_kings',
]);

/** An official decision as stored (src/domain/calendar/official-decisions.ts). */
export const CalendarDecisionSchema = z
  .object({
    date: z.string(),
    type: z.enum(['day_off', 'working_day', 'holiday_override']),
    code: HolidayCodeSchema.optional(),
    name: BilingualSchema,
    source: z.string(),
    verified: z.boolean(),
  })
  .meta({
    id: 'CalendarDecision',
    description:
      'Quyết định nghỉ, làm bù, thay ngày lễ / An official day-off or working-day decision',
  });

const extraHolidayBase = {
  code: z.string().optional(),
  name: BilingualSchema,
  source: z.string(),
  compensated: z.boolean().optional(),
};

/** An extra holiday as stored: one date, or a day every year within a period (working-calendar.ts). */
export const CalendarExtraHolidaySchema = z
  .union([
    z.object({ ...extraHolidayBase, date: z.string() }),
    z.object({
      ...extraHolidayBase,
      annual: z.object({ month: z.number().int(), day: z.number().int() }),
      effectiveFrom: z.string(),
      effectiveTo: z.string().nullable().optional(),
    }),
  ])
  .meta({
    id: 'CalendarExtraHoliday',
    description: 'Ngày lễ bổ sung (một ngày hoặc hằng năm) / An extra holiday (one date or yearly)',
  });

export const CalendarEntrySchema = z
  .object({
    id: z.string(),
    type: z.enum(['extra_holiday', 'decision']),
    // The decision first: a decision also has the date, name and source of an extra holiday.
    data: z.union([CalendarDecisionSchema, CalendarExtraHolidaySchema]),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    removedAt: z.string().nullable(),
  })
  .meta({ id: 'CalendarEntry' });

export const RecomputeSummarySchema = z.object({
  scanned: z.number(),
  rewritten: z.number(),
  moved: z.number(),
  cases: z.number(),
});

/** Body of PUT /api/v1/admin/deadline-rules/{id}. */
export const UpdateRuleBodySchema = z
  .object({
    limit: z.number().int().optional(),
    counting: z.enum(['calendar', 'working']).optional(),
    extension: ExtensionRuleSchema.strict().nullable().optional(),
    effectiveFrom: IsoDateSchema.optional(),
    effectiveTo: IsoDateSchema.nullable().optional(),
    source: z.string().max(1000).optional(),
    verify: z.boolean().optional(),
    moveToNextWorkingDay: z.boolean().optional(),
  })
  .strict();
