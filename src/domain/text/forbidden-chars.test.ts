import { describe, expect, it } from 'vitest';
import { findForbiddenText, forbiddenCharError, hasForbiddenChar } from './forbidden-chars.js';

describe('forbidden characters (NUL)', () => {
  it('finds NUL in strings, nested values and keys, and names the path', () => {
    expect(hasForbiddenChar('a\u0000b')).toBe(true);
    expect(hasForbiddenChar('Đơn kiến nghị')).toBe(false);
    expect(findForbiddenText('x\u0000')).toBe('(body)');
    expect(
      findForbiddenText({ title: 'ok', parts: [{ content: 'ok' }, { content: 'a\u0000' }] }),
    ).toBe('parts[1].content');
    expect(findForbiddenText({ ['k\u0000']: 1 })).toBe('k\u0000');
    expect(findForbiddenText({ a: 1, b: null, c: [true, 2], d: Buffer.from([0]) })).toBeNull();
  });

  it('answers in Vietnamese and English, naming the field without echoing the raw NUL', () => {
    const e = forbiddenCharError('k\u0000');
    expect(e.code).toBe('invalid_character');
    expect(e.messageVi).toContain('(k\\0)');
    expect(e.messageEn).not.toContain('\u0000');
    expect(forbiddenCharError(null).details).toBeUndefined();
  });
});
