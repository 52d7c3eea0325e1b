/**
 * The words of the server-drawn queue (src/http/workspace-ssr.ts) in both languages, and the
 * language it is drawn in. The Vietnamese is the web app's source text (t('…') in
 * PetitionList.tsx, QueuePage.tsx, WorkspaceHeader.tsx, UserMenu.tsx, WorkspaceLayout.tsx), the
 * English its catalog entry (src/web/i18n/en*.ts); the server cannot import the web app, so
 * tests/ssr-words.test.ts checks every word against the catalog, and
 * tests/browser/queue-ssr.test.ts compares the drawn row with React's in each language.
 * The choice itself is the browser's (localStorage `danvan.lang`); the app copies it into the
 * `lang` cookie so that this page can follow it (decision 0019-h20).
 */
export type SsrLanguage = 'vi' | 'en';

/** `lang=en` → English; anything else, or no cookie → Vietnamese (the default). */
export function ssrLanguage(cookie: string | undefined): SsrLanguage {
  return cookie === 'en' ? 'en' : 'vi';
}

export const SSR_WORDS = {
  sealed: { vi: 'Danh tính người tố cáo được bảo mật', en: "Denouncer's identity sealed" },
  sample: { vi: 'Mẫu', en: 'Sample' },
  yourTurn: { vi: 'Đến lượt bạn: {step}', en: 'Your turn: {step}' },
  waitingFor: { vi: 'Chờ {who}: {step}', en: 'Waiting for {who}: {step}' },
  unassigned: { vi: 'Chưa giao', en: 'Not assigned' },
  all: { vi: 'Tất cả', en: 'All' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  dueSoon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  onTime: { vi: 'Trong hạn', en: 'On time' },
  empty: { vi: 'Bạn không có hồ sơ nào đang chờ xử lý.', en: 'You have no cases waiting.' },
  emptyMore: {
    vi: 'Hồ sơ đến lượt bạn xử lý sẽ hiện ở đây ngay khi được chuyển đến, hạn gần nhất lên đầu.',
    en: 'Cases reach this list as soon as it is your turn, nearest deadline first.',
  },
  searchAll: { vi: 'Tra cứu mọi hồ sơ', en: 'Search all cases' },
  title: { vi: 'Hàng đợi của tôi', en: 'My queue' },
  intro: {
    vi: 'Hồ sơ đang chờ bạn thực hiện bước tiếp theo, hạn gần nhất lên đầu.',
    en: 'Cases waiting for you to take the next step, nearest deadline first.',
  },
  colDeadline: { vi: 'Thời hạn', en: 'Deadline' },
  colCode: { vi: 'Mã đơn', en: 'Code' },
  colContent: { vi: 'Nội dung', en: 'Content' },
  colStatus: { vi: 'Trạng thái', en: 'Status' },
  colOfficer: { vi: 'Cán bộ xử lý', en: 'Handling officer' },
  colReceived: { vi: 'Ngày nhận', en: 'Received' },
  showing: { vi: 'Đang hiển thị {count} hồ sơ', en: 'Showing {count} cases' },
  shortcuts: {
    vi: 'Phím tắt: j/k hoặc ↑/↓ để di chuyển, Enter để mở, / để tìm kiếm',
    en: 'Shortcuts: j/k or ↑/↓ to move, Enter to open, / to search',
  },
  skip: { vi: 'Bỏ qua đến nội dung chính', en: 'Skip to main content' },
  brand: { vi: 'Dân Vận – trang Tổng quan', en: 'Dân Vận – Overview' },
  demo: { vi: 'Dữ liệu mẫu', en: 'Sample data' },
  account: { vi: 'Tài khoản:', en: 'Account:' },
  quickFilter: { vi: 'Lọc nhanh theo thời hạn', en: 'Quick deadline filter' },
  caseList: { vi: 'Danh sách hồ sơ', en: 'Case list' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type SsrWord = keyof typeof SSR_WORDS;

/** The word in the language, with `{name}` parameters filled (as the web app's t() does). */
export function ssrWord(
  language: SsrLanguage,
  word: SsrWord,
  params: Record<string, string | number> = {},
): string {
  return SSR_WORDS[word][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
