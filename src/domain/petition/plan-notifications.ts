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
  // To the head of the unit that resolved a denunciation: the superior's part (Law on
  // Denunciations 2018 Art. 37-38). The superior's own turn is announced by the hand-off.
  further_denunciation_received: (code) => ({
    vi: `Tố cáo ${code}: cấp trên đã tiếp nhận tố cáo tiếp (Luật Tố cáo 2018, Điều 37, 38)`,
    en: `Denunciation ${code}: the superior received a further denunciation (Law on Denunciations 2018 Art. 37, 38)`,
  }),
  further_review_upheld: (code) => ({
    vi: `Tố cáo ${code}: cấp trên giữ nguyên kết luận sau khi xem xét tố cáo tiếp (Điều 37)`,
    en: `Denunciation ${code}: the superior upheld the conclusion on the further denunciation (Art. 37)`,
  }),
  further_review_resolve_again: (code) => ({
    vi: `Tố cáo ${code}: cấp trên yêu cầu giải quyết lại sau khi xem xét tố cáo tiếp (Điều 37)`,
    en: `Denunciation ${code}: the superior ordered it resolved again on the further denunciation (Art. 37)`,
  }),
  overdue_report_requested: (code) => ({
    vi: `Tố cáo ${code}: cấp trên yêu cầu báo cáo tiến độ, lý do chậm giải quyết (Điều 38)`,
    en: `Denunciation ${code}: the superior asks for a report on progress and the delay (Art. 38)`,
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
