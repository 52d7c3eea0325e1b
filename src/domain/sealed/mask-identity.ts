/**
 * A denunciation letter often begins "Tôi tên là …, CCCD số …, điện thoại …": the denouncer's
 * identity written into the very text every reader of the case sees. For a sealed letter the
 * identity the petitioner gave is masked in the title and content before anything is stored,
 * indexed or compared (Law on Denunciations 2018, Art. 47–48: the identity is kept secret). The
 * identity itself stays in the encrypted sealed record, for those holding the grant.
 */
export const IDENTITY_MASK = '[đã che thông tin người tố cáo]';

export interface MaskablePerson {
  fullName?: string | null;
  address?: string | null;
  identityNumber?: string | null;
  phone?: string | null;
  email?: string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A literal, case-insensitive, any run of spaces matching any run of spaces. */
const literal = (s: string) => s.normalize('NFC').trim().split(/\s+/).map(escape).join('\\s+');
/** Digits with optional separators (space, dot, dash) between them, not inside a longer number. */
const digits = (d: string) => d.split('').join('[\\s.-]?');

function patternsOf(p: MaskablePerson): string[] {
  const out: string[] = [];
  const name = p.fullName?.trim() ?? '';
  // A full name of at least two words: a single word is too common to mask safely.
  if (name.split(/\s+/).length >= 2) out.push(literal(name));
  const address = p.address?.trim() ?? '';
  if (address.length >= 8) out.push(literal(address));
  if (p.email?.trim()) out.push(literal(p.email));
  const id = (p.identityNumber ?? '').replace(/\D/g, '');
  if (id.length >= 6) out.push(`(?<!\\d)${digits(id)}(?!\\d)`);
  let phone = (p.phone ?? '').replace(/\D/g, '');
  if (phone.startsWith('84')) phone = phone.slice(2);
  if (phone.startsWith('0')) phone = phone.slice(1);
  if (phone.length >= 8) out.push(`(?<!\\d)(?:\\(?\\+?84\\)?[\\s.-]?|0)?${digits(phone)}(?!\\d)`);
  return out;
}

/** The text with every occurrence of the people's identity replaced by {@link IDENTITY_MASK}. */
export function maskIdentity(text: string, people: readonly MaskablePerson[]): string {
  const patterns = people.flatMap(patternsOf);
  if (patterns.length === 0) return text;
  // Longest first, so a name inside an address does not split the address's mask.
  patterns.sort((a, b) => b.length - a.length);
  return text.normalize('NFC').replace(new RegExp(patterns.join('|'), 'giu'), IDENTITY_MASK);
}
