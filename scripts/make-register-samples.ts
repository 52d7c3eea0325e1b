/**
 * Writes the sample legacy registers under resources/samples/ (made-up people and matters,
 * marked "MẪU" in the file names and a title row):
 *   so-tiep-cong-dan-MAU.xlsx      the reception book (sổ tiếp công dân) as a commune keeps it
 *                                  in Excel: national header, title, header row, a column-number
 *                                  row, 40 visits; dates as Excel dates and, in some rows, as text
 *   so-theo-doi-don-thu-MAU.csv    the letters register (sổ theo dõi đơn thư): UTF-8 with BOM,
 *                                  semicolons (Excel's CSV under a Vietnamese locale), 40 letters
 *   so-theo-doi-don-thu-LOI-MAU.csv  a register with mistakes (bad dates, unknown kind and unit,
 *                                  missing content, resolved before received) for the error report
 * Deterministic (seeded): running it again writes the same rows.
 * Run: `npx tsx scripts/make-register-samples.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

const OUT = path.resolve(import.meta.dirname, '..', 'resources', 'samples');

let seed = 20250701;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE_M = ['Văn', 'Hữu', 'Minh', 'Thanh', 'Công', 'Quốc'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thị Kim', 'Thị Mỹ', 'Thu'];
const GIVEN_M = ['Hùng', 'Tâm', 'Phúc', 'Lợi', 'Dũng', 'Sơn', 'Nghĩa', 'Tài', 'Bảy', 'Út'];
const GIVEN_F = ['Lan', 'Hoa', 'Cúc', 'Mai', 'Hằng', 'Nga', 'Thảo', 'Hạnh', 'Tuyết', 'Liên'];
const HAMLETS = [
  'ấp Thạnh Lợi',
  'ấp Bàu Sen',
  'ấp Rạch Cỏ',
  'ấp Kênh Xáng',
  'ấp Cầu Đôi',
  'ấp Bắc',
];

function person(): { name: string; address: string; cccd: string; phone: string } {
  const female = rand() < 0.45;
  const name = `${pick(FAMILY)} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? GIVEN_F : GIVEN_M)}`;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  return {
    name,
    address: `${pick(HAMLETS)}, xã Thạnh Phước, tỉnh Tây Ninh`,
    cccd: `080${female ? '1' : '0'}${digits(8)}`,
    phone: `09${digits(8)}`,
  };
}

type Kind = 'Khiếu nại' | 'Tố cáo' | 'Kiến nghị' | 'Phản ánh';

const MATTERS: Record<Kind, string[]> = {
  'Khiếu nại': [
    'Khiếu nại Quyết định thu hồi đất số 125/QĐ-UBND để làm đường giao thông nông thôn, cho rằng mức bồi thường cây trồng thấp hơn giá thị trường.',
    'Khiếu nại việc UBND xã không cấp giấy xác nhận hộ cận nghèo năm 2025 cho gia đình.',
    'Khiếu nại việc xử phạt vi phạm hành chính về xây dựng chuồng trại không phép, cho rằng đã có đơn xin phép từ trước.',
    'Khiếu nại kết quả bình xét hỗ trợ nhà ở cho hộ khó khăn tại ấp, đề nghị xem xét lại danh sách.',
  ],
  'Tố cáo': [
    'Tố cáo cán bộ địa chính thu tiền làm thủ tục cấp giấy chứng nhận quyền sử dụng đất ngoài quy định.',
    'Tố cáo trưởng ấp lập danh sách khống nhận tiền hỗ trợ người có công.',
    'Tố cáo việc khai thác cát trái phép trên kênh, có người trong chính quyền tiếp tay.',
  ],
  'Kiến nghị': [
    'Kiến nghị sửa chữa đoạn đường đất từ cầu Đôi vào ấp bị sạt lở, mùa mưa xe không đi được.',
    'Kiến nghị lắp đặt đèn chiếu sáng tuyến đường liên ấp gần trường tiểu học.',
    'Kiến nghị nạo vét kênh nội đồng phục vụ tưới tiêu vụ Đông Xuân.',
    'Kiến nghị xem xét hỗ trợ học phí cho con hộ nghèo đang học trung học phổ thông.',
    'Kiến nghị đặt thêm thùng rác công cộng và tăng số lần thu gom rác tại chợ xã.',
  ],
  'Phản ánh': [
    'Phản ánh cơ sở chăn nuôi heo xả nước thải ra kênh gây ô nhiễm, mùi hôi ảnh hưởng các hộ lân cận.',
    'Phản ánh quán karaoke mở nhạc lớn sau 22 giờ gây mất trật tự.',
    'Phản ánh tình trạng lấn chiếm lề đường để buôn bán trước chợ xã.',
    'Phản ánh nước sinh hoạt của trạm cấp nước bị đục, có mùi phèn.',
    'Phản ánh việc đốt rơm rạ gây khói bụi gần khu dân cư.',
  ],
};

const RESULTS: Record<Kind, string[]> = {
  'Khiếu nại': ['Khiếu nại sai', 'Khiếu nại đúng một phần', 'Khiếu nại đúng', 'Rút đơn khiếu nại'],
  'Tố cáo': ['Tố cáo sai', 'Tố cáo đúng một phần'],
  'Kiến nghị': ['Đã trả lời bằng văn bản', 'Tiếp thu, đưa vào kế hoạch năm 2026', 'Đã trả lời'],
  'Phản ánh': ['Đã kiểm tra, xử lý', 'Đã trả lời công dân', 'Tiếp thu'],
};

const AGENCIES: Record<Kind, string[]> = {
  'Khiếu nại': ['Chủ tịch UBND xã'],
  'Tố cáo': ['Chủ tịch UBND xã'],
  'Kiến nghị': ['UBND xã', 'Phòng Kinh tế'],
  'Phản ánh': ['UBND xã', 'Công an xã'],
};

interface SampleRow {
  received: Date;
  kind: Kind;
  who: ReturnType<typeof person>;
  content: string;
  agency: string;
  result: string;
  resolved: Date | null;
  channel: string;
}

const DAY = 86400000;

/** 40 rows from `start`, every few days; the last ones (recent) still open. */
function rows(start: string, channels: readonly string[]): SampleRow[] {
  const kinds: Kind[] = [];
  for (let i = 0; i < 40; i++)
    kinds.push(
      i % 10 === 3 ? 'Tố cáo' : i % 5 === 1 ? 'Khiếu nại' : i % 2 ? 'Phản ánh' : 'Kiến nghị',
    );
  let t = Date.parse(`${start}T00:00:00Z`);
  return kinds.map((kind, i) => {
    t += (3 + Math.floor(rand() * 9)) * DAY;
    const open = i >= 32;
    const resolved = open ? null : new Date(t + (10 + Math.floor(rand() * 40)) * DAY);
    return {
      received: new Date(t),
      kind,
      who: person(),
      content: pick(MATTERS[kind]),
      agency: pick(AGENCIES[kind]),
      result: open ? (i % 2 ? 'Đang giải quyết' : '') : pick(RESULTS[kind]),
      resolved,
      channel: pick(channels),
    };
  });
}

