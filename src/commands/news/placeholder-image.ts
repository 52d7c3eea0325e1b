import { deflateSync } from 'node:zlib';

/**
 * Neutral placeholder pictures made in code (no real photographs in sample data): a grey card with
 * a simple "picture" icon. SVG for the page (it carries the words "Ảnh minh họa"), PNG for link
 * previews (social networks do not show SVG).
 */
export function placeholderSvg(
  width: number,
  height: number,
  label = 'Ảnh minh họa / Illustration',
): string {
  const cx = width / 2;
  const cy = height / 2 - 20;
  const s = Math.min(width, height) / 5;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">
<rect width="${width}" height="${height}" fill="#e7eaee"/>
<rect x="${cx - s}" y="${cy - s * 0.7}" width="${2 * s}" height="${1.4 * s}" rx="${s * 0.12}" fill="none" stroke="#8a939e" stroke-width="${s * 0.08}"/>
<circle cx="${cx + s * 0.45}" cy="${cy - s * 0.25}" r="${s * 0.18}" fill="#8a939e"/>
<path d="M${cx - s * 0.85} ${cy + s * 0.55} L${cx - s * 0.25} ${cy - s * 0.1} L${cx + s * 0.15} ${cy + s * 0.3} L${cx + s * 0.4} ${cy + s * 0.1} L${cx + s * 0.85} ${cy + s * 0.55} Z" fill="#8a939e"/>
<text x="${cx}" y="${cy + s * 1.25}" text-anchor="middle" font-family="system-ui, Arial, sans-serif" font-size="${Math.round(s * 0.32)}" fill="#4a535e">${label.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>
</svg>`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

type Rgb = [number, number, number];

/**
 * The same card as a PNG (default 1200×630, the link-preview size): grey background, a red band
 * with a gold line at the top, the picture icon in the middle.
 */
export function placeholderPng(width = 1200, height = 630): Buffer {
  const bg: Rgb = [0xe7, 0xea, 0xee];
  const ink: Rgb = [0x8a, 0x93, 0x9e];
  const red: Rgb = [0xa3, 0x1d, 0x1d];
  const gold: Rgb = [0xe0, 0xb0, 0x3a];
  const cx = width / 2;
  const cy = height / 2 + 10;
  const s = Math.min(width, height) / 5;
  const inTri = (x: number, y: number, a: number[], b: number[], c: number[]) => {
    const d = (p: number[], q: number[]) =>
      (x - q[0]!) * (p[1]! - q[1]!) - (p[0]! - q[0]!) * (y - q[1]!);
    const d1 = d(a, b),
      d2 = d(b, c),
      d3 = d(c, a);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
  const base = cy + s * 0.55;
  const pixel = (x: number, y: number): Rgb => {
    if (y < height * 0.06) return red;
    if (y < height * 0.075) return gold;
    const inOuter = Math.abs(x - cx) <= s && Math.abs(y - cy) <= s * 0.7;
    const inInner = Math.abs(x - cx) <= s * 0.92 && Math.abs(y - cy) <= s * 0.62;
    if (inOuter && !inInner) return ink;
    if ((x - (cx + s * 0.45)) ** 2 + (y - (cy - s * 0.25)) ** 2 <= (s * 0.18) ** 2) return ink;
    if (
      y <= base &&
      (inTri(x, y, [cx - s * 0.85, base], [cx - s * 0.25, cy - s * 0.1], [cx + s * 0.35, base]) ||
        inTri(x, y, [cx, base], [cx + s * 0.4, cy + s * 0.1], [cx + s * 0.85, base]))
    )
      return ink;
    return bg;
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
