import { describe, expect, it } from 'vitest';
import { parseImportDate, parseLevel, parseUnitImport, type UnitImportResult } from './import.js';
import type { UnitVersion } from './unit.js';

const HEADER = 'code,name,level,parent_code,valid_from,valid_to,successor_codes';
const csv = (...lines: string[]): string => [HEADER, ...lines].join('\r\n');
const codes = (r: UnitImportResult): string[] =>
  r.rejected.flatMap((x) => x.errors.map((e) => e.code));

describe('parseUnitImport', () => {
  it('accepts the demo units with both date formats and both separators', () => {
    const r = parseUnitImport(
      csv(
        '80,Long An,province,,1900-01-01,30/06/2025,80',
        '800,Huyện Thạnh Hóa,district,80,1900-01-01,2025-06-30,',
        '27874,Xã Thạnh Phước,commune,800,1900-01-01,2025-06-30,27877',
        '27877,Xã Thạnh Phú,commune,800,1900-01-01,2025-06-30,27877',
        '27880,Xã Thuận Nghĩa Hòa,xã,800,1900-01-01,2025-06-30,27877',
        '80,Tây Ninh,province,,1/7/2025,,',
        '27877,Xã Thạnh Phước,commune,80,2025-07-01,,',
      ),
    );
    expect(r.rejected).toEqual([]);
    expect(r.accepted).toHaveLength(7);
    expect(r.accepted[0]).toEqual({
      code: '80',
      name: 'Long An',
      fullName: 'Tỉnh Long An',
      level: 'province',
      type: 'Tỉnh',
      parentCode: null,
      validFrom: '1900-01-01',
      validTo: '2025-06-30',
      successorCodes: ['80'],
      sample: false,
    } satisfies UnitVersion);
    expect(r.accepted[1]).toMatchObject({
      name: 'Thạnh Hóa',
      fullName: 'Huyện Thạnh Hóa',
      type: 'Huyện',
    });
    expect(r.accepted[5]).toMatchObject({ validFrom: '2025-07-01', validTo: null });
  });

  it('uses optional type / full_name / name_en columns and the sample option', () => {
    const text = `${HEADER},type,full_name,name_en\n19780,Phường Đúc,commune,01,2025-07-01,,,Phường,Phường Phường Đúc,Phuong Duc\n01,Hà Nội,province,,2025-07-01,,,Thành phố,,`;
    const r = parseUnitImport(text, { sample: true });
    expect(r.rejected).toEqual([]);
    expect(r.accepted[0]).toMatchObject({
      name: 'Phường Đúc',
      fullName: 'Phường Phường Đúc',
      nameEn: 'Phuong Duc',
      sample: true,
    });
    expect(r.accepted[1]).toMatchObject({ fullName: 'Thành phố Hà Nội', type: 'Thành phố' });
  });

  it('rejects a bad header once, with the missing columns', () => {
    const r = parseUnitImport('code,name,level\n01,Hà Nội,province');
    expect(r.accepted).toEqual([]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.line).toBe(1);
    expect(r.rejected[0]?.errors[0]?.code).toBe('header.missing_columns');
    expect(r.rejected[0]?.errors[0]?.en).toContain(
      'parent_code, valid_from, valid_to, successor_codes',
    );
    expect(codes(parseUnitImport(''))).toEqual(['file.empty']);
    expect(codes(parseUnitImport(`${HEADER},code`))).toEqual(['header.duplicate_column']);
  });

  it('validates codes, levels, names, types and dates with bilingual messages', () => {
    const r = parseUnitImport(
      csv(
        '1,Hà Nội,province,,2025-07-01,,',
        '0001,X,commune,01,2025-07-01,,',
        '01,Hà Nội,city,,2025-07-01,,',
        '02,,province,,2025-07-01,,',
        '03,Phường Y,province,,2025-07-01,,',
        '04,Z,province,,31/02/2025,,',
        '05,Z,province,,2025-07-01,2025-06-30,',
        '06,Z,province,,,,',
        '07,Z,province',
      ),
    );
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => [x.line, x.errors.map((e) => e.code)])).toEqual([
      [2, ['code.format']],
      [3, ['code.format']],
      [4, ['level.unknown']],
      [5, ['name.required']],
      [6, ['type.level_mismatch']],
      [7, ['date.invalid']],
      [8, ['date.order']],
      [9, ['date.required']],
      [10, ['row.field_count']],
    ]);
    const first = r.rejected[0]?.errors[0];
    expect(first?.vi).toContain('"01"');
    expect(first?.en).toContain('Leading zeros');
    expect(r.rejected[6]?.errors[0]?.vi).toContain('30/06/2025');
    for (const e of r.rejected.flatMap((x) => x.errors)) expect(e.vi).not.toBe(e.en);
  });

  it('checks parents: required, level, existence in file or existing, validity', () => {
    const existing: UnitVersion[] = [
      {
        code: '80',
        name: 'Tây Ninh',
        fullName: 'Tỉnh Tây Ninh',
        level: 'province',
        type: 'Tỉnh',
        parentCode: null,
        validFrom: '2025-07-01',
        validTo: null,
        successorCodes: [],
        sample: false,
      },
    ];
    const r = parseUnitImport(
      csv(
        '27877,Xã Thạnh Phước,commune,80,2025-07-01,,',
        '27878,Xã A,commune,,2025-07-01,,',
        '27879,Xã B,commune,8000,2025-07-01,,',
        '27880,Xã C,commune,81,2025-07-01,,',
        '27881,Xã D,commune,80,2019-01-01,,',
        '01,Hà Nội,province,02,2025-07-01,,',
        '999,Huyện E,district,998,2025-07-01,,',
      ),
      { existing },
    );
    expect(r.accepted.map((u) => u.code)).toEqual(['27877']);
    expect(codes(r)).toEqual([
      'parent.required',
      'parent.format',
      'parent.not_found',
      'parent.not_valid',
      'parent.not_allowed',
      'parent.format',
    ]);
  });

  it('rejects children of a rejected parent, pointing at its line', () => {
    const r = parseUnitImport(
      csv('80,Long An,province,,2025-07-01,2025-01-01,', '27877,Xã X,commune,80,2025-07-01,,'),
    );
    expect(r.accepted).toEqual([]);
    expect(r.rejected[1]?.errors[0]?.code).toBe('parent.not_found');
    expect(r.rejected[1]?.errors[0]?.en).toContain('Line 2');
  });

  it('rejects duplicate and overlapping versions of one code', () => {
    const r = parseUnitImport(
      csv(
        '80,Long An,province,,1900-01-01,2025-06-30,',
        '80,Long An,province,,1900-01-01,2025-06-30,',
        '80,Tây Ninh,province,,2025-06-30,,',
        '80,Tây Ninh,province,,2025-07-01,,',
      ),
    );
    expect(r.accepted.map((u) => u.name)).toEqual(['Long An', 'Tây Ninh']);
    expect(r.rejected.map((x) => [x.line, x.errors[0]?.code])).toEqual([
      [3, 'version.duplicate'],
      [4, 'version.overlap'],
    ]);
  });

  it('closes an existing open version by re-importing it (same code and valid_from) with an end date', () => {
    const existing: UnitVersion[] = [
      {
        code: '75',
        name: 'Đồng Nai',
        fullName: 'Tỉnh Đồng Nai',
        level: 'province',
        type: 'Tỉnh',
        parentCode: null,
        validFrom: '2025-07-01',
        validTo: null,
        successorCodes: [],
        sample: false,
      },
      {
        code: '26000',
        name: 'A',
        fullName: 'Xã A',
        level: 'commune',
        type: 'Xã',
        parentCode: '75',
        validFrom: '2025-07-01',
        validTo: null,
        successorCodes: [],
        sample: false,
      },
    ];
    const newVersionOnly = parseUnitImport(csv('26000,Phường A,commune,75,2026-04-30,,'), {
      existing,
    });
    expect(codes(newVersionOnly)).toEqual(['version.overlap']);
    expect(newVersionOnly.rejected[0]?.errors[0]?.en).toContain('include that version');
    const both = parseUnitImport(
      csv(
        '26000,Xã A,commune,75,2025-07-01,2026-04-29,26000',
        '26000,Phường A,commune,75,2026-04-30,,',
      ),
      { existing },
    );
    expect(both.rejected).toEqual([]);
    expect(both.accepted.map((u) => [u.type, u.validTo])).toEqual([
      ['Xã', '2026-04-29'],
      ['Phường', null],
    ]);
  });

  it('checks successor codes', () => {
    const r = parseUnitImport(
      csv(
        '27877,Xã Thạnh Phước,commune,80,2025-07-01,,',
        '80,Tây Ninh,province,,2025-07-01,,',
        '27874,Xã Thạnh Phước,commune,80,2025-07-01,2025-07-31,27877;27999',
        '27875,Xã X,commune,80,2025-07-01,,27877',
        '27876,Xã Y,commune,80,2025-07-01,2025-12-31,27877 27x',
        '27873,Xã Z,commune,80,2020-01-01,2024-12-31,27877',
      ),
    );
    expect(r.accepted.map((u) => u.code)).toEqual(['27877', '80']);
    expect(r.rejected.map((x) => x.errors.map((e) => e.code))).toEqual([
      ['successor.unknown'],
      ['successor.without_end'],
      ['successor.format'],
      ['parent.not_valid', 'successor.not_valid_after_end'],
    ]);
  });

  it('reports CSV syntax errors and the line where a multi-line record starts', () => {
    const r = parseUnitImport(
      csv(
        '"80","Long\nAn",province,,2025-07-01,,',
        '81,"X"y,province,,2025-07-01,,',
        '82,X,province,,2025-07-01,,',
      ),
    );
    expect(r.accepted.map((u) => u.code)).toEqual(['80', '82']);
    expect(r.rejected).toEqual([
      {
        line: 4,
        raw: '81,"X"y,province,,2025-07-01,,',
        errors: [expect.objectContaining({ code: 'csv.syntax' })],
      },
    ]);
  });
});

describe('parseImportDate / parseLevel', () => {
  it('parses both formats and rejects impossible dates', () => {
    expect(parseImportDate('2024-02-29')).toBe('2024-02-29');
    expect(parseImportDate('29/02/2024')).toBe('2024-02-29');
    expect(parseImportDate('1/7/2025')).toBe('2025-07-01');
    expect(parseImportDate('2025-02-29')).toBeUndefined();
    expect(parseImportDate('2025-13-01')).toBeUndefined();
    expect(parseImportDate('07/01/25')).toBeUndefined();
  });

  it('accepts English and Vietnamese level names', () => {
    expect(['province', 'Tỉnh', 'district', 'huyện', 'commune', 'Cấp xã'].map(parseLevel)).toEqual([
      'province',
      'province',
      'district',
      'district',
      'commune',
      'commune',
    ]);
    expect(parseLevel('ward')).toBeUndefined();
  });
});
