/**
 * The consent text a citizen accepts with an online petition (Law 91/2025/QH15 Art. 9: valid
 * only when the person knows the data, the purpose, the controller and their rights). The text
 * is versioned: the version accepted is stored with the petition, with the time and the channel.
 */
import type { Label } from '../petition/types.js';

/** Version of {@link consentText}; bump it whenever the wording changes. */
export const CONSENT_TEXT_VERSION = 'pdp-2026-12-01';

/** The consent text naming the controller (the unit receiving the petition) and the subject's rights. */
export function consentText(controller: Label): Label {
  return {
    vi:
      `Tôi đồng ý để ${controller.vi} (bên kiểm soát dữ liệu cá nhân) xử lý dữ liệu cá nhân tôi cung cấp (họ tên, địa chỉ, số điện thoại, thư điện tử, số định danh, tệp đính kèm) ` +
      'chỉ nhằm tiếp nhận, xử lý, giải quyết và trả lời đơn này, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. ' +
      'Tôi có quyền: xem và nhận bản sao dữ liệu; yêu cầu chỉnh sửa; yêu cầu xóa trong phạm vi pháp luật cho phép (hồ sơ giải quyết đơn được lưu trữ theo Luật Lưu trữ); ' +
      'rút lại sự đồng ý; phản đối hoặc yêu cầu hạn chế xử lý. Cách thực hiện: trên Cổng, mục "Yêu cầu về dữ liệu cá nhân", nhập mã tra cứu đơn và số điện thoại hoặc thư điện tử đã khai; ' +
      'hoặc tại Bộ phận tiếp công dân của đơn vị. Dữ liệu không dùng cho mục đích khác và không hiển thị trên trang công khai.',
    en:
      `I consent to ${controller.en} (the personal-data controller) processing the personal data I provide (name, address, phone, e-mail, identity number, attachments) ` +
      'solely to receive, handle, resolve and answer this petition, under the Personal Data Protection Law No. 91/2025/QH15. ' +
      'My rights: to see and get a copy of my data; to have it corrected; to have it erased as far as the law allows (petition files are kept under the Law on Archives); ' +
      'to withdraw my consent; to object to or restrict processing. How: on the portal, "Personal-data requests", with the tracking code and the phone or e-mail I gave; ' +
      'or at the unit’s citizen reception desk. The data is used for nothing else and never appears on public pages.',
  };
}
