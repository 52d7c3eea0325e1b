import { describe, expect, it } from 'vitest';
import {
  documentDateLine,
  normalizeNoticeNumber,
  noticeNumberLine,
  noticeNumberProblem,
  signatureLines,
} from './notice-format.js';

describe('conclusion notice format', () => {
  it('writes the number line of each system', () => {
    expect(noticeNumberLine('party', '12-TB/ĐKT')).toBe('Số 12-TB/ĐKT');
    expect(noticeNumberLine('state', '12/TB-ĐKT')).toBe('Số: 12/TB-ĐKT');
    expect(normalizeNoticeNumber('  Số: 12-TB/ĐKT ')).toBe('12-TB/ĐKT');
    expect(normalizeNoticeNumber('số 7/TB-UBND')).toBe('7/TB-UBND');
    expect(normalizeNoticeNumber('   ')).toBeNull();
  });

  it('refuses the decision number and the other system form', () => {
    expect(noticeNumberProblem('party', '45-QĐ/BDVTU', '45-QĐ/BDVTU (minh họa)')).toBe(
      'same_as_decision',
    );
    expect(noticeNumberProblem('party', '12-TB/ĐKT', '45-QĐ/BDVTU')).toBeNull();
    expect(noticeNumberProblem('party', '12/TB-ĐKT', '45-QĐ/BDVTU')).toBe('form');
    expect(noticeNumberProblem('state', '12/TB-ĐKT', '45/QĐ-UBND')).toBeNull();
    expect(noticeNumberProblem('state', '12-TB/ĐKT', '45/QĐ-UBND')).toBe('form');
    expect(noticeNumberProblem('state', 'TB 12', '45/QĐ-UBND')).toBe('form');
  });

  it('pads the day below 10 and the months 1 and 2 only', () => {
    expect(documentDateLine('Long An', '2019-10-18')).toBe('Long An, ngày 18 tháng 10 năm 2019');
    expect(documentDateLine('Hà Nội', '2018-04-03')).toBe('Hà Nội, ngày 03 tháng 4 năm 2018');
    expect(documentDateLine('Tây Ninh', '2026-02-05')).toBe('Tây Ninh, ngày 05 tháng 02 năm 2026');
  });

  it('signs as the collective, a deputy in the head place', () => {
    expect(signatureLines('state', 'head')).toEqual(['TM. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN']);
    expect(signatureLines('state', 'deputy')).toEqual([
      'TM. ĐOÀN KIỂM TRA',
      'KT. TRƯỞNG ĐOÀN',
      'PHÓ TRƯỞNG ĐOÀN',
    ]);
    expect(signatureLines('party', 'deputy')).toEqual([
      'T/M ĐOÀN KIỂM TRA',
      'K/T TRƯỞNG ĐOÀN',
      'PHÓ TRƯỞNG ĐOÀN',
    ]);
  });
});
