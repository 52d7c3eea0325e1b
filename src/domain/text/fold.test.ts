import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldVietnamese, searchTokens, similarity, trigrams } from './fold.js';

describe('foldVietnamese', () => {
  it('folds đ and Đ so that "duong" matches "đường" and "Đường"', () => {
    expect(foldVietnamese('đường')).toBe('duong');
    expect(foldVietnamese('Đường')).toBe('duong');
    expect(foldVietnamese('ĐƯỜNG')).toBe('duong');
  });

  it('folds place names', () => {
    expect(foldVietnamese('Thạnh Hóa')).toBe('thanh hoa');
    expect(foldVietnamese('  Thủy   Đông\t\n')).toBe('thuy dong');
    expect(foldVietnamese('Bồi thường giải phóng mặt bằng')).toBe('boi thuong giai phong mat bang');
  });

  it('gives the same result for NFC and NFD input', () => {
    const nfc = 'Tranh chấp quyền sử dụng đất ở Thạnh Phước'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
  });

  it('is idempotent and normalisation-blind (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
        expect(foldVietnamese(s.normalize('NFC'))).toBe(foldVietnamese(s.normalize('NFD')));
      }),
    );
  });
});

describe('searchTokens', () => {
  it('drops punctuation and folds each word', () => {
    expect(searchTokens('Lối đi công cộng, ấp 3!')).toEqual([
      'loi',
      'di',
      'cong',
      'cong',
      'ap',
      '3',
    ]);
    expect(searchTokens('   ')).toEqual([]);
  });
});

describe('trigrams and similarity', () => {
  it('pads words like pg_trgm', () => {
    expect([...trigrams('Đi')].sort()).toEqual(['  d', ' di', 'di ']);
  });

  it('scores identical texts 1 and unrelated texts low', () => {
    expect(similarity('tranh chấp bờ ranh', 'Tranh chap bo ranh')).toBe(1);
    expect(similarity('bồi thường giải phóng mặt bằng', 'lối đi công cộng')).toBeLessThan(0.2);
    expect(similarity('', '')).toBe(0);
  });

  it('scores near-duplicates high', () => {
    const a = 'Khiếu nại mức bồi thường đất nông nghiệp khi thu hồi làm đường huyện';
    const b = 'khieu nai muc boi thuong dat nong nghiep khi thu hoi de lam duong huyen';
    expect(similarity(a, b)).toBeGreaterThan(0.8);
  });

  it('is symmetric and within 0..1 (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBeCloseTo(s, 12);
      }),
    );
  });
});
