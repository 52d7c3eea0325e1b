/**
 * Which system a document's issuing body belongs to, which decides its header:
 * - Party bodies (cấp ủy, ban của cấp ủy, Ủy ban Kiểm tra, đảng ủy…) write "ĐẢNG CỘNG SẢN VIỆT NAM"
 *   top right, underlined, and the body's name top left (Hướng dẫn 36-HD/VPTW 2018 of the Party
 *   Central Office on Party document format, replacing 11-HD/VPTW 2004);
 * - State bodies write the national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do -
 *   Hạnh phúc" (Decree 30/2020/ND-CP).
 */
export type IssuerSystem = 'party' | 'state';

/** Name fragments of Party bodies (folded to lower case): committees and their boards. */
const PARTY_MARKERS = [
  /tỉnh ủy|tỉnh uỷ/,
  /thành ủy|thành uỷ/,
  /huyện ủy|huyện uỷ/,
  /quận ủy|quận uỷ/,
  /thị ủy|thị uỷ/,
  /đảng ủy|đảng uỷ|đảng bộ/,
  /ban dân vận/,
  /ban tuyên giáo/,
  /ban tổ chức (tỉnh|thành|huyện|quận|trung ương)/,
  /ủy ban kiểm tra|uỷ ban kiểm tra/,
  /ban chấp hành/,
  /chi bộ/,
  /trung ương đảng/,
];

export function issuerSystem(issuingBody: string): IssuerSystem {
  const name = issuingBody.normalize('NFC').toLowerCase();
  // "Ủy ban nhân dân" is State even though "ủy" appears in it.
  if (
    /ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân/.test(name) &&
    !/ban dân vận/.test(name)
  )
    return 'state';
  return PARTY_MARKERS.some((m) => m.test(name)) ? 'party' : 'state';
}

/** The heading of a conclusion notice without "Đoàn kiểm tra kiểm tra …": the title's own verb is dropped. */
export function delegationHeading(title: string): string {
  const rest = title.trim().replace(/^(đoàn\s+)?kiểm tra\s+/i, '');
  return `của Đoàn kiểm tra ${rest}`;
}
