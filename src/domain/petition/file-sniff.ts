/** File types accepted as attachments, recognised by their content, not by what the client claims. */
export const ATTACHMENT_TYPES = {
  'application/pdf': { ext: ['pdf'], label: 'PDF' },
  'image/png': { ext: ['png'], label: 'PNG' },
  'image/jpeg': { ext: ['jpg', 'jpeg'], label: 'JPEG' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    ext: ['docx'],
    label: 'Word',
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    ext: ['xlsx'],
    label: 'Excel',
  },
  'text/plain': { ext: ['txt'], label: 'Text' },
} as const;

export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/**
 * The media type of a file from its first bytes and name, or null when it is not an accepted type
 * (executables, HTML, scripts, archives posing as documents…).
 */
export function sniffAttachment(bytes: Uint8Array, fileName: string): AttachmentType | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
    if (ext === 'docx' && head.includes('word/'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (ext === 'xlsx' && head.includes('xl/'))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    if (ext === 'docx' || ext === 'xlsx')
      return head.includes('[Content_Types].xml')
        ? ext === 'docx'
          ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : null;
    return null;
  }
  if (ext === 'txt') {
    if (bytes.includes(0)) return null;
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return /<\s*(script|html|!doctype)/i.test(text.slice(0, 2048)) ? null : 'text/plain';
    } catch {
      return null;
    }
  }
  return null;
}

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const cleaned = [...base.normalize('NFC')]
    .map((ch) =>
      ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 || '"<>|:*?'.includes(ch) ? '_' : ch,
    )
    .join('')
    .trim();
  return (cleaned || 'file').slice(0, 150);
}
