import { describe, expect, it } from 'vitest';
import { delegationHeading, issuerSystem } from './issuer.js';

describe('issuer system and heading', () => {
  it('tells Party bodies from State bodies', () => {
    expect(issuerSystem('Ban Dân vận Tỉnh ủy Long An')).toBe('party');
    expect(issuerSystem('Huyện ủy Thạnh Hóa')).toBe('party');
    expect(issuerSystem('Đảng ủy xã Thạnh Phước')).toBe('party');
    expect(issuerSystem('Ủy ban nhân dân tỉnh Tây Ninh')).toBe('state');
    expect(issuerSystem('UBND huyện Thạnh Hóa')).toBe('state');
    expect(issuerSystem('Thanh tra tỉnh')).toBe('state');
  });

  it('never repeats "kiểm tra" in the heading', () => {
    expect(delegationHeading('kiểm tra việc thực hiện "Năm Dân vận chính quyền" năm 2019')).toBe(
      'của Đoàn kiểm tra việc thực hiện "Năm Dân vận chính quyền" năm 2019',
    );
    expect(delegationHeading('việc thực hiện Quy chế dân chủ')).toBe(
      'của Đoàn kiểm tra việc thực hiện Quy chế dân chủ',
    );
  });
});
