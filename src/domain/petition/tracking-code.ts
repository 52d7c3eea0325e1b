/**
 * Tracking codes a citizen can read aloud over the phone: 9 random symbols plus 1 check symbol,
 * from Crockford's base-32 alphabet (no I, L, O, U), written `XXXX-XXXX-XX`.
 *
 * Codes are purely random (45 bits): they reveal neither sequence nor date nor unit, so guessing
 * one is hopeless without rate limits failing first. The check symbol (Luhn mod 32) catches every
 * single mistyped symbol and most swaps of neighbours before a lookup is even made.
 */
import { randomBytes as cryptoRandomBytes } from 'node:crypto';

/** The 32 symbols, in value order. */
export const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random symbols per code (the check symbol comes on top). */
export const TRACKING_RANDOM_LENGTH = 9;

const BASE = TRACKING_ALPHABET.length;
/** Look-alikes a person may type or hear instead of the real symbol. */
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1', U: 'V' };

/** A source of random bytes (injectable for tests). */
export type RandomBytes = (size: number) => Uint8Array;

function valueOf(symbol: string): number {
  return TRACKING_ALPHABET.indexOf(symbol);
}

/** The Luhn mod N check symbol of `payload` (N = 32). */
export function trackingCheckSymbol(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i -= 1) {
    let addend = factor * valueOf(payload.charAt(i));
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / BASE) + (addend % BASE);
    sum += addend;
  }
  return TRACKING_ALPHABET.charAt((BASE - (sum % BASE)) % BASE);
}

function format(raw: string): string {
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/**
 * Generates a new tracking code such as `7K3M-Q9XD-2F`. Each byte gives one symbol (its low
 * 5 bits; 256 is a multiple of 32, so there is no bias).
 */
export function generateTrackingCode(randomBytes: RandomBytes = cryptoRandomBytes): string {
  const bytes = randomBytes(TRACKING_RANDOM_LENGTH);
  if (bytes.length < TRACKING_RANDOM_LENGTH) throw new Error('randomBytes returned too few bytes');
  let payload = '';
  for (let i = 0; i < TRACKING_RANDOM_LENGTH; i += 1) {
    payload += TRACKING_ALPHABET.charAt((bytes[i] ?? 0) & 31);
  }
  return format(payload + trackingCheckSymbol(payload));
}

/**
 * Normalises what a citizen typed: case, spaces, dashes and dots do not matter, and look-alikes
 * are mapped (O→0, I/L→1, U→V). Returns the canonical `XXXX-XXXX-XX` form, or `null` when the
 * input cannot be a code (wrong length or symbol). The check symbol is not verified here.
 */
export function normaliseTrackingCode(input: string): string | null {
  const raw = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/[OILU]/g, (c) => LOOK_ALIKES[c] ?? c);
  if (raw.length !== TRACKING_RANDOM_LENGTH + 1) return null;
  for (const c of raw) if (valueOf(c) < 0) return null;
  return format(raw);
}

/** True when `input` normalises to a code whose check symbol is right. */
export function isValidTrackingCode(input: string): boolean {
  const code = normaliseTrackingCode(input);
  if (code === null) return false;
  const raw = code.replace(/-/g, '');
  return trackingCheckSymbol(raw.slice(0, -1)) === raw.slice(-1);
}
