/**
 * English for the Administration screens (src/web/admin): accounts and roles, agencies, topics,
 * working calendar and deadline rules; keyed by the Vietnamese source text, merged in en.ts.
 */
export const enAdmin: Record<string, string> = {
  // A unit's workflow (issue 13)
  'Quy trình của đơn vị': "Unit's workflow",
  'Ai ban hành văn bản trả lời: mặc định cán bộ xử lý soạn dự thảo và trình thủ trưởng ký duyệt. Mọi thay đổi được ghi nhật ký.':
    'Who issues answers: by default the handling officer drafts and submits them to the head for signature. Every change is audited.',
  'Chọn đơn vị': 'Choose a unit',
  'Cán bộ xử lý tự ban hành văn bản trả lời kiến nghị, phản ánh (không cần trình ký)':
    'Handling officers issue answers to recommendations and feedback themselves (no signature by the head)',
  'Khiếu nại và tố cáo luôn phải trình thủ trưởng ký duyệt, dù bật cài đặt này.':
    'Complaints and denunciations always go to the head for signature, even with this setting on.',
  'Chỉ quản trị hệ thống hoặc thủ trưởng của đơn vị được thay đổi.':
    "Only an administrator or the unit's own head may change this.",
  'Thay đổi lần cuối': 'Last changed',
  'Chưa thay đổi (mặc định)': 'Never changed (default)',
  // Notification delivery states (issue 13)
  'Tình trạng gửi thông báo': 'Notification deliveries',
  'Thư điện tử, SMS và Zalo gửi cho cán bộ và người dân: trạng thái, số lần thử, lần thử tiếp theo và lỗi gần nhất. Không hiển thị địa chỉ nhận và nội dung thư.':
    'E-mail, SMS and Zalo messages to officials and citizens: state, attempts, next attempt and last error. Addresses and message texts are not shown.',
  'Đã đưa thư vào hàng đợi gửi lại.': 'The message is queued to be sent again.',
  'Không gửi lại được.': 'Could not send it again.',
  'Tạo lúc': 'Created',
  'Loại thông báo': 'Notification type',
  Kênh: 'Channel',
  'Người nhận': 'Recipient',
  'Cán bộ': 'Official',
  'Số lần thử': 'Attempts',
  'Lần thử tiếp theo': 'Next attempt',
  'Lỗi gần nhất': 'Last error',
  'Gửi lại': 'Send again',
  'Tất cả trạng thái': 'All states',
  'Chưa có thư nào.': 'No messages yet.',
  'Đang chờ gửi': 'Waiting',
  'Đang gửi': 'Sending',
  'Đã gửi': 'Sent',
  'Chỉ lưu (chưa cấu hình kênh gửi)': 'Recorded only (no gateway configured)',
  'Gửi không thành công': 'Failed',
  'Không có địa chỉ nhận': 'No address',
  // Legacy register import
  'Nhập sổ theo dõi đơn thư cũ': 'Import a legacy register',
  'Nhập sổ tiếp công dân, sổ theo dõi đơn thư đang lưu bằng Excel (.xlsx) hoặc CSV. Xem trước không ghi gì; khi xác nhận, hoặc nhập hết các dòng, hoặc không nhập dòng nào. Dòng đã nhập trước đây được bỏ qua.':
    'Import a reception book or letters register kept in Excel (.xlsx) or CSV. The preview writes nothing; a confirm imports every row or none. Rows imported before are skipped.',
  'Tệp sổ theo dõi (.xlsx, .csv)': 'Register file (.xlsx, .csv)',
  'Mã đơn vị': 'Unit code',
  'Xem trước': 'Preview',
  'Xác nhận nhập {n} hồ sơ': 'Confirm: import {n} cases',
  'Đã nhập {n} hồ sơ từ {file}.': 'Imported {n} cases from {file}.',
  'Có {n} dòng lỗi: sửa các dòng này trong tệp rồi xem trước lại. Chưa dòng nào được nhập.':
    '{n} rows have errors: fix them in the file and preview again. Nothing has been imported.',
  'Số dòng đọc được': 'Rows read',
  'Sẽ thêm': 'Would add',
  'Đã thêm': 'Added',
  'Đã nhập trước đây': 'Imported before',
  'Bỏ qua (đã nhập trước đây)': 'Skipped (imported before)',
  'Dòng có lỗi': 'Rows with errors',
  'Có lỗi': 'Error',
  'Cột nhận ra': 'Columns recognised',
  Dòng: 'Row',
  'Ngày nhận': 'Received',
  'Người gửi': 'Petitioner',
  'Danh tính được giữ bí mật': 'Identity sealed',
  'Kết quả sau khi nhập': 'After import',
  'hạn xử lý {date}': 'processing due {date}',
  // Menu and shared
  'Truy cập danh tính người tố cáo': 'Sealed identity accesses',
  'Nhật ký truy cập danh tính người tố cáo': 'Sealed identity access log',
  'Mọi lần xem (được phép hoặc bị từ chối) và mọi lần khớp danh tính khi kiểm tra đơn trùng. Không hiển thị danh tính.':
    'Every reveal (allowed or refused) and every identity match in a duplicate check. The identity itself is never shown.',
  'Được xem': 'Allowed',
  'Bị từ chối': 'Refused',
  'Khớp khi kiểm tra trùng': 'Matched in a duplicate check',
  'Tất cả kết quả': 'All outcomes',
  'Chưa có lần truy cập nào.': 'No access yet.',
  'Thời điểm': 'When',
  'Mã hồ sơ': 'Tracking code',
  'Người truy cập': 'Who',
  'Mục đích': 'Purpose',
  'Kết quả': 'Outcome',
  'Tài khoản và vai trò': 'Accounts and roles',
  'Danh mục lĩnh vực': 'Topic taxonomy',
  'Lịch làm việc': 'Working calendar',
  'Quy định thời hạn': 'Deadline rules',
  'Bắt buộc nhập.': 'Required.',
  Sửa: 'Edit',
  'Tên tiếng Việt': 'Vietnamese name',
  'Tên tiếng Anh': 'English name',
  'Phải ghi căn cứ pháp lý.': 'The legal source is required.',
  'Mật khẩu tạm thời': 'Temporary password',
  'Đã ghi lại': 'I have noted it',
  'Mật khẩu của tài khoản {username} chỉ hiện một lần. Hãy trao tận tay người dùng và đề nghị đổi ngay.':
    'The password of {username} is shown only once. Hand it to the user in person and ask them to change it at once.',
  'Đã lưu và tính lại thời hạn': 'Saved; deadlines recomputed',
  'Đã xét {scanned} thời hạn đang mở, viết lại {rewritten}, dời ngày {moved} (thuộc {cases} hồ sơ).':
    'Checked {scanned} open deadlines, rewrote {rewritten}, moved {moved} (in {cases} cases).',

  // Accounts and roles
  'Tạo, sửa, khóa tài khoản cán bộ và đặt lại mật khẩu. Mọi thay đổi đều được ghi nhật ký.':
    "Create, edit and disable officials' accounts and reset passwords. Every change is audited.",
  'Tạo tài khoản': 'Create account',
  'Tìm theo tên, đơn vị': 'Search by name or unit',
  'Không có tài khoản nào.': 'No accounts.',
  'Họ tên, chức danh': 'Name and title',
  'Hoạt động': 'Active',
  'Đã khóa': 'Disabled',
  'Tạm khóa đăng nhập': 'Login locked',
  'Mở khóa đăng nhập': 'Clear sign-in lock',
  'đến {time}': 'until {time}',
  'Được xem danh tính': 'Identity access',
  'Đặt lại mật khẩu cho {username}?': 'Reset the password of {username}?',
  'Đặt lại': 'Reset',
  'Đặt lại mật khẩu': 'Reset password',
  'Mở khóa': 'Enable',
  Khóa: 'Disable',
  'Sửa tài khoản {username}': 'Edit account {username}',
  'Chữ không dấu, số, dấu chấm, gạch (3–40 ký tự). Mật khẩu được sinh tự động và hiện một lần.':
    'Letters without accents, digits, dots, dashes (3–40 characters). A password is generated and shown once.',
  'Tên đăng nhập không hợp lệ.': 'Invalid username.',
  'Chỉ cấp cho người có thẩm quyền giải quyết tố cáo (Điều 47 Luật Tố cáo).':
    'Only for officials competent to settle denunciations (Law on Denunciations, Art. 47).',
  'Được xem danh tính người tố cáo': "May read denouncers' identities",

  // Agencies
  'Các cơ quan, bộ phận của từng đơn vị hành chính; đơn được chuyển theo loại cơ quan.':
    'Agencies and offices of each administrative unit; petitions are routed by agency kind.',
  'Tất cả đơn vị': 'All units',
  'Thêm cơ quan': 'Add agency',
  'Sửa cơ quan': 'Edit agency',
  'Đơn vị này chưa có cơ quan nào.': 'This unit has no agencies yet.',
  'Tên cơ quan': 'Agency name',
  'Số tài khoản': 'Accounts',

  // Topics
  'Lĩnh vực dùng khi tiếp nhận, phân loại và thống kê đơn. Lĩnh vực đã dùng không xóa được, chỉ ngừng sử dụng.':
    'Topics used to receive, classify and count petitions. Topics in use cannot be deleted, only retired.',
  'Thêm lĩnh vực': 'Add topic',
  'Sửa lĩnh vực': 'Edit topic',
  'Chưa có lĩnh vực nào.': 'No topics yet.',
  'Thứ tự': 'Order',
  'Tên lĩnh vực': 'Topic',
  'Đang dùng': 'In use',
  'Ngừng dùng': 'Retired',
  'Nhận qua Open311': 'Offered via Open311',
  'Chữ thường không dấu, số và gạch dưới; không đổi được sau khi tạo.':
    'Lowercase letters, digits and underscores; cannot change after creation.',
  'Mã không hợp lệ.': 'Invalid code.',
  Không: 'No',

  // Calendar
  'Ngày nghỉ lễ, Tết, nghỉ bù và làm bù dùng để tính thời hạn giải quyết đơn. Mỗi thay đổi tính lại các thời hạn đang mở.':
    'Holidays, Tết, compensatory days off and make-up working days used to compute petition deadlines. Every change recomputes the open deadlines.',
  'Ngày nghỉ năm {year}': 'Days off in {year}',
  'Hiện cả cuối tuần': 'Show weekends too',
  'Không có ngày nghỉ nào.': 'No days off.',
  'Thêm ngày lễ hoặc quyết định': 'Add a holiday or a decision',
  'Các mục do quản trị viên thêm': 'Entries added by administrators',
  'Chưa có mục nào.': 'No entries yet.',
  Tên: 'Name',
  'Loại mục': 'Entry type',
  'Ngày lễ bổ sung': 'Additional holiday',
  'Quyết định nghỉ / làm bù': 'Decision: day off / make-up day',
  'Nội dung quyết định': 'Decision',
  'Số, ngày, cơ quan ban hành văn bản (bắt buộc).':
    'Number, date and issuer of the document (required).',
  'Thêm vào lịch': 'Add to calendar',
  'Gỡ mục này khỏi lịch? Các thời hạn đang mở sẽ được tính lại.':
    'Remove this entry from the calendar? Open deadlines will be recomputed.',
  'Gỡ bỏ': 'Remove',
  'hằng năm': 'yearly',
  'Ngày lễ, Tết': 'Public holiday',
  'Nghỉ theo quyết định': 'Day off by decision',
  'Cuối tuần': 'Weekend',
  'Làm bù': 'Make-up working day',
  'Cho nghỉ': 'Day off',
  'Phản ánh': 'Feedback',
  'Làm bù (ngày cuối tuần đi làm)': 'Make-up working day (weekend worked)',
  'Thay đổi ngày lễ': 'Holiday change',
  'ngày lịch': 'calendar days',
  'ngày làm việc': 'working days',

  // Deadline rules
  'Thời hạn xử lý, giải quyết theo loại đơn và bước; mỗi thay đổi tính lại các thời hạn đang mở. Quy định gắn cờ “cần xác minh” cần đối chiếu văn bản gốc.':
    'Processing and settlement time limits by petition kind and step; every change recomputes open deadlines. Rules flagged “to verify” must be checked against the original text.',
  'Chưa có quy định nào.': 'No rules yet.',
  Bước: 'Step',
  'Tính từ': 'Counts from',
  '{times} lần × {days} {counting}': '{times} × {days} {counting}',
  'chưa xác minh nguồn': 'source not confirmed',
  'Chưa xác minh nguồn (tắt khi đã đối chiếu văn bản gốc)':
    'Source not confirmed (switch off once checked against the original text)',
  'vùng sâu, vùng xa': 'remote area',
  'Sửa quy định {id}': 'Edit rule {id}',
  'Thời hạn (ngày)': 'Time limit (days)',
  'Cách tính': 'Counting',
  'Dời sang ngày làm việc kế tiếp': 'Move to the next working day',
  'Được gia hạn': 'Extension allowed',
  'Số lần gia hạn': 'Extensions',
  'Số ngày mỗi lần': 'Days each',
};
