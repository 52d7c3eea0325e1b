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
  | 'document'
  | 'choice'
  | 'choices'
  | 'check';

export interface ActionField {
  name: string;
  type: FieldType;
  label: Localized;
  required?: boolean;
  /** The values of a `choice` / `choices` field, as the API takes them. */
  options?: readonly { value: string; label: Localized }[];
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
    { name: 'complainantAbsent', type: 'check', label: msg('Người khiếu nại vắng mặt') },
    {
      name: 'absenceWithGoodReason',
      type: 'check',
      label: msg('Vắng mặt có lý do chính đáng (tổ chức lại đối thoại)'),
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
  extend: [
    { name: 'days', type: 'days', label: msg('Số ngày gia hạn'), required: true },
    reason(),
    {
      name: 'complexityCriteria',
      type: 'choices',
      label: msg('Tiêu chí vụ việc phức tạp (bắt buộc với khiếu nại nhận từ 01/07/2026)'),
      options: [
        { value: 'many_people', label: msg('Nhiều người khiếu nại') },
        { value: 'many_agencies', label: msg('Liên quan đến nhiều cơ quan, tổ chức') },
        { value: 'expert_assessment', label: msg('Cần trưng cầu giám định') },
        {
          value: 'contradictory_evidence',
          label: msg('Chứng cứ mâu thuẫn, cần xác minh nhiều nơi'),
        },
        { value: 'large_value_or_area', label: msg('Giá trị tài sản, diện tích đất lớn') },
        { value: 'other', label: msg('Tiêu chí khác') },
      ],
    },
  ],
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
  submit_draft: [
    { name: 'result', type: 'result', label: msg('Kết quả giải quyết'), required: true },
    {
      name: 'summary',
      type: 'textarea',
      label: msg('Dự thảo nội dung trả lời, quyết định'),
      required: true,
    },
    { name: 'documentNumber', type: 'text', label: msg('Số văn bản') },
  ],
  approve_draft: [
    { name: 'result', type: 'result', label: msg('Kết quả giải quyết'), required: true },
    {
      name: 'summary',
      type: 'textarea',
      label: msg('Nội dung trả lời, quyết định (có thể sửa trước khi ký)'),
      required: true,
    },
    { name: 'documentNumber', type: 'text', label: msg('Số văn bản') },
  ],
  return_draft: [
    {
      name: 'comment',
      type: 'textarea',
      label: msg('Ý kiến chỉ đạo, nội dung cần sửa'),
      required: true,
    },
  ],
  reopen: [{ name: 'note', type: 'textarea', label: msg('Nội dung cần giải quyết tiếp') }],
  refuse_reopen: [
    {
      name: 'reason',
      type: 'textarea',
      label: msg('Lý do từ chối (người gửi đơn đọc được khi tra cứu)'),
      required: true,
    },
  ],
  record_sending: [
    { name: 'document', type: 'document', label: msg('Văn bản đã gửi'), required: true },
    { name: 'sentOn', type: 'date', label: msg('Ngày gửi'), required: true },
    { name: 'recipients', type: 'text', label: msg('Nơi nhận') },
  ],
  receive_further_denunciation: [
    {
      name: 'receivedOn',
      type: 'date',
      label: msg('Ngày cấp trên nhận tố cáo tiếp'),
      required: true,
    },
    {
      name: 'grounds',
      type: 'choice',
      label: msg('Căn cứ tố cáo tiếp'),
      required: true,
      options: [
        {
          value: 'unlawful_resolution',
          label: msg('Việc giải quyết tố cáo không đúng pháp luật (Điều 37)'),
        },
        {
          value: 'overdue',
          label: msg('Quá thời hạn mà tố cáo chưa được giải quyết (Điều 38)'),
        },
      ],
    },
    { name: 'content', type: 'textarea', label: msg('Nội dung tố cáo tiếp'), required: true },
  ],
  conclude_further_review: [
    {
      name: 'outcome',
      type: 'choice',
      label: msg('Kết quả xem xét'),
      required: true,
      options: [
        { value: 'upheld', label: msg('Giữ nguyên kết luận (giải quyết đúng pháp luật)') },
        { value: 'resolve_again', label: msg('Giải quyết lại tố cáo') },
      ],
    },
    { name: 'summary', type: 'textarea', label: msg('Nội dung kết quả xem xét'), required: true },
    { name: 'documentNumber', type: 'text', label: msg('Số văn bản') },
  ],
  request_overdue_report: [
    { name: 'requestedOn', type: 'date', label: msg('Ngày yêu cầu báo cáo'), required: true },
    note,
  ],
  record_overdue_report: [
    { name: 'reportedOn', type: 'date', label: msg('Ngày nhận báo cáo'), required: true },
    { name: 'delayReason', type: 'textarea', label: msg('Lý do chậm giải quyết'), required: true },
    {
      name: 'direction',
      type: 'choice',
      label: msg('Chỉ đạo của cấp trên'),
      required: true,
      options: [
        { value: 'direct_resolver', label: msg('Chỉ đạo người giải quyết tố cáo giải quyết') },
        { value: 'take_over', label: msg('Cấp trên trực tiếp giải quyết') },
      ],
    },
    { name: 'directive', type: 'textarea', label: msg('Nội dung chỉ đạo'), required: true },
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
  'return_draft',
  'refuse_reopen',
]);
/** Actions beside the main flow (not the "next step"). */
export const sideActions = new Set([
  ...cautiousActions,
  'extend',
  'reassign',
  'process_forward',
  'process_urge',
]);

/** The lifecycle action that carries out each next step, to offer it first. */
export const nextStepActions: Record<string, readonly string[]> = {
  process: ['process_accept'],
  record_forward_reply: ['record_forward_reply'],
  assign: ['assign'],
  start_verification: ['start_verification'],
  prepare_answer: ['submit_draft', 'decide'],
  record_sending: ['record_sending'],
  approve_draft: ['approve_draft'],
  publish: ['publish'],
  organise_enforcement: ['organise_enforcement'],
  close: ['close'],
  resume: ['resume'],
  decide_reopen: ['reopen'],
  review_further_denunciation: ['conclude_further_review'],
  request_overdue_report: ['request_overdue_report'],
  direct_overdue_resolution: ['record_overdue_report'],
};

/**
 * Values a form starts with: the head signs the draft that waits (and may amend it); a handler
 * whose draft came back starts from it.
 */
export function initialValues(
  action: string,
  drafts: readonly { state: string; payload: Record<string, unknown> }[],
): Record<string, unknown> {
  const from = (state: string) => {
    const d = drafts.find((x) => x.state === state);
    if (!d) return {};
    const { result, summary, documentNumber } = d.payload;
    return Object.fromEntries(
      Object.entries({ result, summary, documentNumber }).filter(([, v]) => typeof v === 'string'),
    );
  };
  if (action === 'approve_draft') return from('submitted');
  if (action === 'submit_draft' && drafts[0]?.state === 'returned') return from('returned');
  return {};
}
