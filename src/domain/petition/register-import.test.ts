import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  fieldOfHeader,
  mapRegisterRows,
  parseRegisterDate,
  parseRegisterEnding,
  parseRegisterKind,
  readRegisterSheet,
  resolveColumns,
} from './register-import.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('register import: reading and mapping', () => {
  it('matches Vietnamese headers whatever the accents, case, spacing and notes', () => {
    expect(fieldOfHeader('NGÀY  NHẬN ĐƠN')).toBe('receivedOn');
    expect(fieldOfHeader('Ngay tiep')).toBe('receivedOn');
    expect(fieldOfHeader('Họ và tên người gửi đơn')).toBe('fullName');
    expect(fieldOfHeader('Số CCCD/CMND')).toBe('identityNumber');
    expect(fieldOfHeader('Ngày giải quyết (dd/mm/yyyy)')).toBe('resolvedOn');
    expect(fieldOfHeader('Kết quả giải quyết')).toBe('resolution');
    expect(fieldOfHeader('Cơ quan có thẩm quyền giải quyết')).toBe('agency');
    expect(fieldOfHeader('Ghi chú')).toBeNull();
  });

  it('reads dates as day/month/year, Excel serials and real dates; refuses impossible ones', () => {
    expect(parseRegisterDate('05/03/2024')).toBe('2024-03-05');
    expect(parseRegisterDate('5-3-24')).toBe('2024-03-05');
    expect(parseRegisterDate('31/02/2025')).toBeNull();
    expect(parseRegisterDate('15/13/2025')).toBeNull();
    expect(parseRegisterDate(45356)).toBe('2024-03-05');
    expect(parseRegisterDate(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    expect(parseRegisterDate('hôm qua')).toBeNull();
  });

  it('reads kinds and outcomes', () => {
    expect(parseRegisterKind('Khiếu nại')).toBe('complaint');
    expect(parseRegisterKind('TỐ CÁO')).toBe('denunciation');
    expect(parseRegisterKind('kien nghi, phan anh')).toBe('recommendation');
    expect(parseRegisterKind('Đơn khác')).toBeNull();
    expect(parseRegisterEnding('complaint', 'Khiếu nại đúng một phần')).toEqual({
      type: 'result',
      result: 'partly_upheld',
    });
    expect(parseRegisterEnding('complaint', 'Đã xem xét')).toBeNull();
    expect(parseRegisterEnding('denunciation', 'Tố cáo sai')).toEqual({
      type: 'result',
      result: 'unfounded',
    });
    expect(parseRegisterEnding('feedback', 'Đang giải quyết')).toBe('open');
    expect(parseRegisterEnding('feedback', 'Đã chuyển Công an xã')).toEqual({ type: 'forwarded' });
  });

  it('gives a row the same key from .csv (comma or semicolon, BOM) and .xlsx', async () => {
    const header = ['Ngày nhận', 'Họ tên người gửi', 'Nội dung', 'Loại đơn'];
    const row = ['05/03/2025', 'Nguyễn Văn Mẫu', 'Phản ánh đèn đường hỏng', 'Phản ánh'];
    const comma = utf8(`SỔ MẪU\n${header.join(',')}\n${row.join(',')}\n`);
    const semi = utf8(`\uFEFF${header.join(';')}\r\n${row.join(';')}\r\n`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['SỔ MẪU']);
    ws.addRow(['STT', ...header]);
    ws.addRow([1, new Date(Date.UTC(2025, 2, 5)), ...row.slice(1)]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const keys: string[] = [];
    for (const [bytes, name] of [
      [comma, 'a.csv'],
      [semi, 'b.csv'],
      [xlsx, 'c.xlsx'],
    ] as const) {
      const sheet = await readRegisterSheet(bytes, name);
      const rows = mapRegisterRows(sheet, resolveColumns(sheet.headers), '2026-01-01');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.problems).toEqual([]);
      expect(rows[0]!.receivedOn).toBe('2025-03-05');
      keys.push(rows[0]!.key);
    }
    expect(new Set(keys).size).toBe(1);
  });

  it('an explicit mapping overrides the headers; a missing required column is a file error', async () => {
    const sheet = await readRegisterSheet(
      utf8(
        'Ngày nhận,Người gửi,Tóm tắt,Loại đơn,Ghi chú\n05/03/2025,A,Nội dung thật,Kiến nghị,x\n',
      ),
      'r.csv',
    );
    // "Tóm tắt" alone names no column: the content must be mapped.
    expect(() => resolveColumns(sheet.headers)).toThrow(/Content/);
    expect(resolveColumns(sheet.headers, { content: 'tom tat' }).content).toBe(2);
    expect(resolveColumns(sheet.headers, { content: 5 }).content).toBe(4);
    const bad = await readRegisterSheet(
      utf8('Ngày nhận,Họ tên,Địa chỉ\n05/03/2025,A,B\n'),
      'x.csv',
    );
    expect(() => resolveColumns(bad.headers)).toThrow(/Content, Kind/);
  });
});
