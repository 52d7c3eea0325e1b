import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TRACKING_ALPHABET,
  generateTrackingCode,
  isValidTrackingCode,
  normaliseTrackingCode,
  trackingCheckSymbol,
} from './tracking-code.js';

const FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;
const fixedBytes = (values: number[]) => () => Uint8Array.from(values);

describe('generateTrackingCode', () => {
  it('produces XXXX-XXXX-XX codes with a valid check symbol', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = generateTrackingCode();
      expect(code).toMatch(FORMAT);
      expect(isValidTrackingCode(code)).toBe(true);
    }
  });

  it('is a pure function of the random bytes (no sequence, no clock)', () => {
    const bytes = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    expect(generateTrackingCode(fixedBytes(bytes))).toBe(generateTrackingCode(fixedBytes(bytes)));
    expect(generateTrackingCode(fixedBytes(bytes)).slice(0, 11)).toBe('0123-4567-8');
    expect(generateTrackingCode(fixedBytes(bytes.map((b) => b + 32)))).toBe(
      generateTrackingCode(fixedBytes(bytes)),
    );
  });

  it('has no ambiguous letters in its alphabet', () => {
    expect(TRACKING_ALPHABET).toHaveLength(32);
    expect(TRACKING_ALPHABET).not.toMatch(/[ILOU]/);
  });
});

describe('normaliseTrackingCode and isValidTrackingCode', () => {
  it('ignores case, spaces and dashes and maps look-alikes', () => {
    const code = generateTrackingCode(fixedBytes([24, 1, 0, 0, 5, 6, 7, 8, 9]));
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normaliseTrackingCode(typed)).toBe(code);
    expect(isValidTrackingCode(typed)).toBe(true);
  });

  it('rejects wrong lengths and symbols', () => {
    expect(normaliseTrackingCode('ABCD-EFGH-J')).toBeNull();
    expect(normaliseTrackingCode('ABCD-EFGH-J*')).toBeNull();
    expect(isValidTrackingCode('')).toBe(false);
  });

  it('detects every single-symbol substitution (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 9, maxLength: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 31 }),
        (bytes, position, shift) => {
          const raw = generateTrackingCode(() => bytes).replace(/-/g, '');
          const old = TRACKING_ALPHABET.indexOf(raw.charAt(position));
          const changed =
            raw.slice(0, position) +
            TRACKING_ALPHABET.charAt((old + shift) % 32) +
            raw.slice(position + 1);
          expect(isValidTrackingCode(changed)).toBe(false);
        },
      ),
    );
  });

  it('detects swaps of distinct neighbours in the random part (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 9, maxLength: 9 }),
        fc.integer({ min: 0, max: 7 }),
        (bytes, i) => {
          const raw = generateTrackingCode(() => bytes).replace(/-/g, '');
          const a = raw.charAt(i);
          const b = raw.charAt(i + 1);
          if (a === b) return;
          const payload = raw.slice(0, i) + b + a + raw.slice(i + 2, 9);
          // Luhn mod N misses only the swap of the two symbols whose doubled values wrap identically.
          const missed = trackingCheckSymbol(payload) === raw.charAt(9);
          const pair = [TRACKING_ALPHABET.indexOf(a), TRACKING_ALPHABET.indexOf(b)].sort(
            (x, y) => x - y,
          );
          if (missed) expect(pair).toEqual([0, 31]);
        },
      ),
    );
  });
});
