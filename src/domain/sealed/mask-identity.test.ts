import { describe, expect, it } from 'vitest';
import { IDENTITY_MASK as M, maskIdentity } from './mask-identity.js';

const person = {
  fullName: 'Hoàng Thị Chim Canh',
  address: 'Số 13 ngõ Hoàng Yến, ấp Canh Gác',
  identityNumber: '079300777313',
  phone: '0912 777 313',
  email: 'canh.gac@example.vn',
};

describe('maskIdentity', () => {
  it('masks the name, address, ID number, phone (any form) and e-mail written in a letter', () => {
    const text =
      'Tôi tên là HOÀNG THỊ  CHIM CANH, CCCD số 079300777313, ở Số 13 ngõ Hoàng Yến, ấp Canh Gác; ' +
      'điện thoại 0912.777.313 hoặc +84 912777313, thư canh.gac@example.vn. Tố cáo cán bộ địa chính.';
    expect(maskIdentity(text, [person])).toBe(
      `Tôi tên là ${M}, CCCD số ${M}, ở ${M}; điện thoại ${M} hoặc ${M}, thư ${M}. Tố cáo cán bộ địa chính.`,
    );
  });

  it('leaves other numbers and words alone', () => {
    const text = 'Số tiền 1079300777313 đồng; ông Canh ở ấp bên; thửa đất 912777313000.';
    expect(maskIdentity(text, [person])).toBe(text);
  });

  it('changes nothing without identity to mask (an anonymous or one-word name)', () => {
    expect(maskIdentity('Ông Tư nhận tiền.', [{ fullName: 'Tư' }])).toBe('Ông Tư nhận tiền.');
    expect(maskIdentity('Nội dung.', [])).toBe('Nội dung.');
  });

  it('treats regular-expression characters in the input as plain text', () => {
    expect(maskIdentity('Gửi (a.b)+c@x.vn nhé', [{ email: '(a.b)+c@x.vn' }])).toBe(`Gửi ${M} nhé`);
  });
});
