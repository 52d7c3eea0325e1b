import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import {
  CalendarError,
  computeDeadline,
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  lunarToSolar,
  solarToLunar,
} from '../../domain/calendar/index.js';
import { loadCalendar } from '../../queries/calendar/load-calendar.js';
import { BilingualSchema, problemResponses } from '../schemas.js';
import { calendarAdminRoutes } from './admin-routes.js';
import { ExplanationSchema } from './schemas.js';

const TAGS = ['calendar'];
const DateParam = z.string().max(20);
const MAX_DAYS = 3650;

function yearOutOfRange(year: number): CalendarError {
  return new CalendarError(
    'year_out_of_range',
    `Năm ${year} nằm ngoài phạm vi hỗ trợ (${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}).`,
    `Year ${year} is outside the supported range (${LUNAR_MIN_YEAR}-${LUNAR_MAX_YEAR}).`,
    { year },
  );
}

function invalidQuery(vi: string, en: string, field: string): CalendarError {
  return new CalendarError('invalid_input', vi, en, { field });
}

/** Whole number from a query string, or a 400 naming the field. */
function intParam(value: string, field: string): number {
  if (!/^-?\d{1,5}$/.test(value))
    throw invalidQuery(
      `Tham số ${field} phải là số nguyên.`,
      `Parameter ${field} must be a whole number.`,
      field,
    );
  return Number(value);
}

/**
 * Public calendar API (no login: other agencies' systems call it): lunar ↔ solar conversion in
 * Vietnam's calendar (UTC+7), a year's days off with their legal source, and deadline computation
 * on the working calendar as currently stored (seed + administrators' entries). The static paths
 * are registered before `/calendar/{year}`; the router prefers static segments anyway.
 */
export const calendarRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/calendar/lunar/:date',
    {
      schema: {
        tags: TAGS,
        security: [],
        summary: 'Đổi ngày dương lịch sang âm lịch Việt Nam / Solar date to Vietnamese lunar date',
        params: z.object({ date: DateParam }),
        response: {
          200: z.object({
            solar: z.string(),
            lunar: z.object({
              day: z.number(),
              month: z.number(),
              year: z.number(),
              leap: z.boolean(),
            }),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => ({ solar: request.params.date, lunar: solarToLunar(request.params.date) }),
  );

  app.get(
    '/api/v1/calendar/solar',
    {
      schema: {
        tags: TAGS,
        security: [],
        summary: 'Đổi ngày âm lịch sang dương lịch / Vietnamese lunar date to solar date',
        querystring: z
          .object({
            year: z.string(),
            month: z.string(),
            day: z.string(),
            leap: z.enum(['true', 'false']).optional(),
          })
          .strict(),
        response: { 200: z.object({ solar: z.string() }), ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        solar: lunarToSolar({
          year: intParam(q.year, 'year'),
          month: intParam(q.month, 'month'),
          day: intParam(q.day, 'day'),
          leap: q.leap === 'true',
        }),
      };
    },
  );

  app.get(
    '/api/v1/calendar/deadline',
    {
      schema: {
        tags: TAGS,
        security: [],
        summary: 'Tính hạn theo lịch làm việc / Compute a due date on the working calendar',
        description:
          'Ngày bắt đầu không được tính; tính theo ngày lịch thì hạn rơi vào ngày nghỉ được chuyển sang ngày làm việc tiếp theo. / The start day is not counted; with calendar counting a due date on a day off moves to the next working day.',
        querystring: z
          .object({ start: DateParam, days: z.string(), counting: z.enum(['working', 'calendar']) })
          .strict(),
        response: {
          200: z.object({ due: z.string(), explanation: ExplanationSchema }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const { start, counting } = request.query;
      const days = intParam(request.query.days, 'days');
      if (days < 0 || days > MAX_DAYS)
        throw invalidQuery(
          `Số ngày phải từ 0 đến ${MAX_DAYS}.`,
          `days must be between 0 and ${MAX_DAYS}.`,
          'days',
        );
      const { calendar } = await loadCalendar(ctx.db);
      const result = computeDeadline({ start, days, counting, calendar });
      return { due: result.due as string, explanation: result.explanation };
    },
  );

  app.get(
    '/api/v1/calendar/:year',
    {
      schema: {
        tags: TAGS,
        security: [],
        summary:
          'Ngày nghỉ và ngày làm bù trong năm / Non-working days and make-up working days of a year',
        description:
          'Ngày lễ, ngày nghỉ bù, ngày nghỉ theo quyết định và ngày lễ do quản trị viên thêm; thứ Bảy, Chủ nhật không liệt kê. / Holidays, compensation days, official days off and administrator-added holidays; plain weekends are implied.',
        params: z.object({ year: z.string().regex(/^\d{4}$/, 'YYYY') }),
        response: {
          200: z.object({
            year: z.number(),
            nonWorkingDays: z.array(
              z.object({
                date: z.string(),
                reason: z.enum(['holiday', 'compensation', 'official_day_off', 'weekend']),
                name: BilingualSchema,
                source: z.string(),
                verified: z.boolean().meta({
                  description:
                    'false: no official text confirms the day yet (chưa xác minh nguồn) / not confirmed by an official text',
                }),
              }),
            ),
            workingWeekendDays: z.array(
              z.object({
                date: z.string(),
                reason: z.literal('make_up_working_day'),
                name: BilingualSchema,
                source: z.string(),
                verified: z.boolean(),
              }),
            ),
          }),
          ...problemResponses(400),
        },
      },
    },
    async (request) => {
      const year = Number(request.params.year);
      if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) throw yearOutOfRange(year);
      const { calendar } = await loadCalendar(ctx.db);
      return {
        year,
        nonWorkingDays: calendar.nonWorkingDays(year).map((d) => ({
          date: d.date,
          reason: d.reason,
          name: d.name,
          source: d.source,
          verified: d.verified,
        })),
        workingWeekendDays: calendar.workingWeekendDays(year).map((d) => ({
          date: d.date,
          reason: 'make_up_working_day' as const,
          name: d.name,
          source: d.source,
          verified: d.verified,
        })),
      };
    },
  );

  await app.register(calendarAdminRoutes, { ctx });
};
