/**
 * Plain-words explanations shown on the online form, so that a citizen can choose the right
 * kind without knowing the laws, and the consent text required by the Personal Data Protection
 * Law (Law 91/2025/QH15, in force from 1/1/2026).
 */
import type { PetitionKind } from '../petition/kinds.js';

export const KIND_EXPLANATIONS: Readonly<Record<PetitionKind, { vi: string; en: string }>> = {
  complaint: {
    vi: 'Bạn không đồng ý với một quyết định hoặc việc làm của cơ quan, cán bộ nhà nước ảnh hưởng trực tiếp đến quyền lợi của bạn và muốn được xem xét lại.',
    en: 'You disagree with a decision or act of a state body or official that directly affects your rights and want it reviewed.',
  },
  denunciation: {
    vi: 'Bạn báo cho cơ quan có thẩm quyền biết hành vi vi phạm pháp luật của cán bộ, cơ quan, tổ chức hoặc cá nhân gây thiệt hại cho Nhà nước hoặc người khác.',
    en: 'You report an unlawful act by an official, body, organisation or person that harms the State or others.',
  },
  recommendation: {
    vi: 'Bạn đề xuất một ý kiến, sáng kiến để cơ quan nhà nước làm tốt hơn một việc chung.',
    en: 'You propose an idea or initiative for the authorities to do something of common interest better.',
  },
  feedback: {
    vi: 'Bạn báo cho chính quyền biết một sự việc cần xử lý: đèn đường hỏng, rác thải, ngập nước, đường xuống cấp…',
    en: 'You tell the authorities about something that needs fixing: a broken street light, rubbish, flooding, a damaged road…',
  },
};

/** Why a denouncer must give their identity and how it is protected (Law on Denunciations 2018 Art. 47). */
export const DENUNCIATION_IDENTITY_NOTICE = {
  vi: 'Người tố cáo phải ghi rõ họ tên và địa chỉ (hoặc số định danh cá nhân) — đơn tố cáo nặc danh không được thụ lý theo Luật Tố cáo 2018. Thông tin của bạn được giữ bí mật theo Điều 47: lưu tách riêng như bí mật nhà nước, chỉ người có thẩm quyền được phân quyền mới xem được, và mọi lần xem đều được ghi nhật ký. Trang tra cứu công khai không bao giờ hiển thị danh tính người tố cáo.',
  en: 'A denouncer must give their full name and address (or personal identity number) — anonymous denunciations are not accepted under the Law on Denunciations 2018. Your identity is kept secret under Art. 47: stored apart as a state secret, visible only to officials explicitly authorised, and every access is logged. The public tracking page never shows a denouncer’s identity.',
};

/** Consent to personal-data processing (Law 91/2025/QH15). */
export const CONSENT_TEXT = {
  vi: 'Tôi đồng ý để cơ quan nhà nước xử lý dữ liệu cá nhân tôi cung cấp (họ tên, địa chỉ, số điện thoại, thư điện tử, số định danh, tệp đính kèm) chỉ nhằm tiếp nhận, xử lý, giải quyết và trả lời đơn này, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Tôi được quyền xem, yêu cầu chỉnh sửa, xóa hoặc hạn chế xử lý dữ liệu của mình trong phạm vi pháp luật cho phép; dữ liệu không được dùng cho mục đích khác và không hiển thị trên trang công khai.',
  en: 'I consent to the state body processing the personal data I provide (name, address, phone, e-mail, identity number, attachments) solely to receive, handle, resolve and answer this petition, under the Personal Data Protection Law No. 91/2025/QH15. I may view, correct, delete or restrict the processing of my data as the law allows; it is not used for any other purpose and never appears on public pages.',
};
