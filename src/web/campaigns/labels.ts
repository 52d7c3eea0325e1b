import type { Localized } from '../i18n/language';
import { msg } from '../i18n/translate';
import type {
  AutoSource,
  AwardLevel,
  DialogueAction,
  FindingAction,
  ModelAction,
  ModelField,
  ReportAction,
  TimeOfDay,
} from './types';

/**
 * Labels of the actions the screens offer. Statuses come labelled from the server; actions
 * come as bare codes in `allowedActions`, so their button texts live here.
 */
export const reportActionLabels: Record<ReportAction, Localized> = {
  save: msg('Lưu nội dung'),
  submit: msg('Gửi báo cáo'),
  return: msg('Trả lại để bổ sung'),
  sign_off: msg('Ký duyệt'),
};

export const findingActionLabels: Record<FindingAction, Localized> = {
  answer: msg('Giải trình'),
  accept: msg('Chấp nhận giải trình'),
  return: msg('Yêu cầu giải trình lại'),
  start: msg('Bắt đầu thực hiện'),
  progress: msg('Cập nhật tiến độ'),
  complete: msg('Đánh dấu hoàn thành'),
  verify: msg('Xác nhận đã hoàn thành'),
  reopen: msg('Chưa đạt, yêu cầu tiếp tục'),
};

export const modelActionLabels: Record<ModelAction, Localized> = {
  survey: msg('Khảo sát'),
  recognise: msg('Công nhận'),
  replicate: msg('Nhân rộng'),
  commend: msg('Khen thưởng'),
};

export const dialogueActionLabels: Record<DialogueAction, Localized> = {
  announce: msg('Thông báo'),
  hold: msg('Ghi nhận đã tổ chức'),
  publish_results: msg('Công khai kết quả'),
  cancel: msg('Hủy hội nghị'),
};

export const modelFieldLabels: Record<ModelField, Localized> = {
  economy: msg('Kinh tế'),
  culture_society: msg('Văn hóa - xã hội'),
  defence_security: msg('Quốc phòng - an ninh'),
  political_system: msg('Xây dựng hệ thống chính trị'),
};

export const awardLevelLabels: Record<AwardLevel, Localized> = {
  central: msg('Trung ương'),
  province: msg('Cấp tỉnh'),
  district: msg('Cấp huyện'),
  commune: msg('Cấp xã'),
};

export const timeOfDayLabels: Record<TimeOfDay, Localized> = {
  morning: msg('Buổi sáng'),
  afternoon: msg('Buổi chiều'),
  evening: msg('Buổi tối'),
  full_day: msg('Cả ngày'),
};

type Tone = 'new' | 'work' | 'done' | 'warn' | 'final';

/** Groups statuses by colour; the label always says the status in words. */
export const statusTone: Record<string, Tone> = {
  draft: 'new',
  submitted: 'work',
  returned: 'warn',
  signed_off: 'done',
  noted: 'final',
  open: 'new',
  answered: 'work',
  accepted: 'done',
  in_progress: 'work',
  done: 'done',
  registered: 'new',
  surveyed: 'work',
  recognised: 'done',
  replicated: 'done',
  commended: 'done',
  planned: 'new',
  announced: 'work',
  held: 'work',
  results_published: 'done',
  cancelled: 'final',
};

/** Where an automatic indicator comes from (the API sends only the source code). */
export const autoSourceLabels: Record<AutoSource, Localized> = {
  petitions_received: msg('Tự động: số đơn thư tiếp nhận trong hệ thống'),
  petitions_resolved: msg('Tự động: số đơn thư đã giải quyết trong hệ thống'),
  petitions_in_progress: msg('Tự động: số đơn thư đang xác minh, giải quyết'),
  models_registered: msg('Tự động: số mô hình "Dân vận khéo" đã đăng ký'),
  dialogues_held: msg('Tự động: số hội nghị đối thoại đã tổ chức'),
};

export const isAutoSource = (source: string): source is AutoSource =>
  Object.hasOwn(autoSourceLabels, source);

/** What an automatic indicator counts, in words (the code itself when unknown). */
export const autoSourceLabel = (source: string): Localized =>
  isAutoSource(source) ? autoSourceLabels[source] : { vi: source, en: source };
