import { enCampaigns } from './en-campaigns.js';
import { enPetitions } from './en-petitions.js';
import { enAdmin } from './en-admin.js';
import { enPrivacy } from './en-privacy.js';

/**
 * English translations, keyed by the Vietnamese source text. tests/web-i18n.test.ts fails
 * when a source text given to `t` or `msg` under src/web has no entry here, or an entry is unused.
 */
export const en: Record<string, string> = {
  // Campaigns, inspections, models, dialogues and reports (their own catalog)
  ...enCampaigns,
  // Administration: accounts, agencies, topics, calendar, deadline rules (their own catalog)
  ...enAdmin,
  // Personal data: data-subject requests and the breach register (their own catalog)
  ...enPrivacy,
  // Errors from the API client
  'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.':
    'Your session has expired. Please sign in again.',
  'Bạn không có quyền thực hiện thao tác này.': 'You are not allowed to do this.',
  'Không tìm thấy dữ liệu yêu cầu.': 'The requested data was not found.',
  'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.':
    'Too many requests. Please try again in a few minutes.',
  'Máy chủ đang gặp sự cố. Vui lòng thử lại sau.':
    'The server has a problem. Please try again later.',
  'Yêu cầu không hợp lệ.': 'The request is not valid.',
  'Không kết nối được với máy chủ. Kiểm tra mạng và thử lại.':
    'Cannot reach the server. Check your network and try again.',

  // Error, loading and empty states
  'Ứng dụng vừa được cập nhật. Vui lòng tải lại trang.':
    'The application has just been updated. Please reload the page.',
  'Trang này gặp lỗi ngoài dự kiến. Dữ liệu của bạn không bị ảnh hưởng.':
    'This page hit an unexpected error. Your data is not affected.',
  'Đã xảy ra lỗi': 'Something went wrong',
  'Tải lại trang': 'Reload page',
  'Về trang Tổng quan': 'Back to Overview',
  'Chi tiết kỹ thuật': 'Technical details',
  'Không tải được dữ liệu.': 'Could not load the data.',
  'mã yêu cầu': 'request ID',
  'Thử lại': 'Try again',
  'Đang tải…': 'Loading…',
  'Đang tải phiên làm việc…': 'Loading your session…',
  'Không tải được phiên làm việc': 'Could not load your session',
  'Không tìm thấy': 'Not found',
  'Không có trang nào ở địa chỉ {path}. Có thể đường dẫn đã thay đổi hoặc bạn không có quyền xem.':
    'There is no page at {path}. The link may have changed, or you may not have access to it.',

  // Login
  'Đăng nhập': 'Sign in',
  'Không đăng nhập được. Vui lòng thử lại.': 'Could not sign in. Please try again.',
  'Tiếp nhận và giải quyết đơn thư, dân vận chính quyền':
    "Citizens' petitions and mass mobilisation in government",
  'Bạn đã đăng xuất.': 'You have signed out.',
  'Máy chủ chưa xác nhận đăng xuất. Hãy đóng trình duyệt nếu đây là máy dùng chung.':
    'The server did not confirm the sign-out. Close the browser if this is a shared computer.',
  'Tên đăng nhập': 'Username',
  'Vui lòng nhập tên đăng nhập.': 'Please enter your username.',
  'Mật khẩu': 'Password',
  'Vui lòng nhập mật khẩu.': 'Please enter your password.',
  'Dữ liệu mẫu': 'Sample data',
  'Hệ thống đang chạy với dữ liệu mẫu để trình diễn. Tên đăng nhập và mật khẩu được in ra khi máy chủ khởi động.':
    'This system runs on sample data for demonstration. The username and password are printed when the server starts.',
  'Dành cho cán bộ, công chức được cấp tài khoản.': 'For officials who have been given an account.',

  // Workspace frame
  'Ngôn ngữ': 'Language',
  'Điều hướng chính': 'Main navigation',
  'Đăng xuất': 'Sign out',
  'Tài khoản:': 'Account:',
  'Danh mục chức năng': 'Menu',
  'Mở rộng menu': 'Expand menu',
  'Thu gọn menu': 'Collapse menu',
  'Dân Vận – trang Tổng quan': 'Dân Vận – Overview',
  'Đơn vị của bạn': 'Your unit',
  'Bỏ qua đến nội dung chính': 'Skip to main content',
  'Tổng quan': 'Overview',
  'Hàng đợi của tôi': 'My queue',
  'Tiếp nhận đơn': 'Intake desk',
  'Sổ tiếp công dân': 'Reception register',
  'Tra cứu đơn': 'Petitions',
  'Báo cáo': 'Reports',
  'Chiến dịch & kiểm tra': 'Campaigns & inspections',
  'Quản trị': 'Administration',

  // Overview
  'Xin chào, {name}': 'Hello, {name}',
  'Hôm nay là {date}.': 'Today is {date}.',
  'Tài khoản của bạn': 'Your account',
  'Họ và tên': 'Full name',
  'Vai trò': 'Role',
  'Đơn vị': 'Unit',
  Cấp: 'Level',
  'Thời kỳ': 'Period',
  'Mọi thời kỳ': 'All periods',
  'Đang hiệu lực': 'In force',
  'Các đơn vị trong phạm vi của bạn, kể cả đơn vị đã sáp nhập hoặc giải thể, với thời gian hiệu lực và đơn vị kế thừa.':
    'Units within your scope, including merged or dissolved ones, with their validity and successor units.',
  'Chưa có đơn vị nào trong phạm vi của bạn.': 'There are no units within your scope yet.',
  'Cây đơn vị hành chính': 'Administrative unit tree',

  // Administrative units
  'Đơn vị hành chính': 'Administrative units',
  Mã: 'Code',
  'Tên đơn vị': 'Unit name',
  'Trực thuộc': 'Parent unit',
  'Hiệu lực từ': 'Valid from',
  'Hiệu lực đến': 'Valid to',
  'Kế thừa bởi': 'Succeeded by',
  'Danh mục đơn vị trong phạm vi của bạn theo từng thời điểm, sau các đợt sắp xếp, sáp nhập.':
    'Units within your scope as they stood on any given day, across reorganisations and mergers.',
  'Tại ngày': 'On date',
  'Hôm nay': 'Today',
  'Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.': 'Invalid date; type it as dd/mm/yyyy.',
  'Nhập dd/mm/yyyy rồi nhấn Enter.': 'Type dd/mm/yyyy and press Enter.',
  'Không có đơn vị nào có hiệu lực tại ngày này.': 'No unit was in force on this date.',
  'từ {date}': 'from {date}',
  'đến {date}': 'until {date}',
  'Hiệu lực': 'Valid',
  'Hết hiệu lực': 'No longer in force',
  Mẫu: 'Sample',
  'Toàn hệ thống': 'Whole system',
  'Trung ương': 'Central',
  'Cấp tỉnh': 'Province',
  'Cấp huyện': 'District',
  'Cấp xã': 'Commune',

  // Petitions: queue, search, intake desk, case file, register, unit overview, notifications
  ...enPetitions,
};
