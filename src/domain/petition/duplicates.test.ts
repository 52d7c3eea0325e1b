import { describe, expect, it } from 'vitest';
import {
  normaliseVietnamesePhone,
  rankDuplicates,
  scoreDuplicate,
  type DuplicateSubject,
} from './duplicates.js';

const incoming: DuplicateSubject = {
  title: 'Khiếu nại mức bồi thường giải phóng mặt bằng',
  content: 'Tôi khiếu nại mức bồi thường đất nông nghiệp khi thu hồi đất làm đường huyện tại ấp 3.',
  unitCode: '27874',
  topic: 'land_clearance_compensation',
  petitioners: [{ identityNumber: '000080123456', phone: '+84 912 345 678' }],
};

describe('normaliseVietnamesePhone', () => {
  it('turns +84, 84 and 0084 into 0 and drops punctuation', () => {
    expect(normaliseVietnamesePhone('+84 912 345 678')).toBe('0912345678');
    expect(normaliseVietnamesePhone('84912345678')).toBe('0912345678');
    expect(normaliseVietnamesePhone('0084-912-345-678')).toBe('0912345678');
    expect(normaliseVietnamesePhone('0912.345.678')).toBe('0912345678');
    expect(normaliseVietnamesePhone('(0272) 3871 234')).toBe('02723871234');
  });

  it('rejects what is not a phone number', () => {
    expect(normaliseVietnamesePhone('12345')).toBeNull();
    expect(normaliseVietnamesePhone('abc')).toBeNull();
    expect(normaliseVietnamesePhone(undefined)).toBeNull();
  });
});

describe('scoreDuplicate', () => {
  it('recognises the same person writing the same thing without diacritics', () => {
    const r = scoreDuplicate(incoming, {
      title: 'khieu nai muc boi thuong giai phong mat bang',
      content:
        'Toi khieu nai muc boi thuong dat nong nghiep khi thu hoi dat lam duong huyen tai ap 3',
      unitCode: '27874',
      topic: 'land_clearance_compensation',
      petitioners: [{ identityNumber: '0000 8012 3456', phone: '0912345678' }],
    });
    expect(r.reasons.map((x) => x.code)).toEqual([
      'same_identity',
      'same_phone',
      'similar_content',
      'same_unit_topic',
    ]);
    expect(r.score).toBeGreaterThan(0.95);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('gives an unrelated petition a low score and no reasons', () => {
    const r = scoreDuplicate(incoming, {
      content: 'Đề nghị sửa chữa đèn chiếu sáng công cộng bị hỏng',
      unitCode: '27865',
      topic: 'infrastructure',
      petitioners: [{ phone: '0987000111' }],
    });
    expect(r.reasons).toEqual([]);
    expect(r.score).toBe(0);
  });
});

describe('rankDuplicates', () => {
  it('keeps candidates above the threshold, best first', () => {
    const same = { ...incoming, key: 'same' };
    const phoneOnly: DuplicateSubject & { key: string } = {
      key: 'phone',
      content: 'Phản ánh về lối đi công cộng bị lấn chiếm',
      petitioners: [{ phone: '0912 345 678' }],
    };
    const ranked = rankDuplicates(incoming, [phoneOnly, same], 0.1);
    expect(ranked.map((r) => r.candidate.key)).toEqual(['same', 'phone']);
    expect(rankDuplicates(incoming, [phoneOnly], 0.5)).toEqual([]);
  });
});
