import { describe, expect, it } from 'vitest';
import { parseLocation, updateDescription, updateStatus } from './updates.js';

describe('Open311 service request updates', () => {
  it('maps case steps to FixMyStreet statuses', () => {
    expect(updateStatus('received', 'feedback')).toBe('open');
    expect(updateStatus('assigned', 'feedback')).toBe('in_progress');
    expect(updateStatus('forwarded', 'feedback')).toBe('not_councils_responsibility');
    expect(updateStatus('decided', 'feedback')).toBe('closed');
    expect(updateStatus('closed', 'recommendation')).toBe('closed');
    expect(updateStatus('returned_with_guidance', 'feedback')).toBe('no_further_action');
  });

  it('describes a step in the asked language with the public answer', () => {
    expect(updateDescription('decided', 'Đã sửa đèn.', 'vi')).toBe(
      'Đã có quyết định, kết luận. Đã sửa đèn.',
    );
    expect(updateDescription('assigned', null, 'en')).toBe('Assigned');
  });

  it('reads coordinates alone or after an address', () => {
    expect(parseLocation('10.641200, 106.153400')).toEqual({
      address: null,
      lat: 10.6412,
      long: 106.1534,
    });
    expect(parseLocation('Ấp 3, xã Thạnh Phước (10.641200, 106.153400)')).toEqual({
      address: 'Ấp 3, xã Thạnh Phước',
      lat: 10.6412,
      long: 106.1534,
    });
    expect(parseLocation('Ấp 3')).toEqual({ address: 'Ấp 3', lat: null, long: null });
    expect(parseLocation(null)).toEqual({ address: null, lat: null, long: null });
  });
});
