import { describe, expect, it } from 'vitest';
import { unitOptions } from '../src/web/reports/unit-options.js';

const today = [{ code: '27877', name: 'Thạnh Phước', fullName: 'Xã Thạnh Phước' }];

describe('report unit picker options', () => {
  it('labels a chosen unit outside the list by the name the server gave, never its code', () => {
    expect(
      unitOptions(today, '800', [undefined, { code: '800', name: 'Huyện Thạnh Hóa' }])[0],
    ).toEqual({ value: '800', label: 'Huyện Thạnh Hóa' });
    expect(unitOptions(today, '800', [])[0]).toEqual({ value: '800', label: '…' });
  });

  it('adds nothing when the chosen unit is listed or none is chosen', () => {
    expect(unitOptions(today, '27877', [])).toEqual([{ value: '27877', label: 'Xã Thạnh Phước' }]);
    expect(unitOptions(today, undefined, [])).toHaveLength(1);
  });
});
