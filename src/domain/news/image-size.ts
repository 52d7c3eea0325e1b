/**
 * Image types accepted for news photos, recognised by content (never by the name or the client's
 * claim), with their pixel size read from the header: PNG, JPEG and WebP. SVG is not accepted
 * from uploads (it can carry scripts); the demo's placeholders are written by the system.
 */
export interface SniffedImage {
  mediaType: 'image/png' | 'image/jpeg' | 'image/webp';
  ext: 'png' | 'jpg' | 'webp';
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) =>
  (b[i] ?? 0) * 2 ** 24 + (((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0));
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const len = u16be(b, i + 2);
    // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    i += 2 + len;
  }
  return null;
}

/** The image type and size, or null when the bytes are not an accepted image. */
export function sniffImage(b: Uint8Array): SniffedImage | null {
  if (b.length > 24 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && ascii(b, 12, 4) === 'IHDR') {
    return { mediaType: 'image/png', ext: 'png', width: u32be(b, 16), height: u32be(b, 20) };
  }
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    const s = jpegSize(b);
    return s ? { mediaType: 'image/jpeg', ext: 'jpg', ...s } : null;
  }
  if (b.length > 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    const chunk = ascii(b, 12, 4);
    if (chunk === 'VP8X')
      return {
        mediaType: 'image/webp',
        ext: 'webp',
        width: u24le(b, 24) + 1,
        height: u24le(b, 27) + 1,
      };
    if (chunk === 'VP8 ')
      return {
        mediaType: 'image/webp',
        ext: 'webp',
        width: u16le(b, 26) & 0x3fff,
        height: u16le(b, 28) & 0x3fff,
      };
    if (chunk === 'VP8L') {
      const v = (b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24);
      return {
        mediaType: 'image/webp',
        ext: 'webp',
        width: (v & 0x3fff) + 1,
        height: ((v >> 14) & 0x3fff) + 1,
      };
    }
  }
  return null;
}
