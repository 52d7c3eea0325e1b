import { describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE, lockMinutesAfter } from './login-throttle.js';

describe('login throttle', () => {
  it('allows the free failures, then locks for growing delays up to the cap', () => {
    const seq = Array.from({ length: 13 }, (_, i) => lockMinutesAfter(i + 1));
    expect(seq).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(lockMinutesAfter(1000)).toBe(LOGIN_THROTTLE.maxLockMinutes);
  });
});