const dmy = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('/');

async function reception(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân Vận (dữ liệu mẫu)';
  wb.created = new Date('2026-01-01T00:00:00Z');
  wb.modified = new Date('2026-01-01T00:00:00Z');
  const ws = wb.addWorksheet('So tiep cong dan');
  ws.addRow(['UBND XÃ THẠNH PHƯỚC', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  ws.addRow(['BAN TIẾP CÔNG DÂN', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc']);
  ws.addRow([]);
  ws.addRow(['SỔ TIẾP CÔNG DÂN — MẪU (dữ liệu giả định, không phải hồ sơ thật)']);
  ws.addRow(['Năm 2025']);
  ws.addRow([]);
  ws.mergeCells('A4:L4');
  ws.mergeCells('A5:L5');
  ws.getCell('A4').font = { bold: true, size: 14 };
  ws.getCell('A4').alignment = { horizontal: 'center' };
  ws.getCell('A5').alignment = { horizontal: 'center' };
  const header = ws.addRow([
    'STT',
    'Ngày tiếp',
    'Họ và tên',
    'Số CCCD',
    'Địa chỉ',
    'Điện thoại',
    'Nội dung vụ việc',
    'Phân loại đơn',
    'Cơ quan có thẩm quyền giải quyết',
    'Kết quả giải quyết',
    'Ngày giải quyết',
    'Ghi chú',
  ]);
  header.font = { bold: true };
  ws.addRow(Array.from({ length: 12 }, (_, i) => `(${i + 1})`));
  rows('2025-01-02', ['Trực tiếp']).forEach((r, i) => {
    // Some officers type dates as text; most enter real dates.
    const asText = i % 7 === 5;
    ws.addRow([
      i + 1,
      asText ? dmy(r.received) : r.received,
      r.who.name,
      r.who.cccd,
      r.who.address,
      r.who.phone,
      r.content,
      r.kind,
      r.agency,
      r.result,
      r.resolved ? (asText ? dmy(r.resolved) : r.resolved) : '',
      i === 0 ? 'Dữ liệu mẫu' : '',
    ]);
  });
  ws.getColumn(2).numFmt = 'dd/mm/yyyy';
  ws.getColumn(11).numFmt = 'dd/mm/yyyy';
  [6, 12, 22, 15, 40, 13, 60, 12, 24, 28, 14, 14].forEach(
    (w, i) => (ws.getColumn(i + 1).width = w),
  );
  await wb.xlsx.writeFile(path.join(OUT, 'so-tiep-cong-dan-MAU.xlsx'));
}

function csvField(s: string, sep: string): string {
  return /["\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
}

function letters(): void {
  const sep = ';';
  const lines = [
    'SỔ THEO DÕI ĐƠN THƯ — MẪU (dữ liệu giả định, không phải hồ sơ thật);;;;;;;;;;',
    'UBND xã Thạnh Phước, tỉnh Tây Ninh;;;;;;;;;;',
    ';;;;;;;;;;',
    [
      'Số TT',
      'Ngày nhận đơn',
      'Họ tên người gửi',
      'Địa chỉ',
      'Điện thoại',
      'Nội dung đơn',
      'Loại đơn',
      'Nguồn đơn',
      'Cơ quan giải quyết',
      'Kết quả giải quyết',
      'Ngày giải quyết',
    ].join(sep),
  ];
  rows('2025-02-03', [
    'Qua bưu điện',
    'Qua bưu điện',
    'Hòm thư góp ý',
    'Đường dây nóng',
    'Đại biểu HĐND chuyển đến',
    'Ủy ban MTTQ chuyển đến',
  ]).forEach((r, i) =>
    lines.push(
      [
        String(i + 1),
        dmy(r.received),
        r.who.name,
        r.who.address,
        r.who.phone,
        r.content,
        r.kind,
        r.channel,
        r.agency,
        r.result,
        r.resolved ? dmy(r.resolved) : '',
      ]
        .map((f) => csvField(f, sep))
        .join(sep),
    ),
  );
  fs.writeFileSync(
    path.join(OUT, 'so-theo-doi-don-thu-MAU.csv'),
    `\uFEFF${lines.join('\r\n')}\r\n`,
    'utf8',
  );
}

function badLetters(): void {
  const header =
    'STT,Ngày nhận,Họ tên người gửi,Địa chỉ,Nội dung,Loại đơn,Đơn vị,Kết quả giải quyết,Ngày giải quyết';
  const lines = [
    'SỔ THEO DÕI ĐƠN THƯ — MẪU CÓ LỖI (dữ liệu giả định, để thử báo cáo lỗi)',
    header,
    '1,12/03/2025,Trần Văn Mẫu,"ấp Bắc, xã Thạnh Phước",Kiến nghị sửa cầu khỉ qua kênh Xáng,Kiến nghị,27877,Đã trả lời,02/04/2025',
    '2,31/02/2025,Lê Thị Mẫu,ấp Bàu Sen,Phản ánh nước sinh hoạt bị đục,Phản ánh,,,',
    '3,15/13/2025,Phạm Văn Mẫu,ấp Rạch Cỏ,Khiếu nại mức bồi thường đất,Khiếu nại,,,',
    '4,20/03/2025,Võ Thị Mẫu,ấp Cầu Đôi,,Kiến nghị,,,',
    '5,21/03/2025,Huỳnh Văn Mẫu,ấp Thạnh Lợi,Đề nghị cấp lại sổ hộ nghèo,Đơn khác,,,',
    '6,22/03/2025,Đỗ Thị Mẫu,ấp Kênh Xáng,Phản ánh đèn đường hỏng,Phản ánh,Xã Không Có Thật,,',
    '7,25/03/2025,Bùi Văn Mẫu,ấp Bắc,Kiến nghị nạo vét kênh,Kiến nghị,,Đã trả lời,10/03/2025',
    '8,,Ngô Thị Mẫu,ấp Bắc,Phản ánh lấn chiếm lề đường,Phản ánh,,,',
  ];
  fs.writeFileSync(
    path.join(OUT, 'so-theo-doi-don-thu-LOI-MAU.csv'),
    `${lines.join('\n')}\n`,
    'utf8',
  );
}

fs.mkdirSync(OUT, { recursive: true });
await reception();
letters();
badLetters();
console.log(`Đã ghi tệp mẫu / Samples written: ${OUT}`);
