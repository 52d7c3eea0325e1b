/**
 * The secret access code of a personal-data request: shown to the citizen once, on the receipt,
 * beside the request's `DL-…` code; stored only as its hash. With the two codes the citizen reads
 * the answer on the portal without the phone or e-mail, which an erasure may have removed.
 * 12 random symbols of the tracking codes' alphabet (60 bits), written `XXXX-XXXX-XXXX`; the
 * status check is rate-limited like the contact check.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { tokenHash } from '../access/tokens.js';
import { TRACKING_ALPHABET } from '../petition/tracking-code.js';

/** Random symbols of an access code. */
export const ACCESS_CODE_LENGTH = 12;
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1', U: 'V' };

/** A new access code such as `7K3M-Q9XD-2F8A` (each byte gives one unbiased symbol). */
export function newAccessCode(): string {
  const bytes = randomBytes(ACCESS_CODE_LENGTH);
  let raw = '';
  for (const b of bytes) raw += TRACKING_ALPHABET.charAt(b & 31);
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/**
 * What a citizen typed, canonical (case, spaces, dashes and look-alikes do not matter), or null
 * when it cannot be an access code.
 */
export function normaliseAccessCode(input: string): string | null {
  const raw = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/[OILU]/g, (c) => LOOK_ALIKES[c] ?? c);
  if (raw.length !== ACCESS_CODE_LENGTH) return null;
  for (const c of raw) if (!TRACKING_ALPHABET.includes(c)) return null;
  return raw;
}

/** The stored form of an access code (SHA-256 of its canonical form, as session tokens are stored). */
export function accessCodeHash(code: string): string {
  return tokenHash(normaliseAccessCode(code) ?? code);
}

/** True when `typed` is the code whose hash is `stored`, compared in constant time. */
export function accessCodeMatches(typed: string, stored: string | null): boolean {
  const canonical = normaliseAccessCode(typed);
  // Hash something even when the input is malformed or nothing is stored: same work either way.
  const a = Buffer.from(tokenHash(canonical ?? typed), 'hex');
  const b = Buffer.from(stored ?? '0'.repeat(64), 'hex');
  return timingSafeEqual(a, b) && canonical !== null && stored !== null;
}
