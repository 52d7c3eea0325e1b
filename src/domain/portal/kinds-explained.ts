/**
 * Plain-words explanations shown on the online form, so that a citizen can choose the right
 * kind without knowing the laws, and the consent text required by the Personal Data Protection
 * Law (Law 91/2025/QH15, in force from 1/1/2026).
 */
import { consentText } from '../privacy/consent.js';
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

/** Consent to personal-data processing (Law 91/2025/QH15), naming the controller: the unit the citizen chooses. */
export const CONSENT_TEXT = consentText({
  vi: 'cơ quan, đơn vị nhận đơn mà tôi chọn ở trên',
  en: 'the body receiving the petition that I chose above',
});
