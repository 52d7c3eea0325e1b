// Tests may read the shipped files; the domain code itself takes strings.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  OFFICIAL_COUNTS,
  OFFICIAL_FILES,
  buildDemoUnits,
  buildOfficialUnits,
  buildPost2025Units,
  buildPre2025Units,
  type OfficialCsvTexts,
} from './official-lists.js';
import { parseUnitImport } from './import.js';
import { addDays, intervalsOverlap, isValidOn, type UnitVersion } from './unit.js';

const dir = new URL('../../../resources/units/', import.meta.url);
const texts = Object.fromEntries(
  Object.entries(OFFICIAL_FILES).map(([key, file]) => [
    key,
    readFileSync(new URL(file, dir), 'utf8'),
  ]),
) as OfficialCsvTexts;

let pre: UnitVersion[];
let post: UnitVersion[];
beforeAll(() => {
  pre = buildPre2025Units(texts);
  post = buildPost2025Units(texts);
});

const count = (units: UnitVersion[], level: string): number =>
  units.filter((u) => u.level === level).length;
const find = (units: UnitVersion[], code: string): UnitVersion | undefined =>
  units.find((u) => u.code === code);

describe('official lists', () => {
  it('has the official counts', () => {
    expect([count(pre, 'province'), count(pre, 'district'), count(pre, 'commune')]).toEqual([
      63, 696, 10_035,
    ]);
    expect([count(post, 'province'), count(post, 'district'), count(post, 'commune')]).toEqual([
      34, 0, 3_321,
    ]);
    expect(OFFICIAL_COUNTS.pre2025.commune).toBe(10_035);
  });

  it('versions the pre-reform units until 2025-06-30 and the new ones from 2025-07-01', () => {
    expect(
      pre.every((u) => u.validFrom === '1900-01-01' && u.validTo === '2025-06-30' && !u.sample),
    ).toBe(true);
    expect(post.every((u) => u.validFrom === '2025-07-01' && u.validTo === null && !u.sample)).toBe(
      true,
    );
    expect(post.filter((u) => u.level === 'commune').every((u) => u.parentCode?.length === 2)).toBe(
      true,
    );
    expect(find(post, '01')).toMatchObject({
      name: 'Hà Nội',
      fullName: 'Thành phố Hà Nội',
      type: 'Thành phố',
      nameEn: 'Ha Noi',
    });
    expect(post.filter((u) => u.type === 'Đặc khu')).toHaveLength(13);
  });

  it('keeps code 80 as two units: Long An before, Tây Ninh after, linked', () => {
    expect(find(pre, '80')).toMatchObject({ fullName: 'Tỉnh Long An', successorCodes: ['80'] });
    expect(find(pre, '72')).toMatchObject({ fullName: 'Tỉnh Tây Ninh', successorCodes: ['80'] });
    expect(find(post, '80')).toMatchObject({ fullName: 'Tỉnh Tây Ninh', successorCodes: [] });
  });

  it('links old communes to new ones (27874 → 27877; 27877 reused by a larger unit)', () => {
    expect(find(pre, '27874')).toMatchObject({
      fullName: 'Xã Thạnh Phước',
      parentCode: '800',
      successorCodes: ['27877'],
    });
    expect(find(pre, '27877')).toMatchObject({
      fullName: 'Xã Thạnh Phú',
      successorCodes: ['27877'],
    });
    expect(find(post, '27877')).toMatchObject({ fullName: 'Xã Thạnh Phước', parentCode: '80' });
    expect(find(pre, '318')).toMatchObject({
      fullName: 'Huyện Bạch Long Vĩ',
      successorCodes: ['11948'],
    });
    expect(pre.filter((u) => u.level === 'commune' && u.successorCodes.length > 1)).toHaveLength(
      460,
    );
  });

  it('has consistent references: parents exist, successors exist from 2025-07-01, no overlaps', () => {
    const all = [...pre, ...post];
    const byCode = new Map<string, UnitVersion[]>();
    for (const u of all) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
    for (const u of all) {
      if (u.parentCode)
        expect(
          byCode.get(u.parentCode)?.some((p) => isValidOn(p, u.validFrom)),
          u.code,
        ).toBe(true);
      if (u.validTo) {
        const day = addDays(u.validTo, 1);
        for (const s of u.successorCodes)
          expect(
            byCode.get(s)?.some((v) => isValidOn(v, day)),
            `${u.code}→${s}`,
          ).toBe(true);
      }
      const versions = byCode.get(u.code) ?? [];
      expect(versions.filter((v) => v !== u && intervalsOverlap(u, v))).toEqual([]);
    }
    // Every pre-reform commune and province has a successor.
    expect(pre.filter((u) => u.level !== 'district' && u.successorCodes.length === 0)).toEqual([]);
  });

  it('round-trips through the generic import format', () => {
    const all = buildOfficialUnits(texts);
    const q = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
    const lines = all.map((u) =>
      [
        u.code,
        u.name,
        u.level,
        u.parentCode ?? '',
        u.validFrom,
        u.validTo ?? '',
        u.successorCodes.join(';'),
        u.type,
        u.fullName,
        u.nameEn ?? '',
      ]
        .map(q)
        .join(','),
    );
    const csv = [
      'code,name,level,parent_code,valid_from,valid_to,successor_codes,type,full_name,name_en',
      ...lines,
    ].join('\r\n');
    const result = parseUnitImport(csv);
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toEqual(all);
  });
});

describe('buildDemoUnits', () => {
  it('returns Long An / Thạnh Hóa / its 11 communes and Tây Ninh with the 4 successors', () => {
    const demo = buildDemoUnits(texts);
    expect(demo).toHaveLength(1 + 1 + 11 + 1 + 4);
    expect(demo.every((u) => !u.sample)).toBe(true);
    const communes = demo.filter((u) => u.parentCode === '800');
    expect(communes).toHaveLength(11);
    expect(communes.map((u) => u.code)).toContain('27874');
    expect(
      demo.filter((u) => u.code === '80').map((u) => [u.fullName, u.validFrom, u.successorCodes]),
    ).toEqual([
      ['Tỉnh Long An', '1900-01-01', ['80']],
      ['Tỉnh Tây Ninh', '2025-07-01', []],
    ]);
    const successors = demo.filter((u) => u.validFrom === '2025-07-01' && u.level === 'commune');
    expect(successors.map((u) => `${u.code} ${u.fullName}`).sort()).toEqual([
      '27865 Xã Thạnh Hóa',
      '27868 Xã Bình Thành',
      '27877 Xã Thạnh Phước',
      '27889 Xã Tân Tây',
    ]);
    expect(new Set(communes.flatMap((c) => c.successorCodes))).toEqual(
      new Set(['27865', '27868', '27877', '27889']),
    );
  });
});
