import type { Localized } from '../../i18n/language';
import { msg } from '../../i18n/translate';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'date'
  | 'days'
  | 'assignee'
  | 'result'
  | 'fileReason'
  | 'method'
  | 'list'
  | 'document';

export interface ActionField {
  name: string;
  type: FieldType;
  label: Localized;
  required?: boolean;
}

const note: ActionField = { name: 'note', type: 'textarea', label: msg('Ghi chú') };
const reason = (required = true): ActionField => ({
  name: 'reason',
  type: 'textarea',
  label: msg('Lý do'),
  required,
});

/** The input each lifecycle action asks for (src/domain/petition/lifecycle-inputs.ts). */
export const actionFields: Record<string, ActionField[]> = {
  process_accept: [note],
  process_return: [
    { name: 'guidance', type: 'textarea', label: msg('Hướng dẫn công dân'), required: true },
    { name: 'competentBody', type: 'text', label: msg('Cơ quan có thẩm quyền giải quyết') },
  ],
  process_forward: [
    { name: 'toBody', type: 'text', label: msg('Chuyển đến cơ quan'), required: true },
    note,
  ],
  process_urge: [
    { name: 'handlingBody', type: 'text', label: msg('Cơ quan đang giải quyết'), required: true },
    note,
  ],
  process_file: [
    { name: 'reason', type: 'fileReason', label: msg('Lý do lưu đơn'), required: true },
    note,
  ],
  record_forward_reply: [
    { name: 'repliedOn', type: 'date', label: msg('Ngày cơ quan trả lời'), required: true },
    { name: 'summary', type: 'textarea', label: msg('Tóm tắt trả lời'), required: true },
  ],
  assign: [{ name: 'assigneeId', type: 'assignee', label: msg('Giao cho'), required: true }, note],
  decline_assignment: [reason()],
  reassign: [
    { name: 'assigneeId', type: 'assignee', label: msg('Giao cho'), required: true },
    reason(),
  ],
  start_verification: [note],
  add_verification_note: [
    { name: 'note', type: 'textarea', label: msg('Kết quả xác minh'), required: true },
  ],
  hold_dialogue: [
    { name: 'heldOn', type: 'date', label: msg('Ngày đối thoại'), required: true },
    { name: 'minutes', type: 'textarea', label: msg('Biên bản đối thoại'), required: true },
    {
      name: 'participants',
      type: 'list',
      label: msg('Thành phần tham dự (phân cách bằng dấu phẩy)'),
    },
  ],
  decide: [
    { name: 'result', type: 'result', label: msg('Kết quả giải quyết'), required: true },
    {
      name: 'summary',
      type: 'textarea',
      label: msg('Tóm tắt quyết định, kết luận'),
      required: true,
    },
    { name: 'documentNumber', type: 'text', label: msg('Số văn bản') },
  ],
  publish: [
    { name: 'method', type: 'method', label: msg('Hình thức công khai'), required: true },
    note,
  ],
  organise_enforcement: [
    { name: 'note', type: 'textarea', label: msg('Nội dung tổ chức thi hành'), required: true },
  ],
  close: [note],
  extend: [{ name: 'days', type: 'days', label: msg('Số ngày gia hạn'), required: true }, reason()],
  suspend: [reason()],
  resume: [note],
  withdraw: [reason(false)],
  withdraw_partly: [
    { name: 'withdrawnContent', type: 'textarea', label: msg('Nội dung rút'), required: true },
  ],
  terminate: [reason()],
  open_second_complaint: [
    {
      name: 'lodgedOn',
      type: 'date',
      label: msg('Ngày nộp đơn khiếu nại lần hai'),
      required: true,
    },
    { name: 'firstDecisionReceivedOn', type: 'date', label: msg('Ngày nhận quyết định lần đầu') },
  ],
  record_sending: [
    { name: 'document', type: 'document', label: msg('Văn bản đã gửi'), required: true },
    { name: 'sentOn', type: 'date', label: msg('Ngày gửi'), required: true },
    { name: 'recipients', type: 'text', label: msg('Nơi nhận') },
  ],
};

/** Actions that stop or narrow a case: shown apart, in red, so they are not clicked by habit. */
export const cautiousActions = new Set([
  'process_file',
  'process_return',
  'withdraw',
  'withdraw_partly',
  'terminate',
  'suspend',
  'decline_assignment',
]);
/** Actions beside the main flow (not the "next step"). */
export const sideActions = new Set([
  ...cautiousActions,
  'extend',
  'reassign',
  'process_forward',
  'process_urge',
]);
