/**
 * What each timeline entry says to a person: every event code written to a case's timeline has a
 * Vietnamese and English label here (past tense, as a register records it); no raw code reaches a
 * screen. Unknown codes (written by a newer version) read "Cập nhật hồ sơ".
 */
import { PETITION_ACTIONS, type PetitionAction } from './lifecycle-table.js';
import type { Label } from './types.js';

const ACTION_EVENT_LABELS: Readonly<Record<PetitionAction, Label>> = {
  process_accept: { vi: 'Thụ lý đơn', en: 'Petition accepted' },
  process_return: { vi: 'Trả lại đơn và hướng dẫn', en: 'Returned with guidance' },
  process_forward: {
    vi: 'Chuyển đơn đến cơ quan có thẩm quyền',
    en: 'Forwarded to the competent body',
  },
  process_urge: { vi: 'Đôn đốc cơ quan đang giải quyết', en: 'Urged the body handling it' },
  process_file: { vi: 'Lưu đơn', en: 'Filed' },
  record_forward_reply: {
    vi: 'Ghi nhận trả lời của cơ quan nhận đơn',
    en: 'Reply to the forwarding recorded',
  },
  assign: { vi: 'Giao xác minh, giải quyết', en: 'Assigned for verification' },
  decline_assignment: { vi: 'Cán bộ từ chối nhận giao', en: 'Assignment declined' },
  reassign: { vi: 'Giao lại cho cán bộ khác', en: 'Reassigned' },
  start_verification: { vi: 'Bắt đầu xác minh', en: 'Verification started' },
  add_verification_note: { vi: 'Ghi nhận kết quả xác minh', en: 'Verification note added' },
  hold_dialogue: { vi: 'Tổ chức đối thoại', en: 'Dialogue held' },
  decide: { vi: 'Ban hành quyết định, kết luận, văn bản trả lời', en: 'Decision / answer issued' },
  publish: { vi: 'Công khai quyết định, kết luận', en: 'Decision published' },
  organise_enforcement: { vi: 'Tổ chức thi hành', en: 'Enforcement organised' },
  close: { vi: 'Kết thúc hồ sơ', en: 'Case closed' },
  extend: { vi: 'Gia hạn giải quyết', en: 'Deadline extended' },
  suspend: { vi: 'Tạm đình chỉ giải quyết', en: 'Suspended' },
  resume: { vi: 'Tiếp tục giải quyết', en: 'Resumed' },
  withdraw: { vi: 'Người gửi rút toàn bộ đơn', en: 'Petition withdrawn' },
  withdraw_partly: { vi: 'Người gửi rút một phần nội dung', en: 'Partly withdrawn' },
  terminate: { vi: 'Đình chỉ giải quyết', en: 'Resolution terminated' },
  open_second_complaint: { vi: 'Mở hồ sơ khiếu nại lần hai', en: 'Second complaint opened' },
  record_sending: {
    vi: 'Đã gửi văn bản cho người gửi đơn và cơ quan liên quan',
    en: 'Document sent to the petitioner and bodies concerned',
  },
  submit_draft: {
    vi: 'Trình ký dự thảo trả lời / quyết định',
    en: 'Draft submitted for signature',
  },
  approve_draft: { vi: 'Thủ trưởng ký duyệt, ban hành', en: 'Draft approved and issued' },
  return_draft: {
    vi: 'Thủ trưởng trả lại dự thảo kèm ý kiến',
    en: 'Draft returned with a comment',
  },
  reopen: {
    vi: 'Mở lại hồ sơ theo yêu cầu xem xét lại',
    en: 'Case reopened at the petitioner’s request',
  },
  refuse_reopen: {
    vi: 'Từ chối yêu cầu xem xét lại (có nêu lý do)',
    en: 'Re-open request refused (with a reason)',
  },
  receive_further_denunciation: {
    vi: 'Cấp trên tiếp nhận tố cáo tiếp',
    en: 'Further denunciation received by the superior',
  },
  conclude_further_review: {
    vi: 'Cấp trên kết luận việc xem xét tố cáo tiếp',
    en: 'Superior concluded the review of the further denunciation',
  },
  request_overdue_report: {
    vi: 'Cấp trên yêu cầu báo cáo về tố cáo quá hạn',
    en: 'Superior requested a report on the overdue denunciation',
  },
  record_overdue_report: {
    vi: 'Cấp trên nhận báo cáo và chỉ đạo giải quyết tố cáo quá hạn',
    en: 'Superior received the report and directed the overdue resolution',
  },
};

/** Events written outside the lifecycle actions (receipt, citizens, drafts, re-open decisions). */
const OTHER_EVENT_LABELS: Readonly<Record<string, Label>> = {
  submit: { vi: 'Tiếp nhận đơn', en: 'Petition received' },
  imported: {
    vi: 'Nhập từ sổ theo dõi cũ (kết quả giải quyết ghi trong sổ)',
    en: 'Imported from a legacy register (outcome as recorded there)',
  },
  citizen_rated: { vi: 'Người gửi đơn đánh giá kết quả', en: 'The petitioner rated the answer' },
  reopen_requested: {
    vi: 'Người gửi đơn yêu cầu xem xét lại',
    en: 'The petitioner asked for a re-opening',
  },
};

/** Every code with a label (tests check the lifecycle's actions are all here). */
export const TIMELINE_LABELS: Readonly<Record<string, Label>> = {
  ...ACTION_EVENT_LABELS,
  ...OTHER_EVENT_LABELS,
};

/** The label of a timeline event code; never the raw code. */
export function timelineLabel(code: string): Label {
  return TIMELINE_LABELS[code] ?? { vi: 'Cập nhật hồ sơ', en: 'Case updated' };
}

/** The lifecycle actions that lack a timeline label (empty when complete). */
export function unlabelledActions(): string[] {
  return PETITION_ACTIONS.filter((a) => !(a in TIMELINE_LABELS));
}
