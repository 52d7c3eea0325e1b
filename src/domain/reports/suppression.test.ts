import { describe, expect, it } from 'vitest';
import { publicRate, suppressBreakdown, suppressCount } from './suppression.js';

describe('small-cell suppression', () => {
  it('hides 1–2, keeps 0 and ≥ 3, and hides a second cell when only one is hidden', () => {
    expect([0, 1, 2, 3].map(suppressCount)).toEqual([0, '<3', '<3', 3]);
    expect(suppressBreakdown({ a: 10, b: 1, c: 5, d: 0 })).toEqual({
      a: 10,
      b: '<3',
      c: '<3',
      d: 0,
    });
    expect(suppressBreakdown({ a: 10, b: 1, c: 2 })).toEqual({ a: 10, b: '<3', c: '<3' });
    expect(publicRate(5, 9)).toBeNull();
    expect(publicRate(59, 71)).toBe(83.1);
  });
});
