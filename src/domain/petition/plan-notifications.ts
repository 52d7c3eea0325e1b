/**
 * Titles of the notifications a lifecycle plan emits, by kind. Titles carry the tracking code
 * and the step, never a person's name (notifications are mailed).
 */
import type { Label } from './types.js';

/** Title builders of plan notification kinds; add a row when a plan builder emits a new kind. */
export const PLAN_NOTIFICATION_TITLES: Readonly<Record<string, (trackingCode: string) => Label>> = {
  assigned: (code) => ({
    vi: `Hồ sơ ${code} được giao cho bạn xác minh, giải quyết`,
    en: `Case ${code} was assigned to you`,
  }),
};

/** The title of a plan notification (a generic one for a kind without its own title). */
export function planNotificationTitle(kind: string, trackingCode: string): Label {
  const build = PLAN_NOTIFICATION_TITLES[kind];
  return build
    ? build(trackingCode)
    : {
        vi: `Hồ sơ ${trackingCode} có cập nhật cần bạn xử lý`,
        en: `Case ${trackingCode} has an update for you`,
      };
}
