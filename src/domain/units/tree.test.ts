// Tests may read the shipped files; the domain code itself takes strings.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_FILES, buildDemoUnits, type OfficialCsvTexts } from './official-lists.js';
import { parseUnitImport } from './import.js';
import {
  ancestors,
  children,
  currentSuccessors,
  indexUnits,
  subtreeCodes,
  versionOn,
  versionsOf,
} from './tree.js';

const dir = new URL('../../../resources/units/', import.meta.url);
const texts = Object.fromEntries(
  Object.entries(OFFICIAL_FILES).map(([key, file]) => [
    key,
    readFileSync(new URL(file, dir), 'utf8'),
  ]),
) as OfficialCsvTexts;
const demo = buildDemoUnits(texts);
const index = indexUnits(demo);
const INSPECTION = '2019-10-18';
const NOW = '2025-08-01';

describe('tree helpers on the demo units', () => {
  it('versionOn resolves code 80 by date', () => {
    expect(versionOn(demo, '80', INSPECTION)?.name).toBe('Long An');
    expect(versionOn(index, '80', NOW)?.name).toBe('Tây Ninh');
    expect(versionOn(index, '800', NOW)).toBeUndefined();
    expect(versionOn(index, '27877', INSPECTION)?.fullName).toBe('Xã Thạnh Phú');
    expect(versionOn(index, '27877', NOW)?.fullName).toBe('Xã Thạnh Phước');
    expect(versionsOf(index, '27877').map((u) => u.validFrom)).toEqual([
      '1900-01-01',
      '2025-07-01',
    ]);
  });

  it('children distinguishes the two units coded 80', () => {
    expect(children(index, '80', INSPECTION).map((u) => u.code)).toEqual(['800']);
    expect(
      children(index, '80', NOW)
        .map((u) => u.code)
        .sort(),
    ).toEqual(['27865', '27868', '27877', '27889']);
    const longAn = versionOn(index, '80', INSPECTION);
    expect(longAn && children(index, longAn).map((u) => u.code)).toEqual(['800']);
    expect(children(index, '80')).toHaveLength(5);
    expect(children(index, '800', INSPECTION)).toHaveLength(11);
  });

  it('subtreeCodes with and without a date', () => {
    const district = subtreeCodes(index, '800', INSPECTION);
    expect(district[0]).toBe('800');
    expect(district).toHaveLength(12);
    expect(subtreeCodes(index, '80', INSPECTION)).toHaveLength(13);
    expect(subtreeCodes(index, '80', NOW).sort()).toEqual([
      '27865',
      '27868',
      '27877',
      '27889',
      '80',
    ]);
    expect(subtreeCodes(index, '80')).toHaveLength(1 + 1 + 11); // the 4 new communes reuse old codes
    expect(subtreeCodes(index, '800', NOW)).toEqual([]);
  });

  it('currentSuccessors follows the 2025 links', () => {
    expect(
      currentSuccessors(index, '27874', NOW).map((u) => [u.code, u.fullName, u.validFrom]),
    ).toEqual([['27877', 'Xã Thạnh Phước', '2025-07-01']]);
    const longAn = versionOn(index, '80', INSPECTION);
    expect(longAn && currentSuccessors(index, longAn, NOW).map((u) => u.fullName)).toEqual([
      'Tỉnh Tây Ninh',
    ]);
    expect(currentSuccessors(index, '27874', INSPECTION).map((u) => u.fullName)).toEqual([
      'Xã Thạnh Phước',
    ]);
    expect(currentSuccessors(index, '27877', NOW)[0]?.validFrom).toBe('2025-07-01');
    expect(currentSuccessors(index, '800', NOW)).toEqual([]); // district level abolished
    expect(currentSuccessors(index, '27877', '1800-01-01')).toEqual([]);
    const fromDistrict = children(index, '800', INSPECTION).flatMap((c) =>
      currentSuccessors(index, c, NOW).map((u) => u.code),
    );
    expect(new Set(fromDistrict)).toEqual(new Set(['27865', '27868', '27877', '27889']));
  });

  it('ancestors by date', () => {
    expect(ancestors(index, '27874', INSPECTION).map((u) => u.fullName)).toEqual([
      'Huyện Thạnh Hóa',
      'Tỉnh Long An',
    ]);
    expect(ancestors(index, '27877', NOW).map((u) => u.fullName)).toEqual(['Tỉnh Tây Ninh']);
    const newCommune = versionOn(index, '27877', NOW);
    expect(newCommune && ancestors(demo, newCommune).map((u) => u.code)).toEqual(['80']);
    expect(ancestors(index, '80', NOW)).toEqual([]);
  });
});

describe('currentSuccessors over chains and splits', () => {
  const { accepted, rejected } = parseUnitImport(
    [
      'code,name,level,parent_code,valid_from,valid_to,successor_codes',
      '01,A,province,,1900-01-01,,',
      '00001,Xã P,commune,01,1900-01-01,2019-12-31,00002',
      '00002,Xã Q,commune,01,2020-01-01,2025-06-30,00003;00004',
      '00003,Xã R,commune,01,2025-07-01,,',
      '00004,Xã S,commune,01,2025-07-01,2026-04-29,00004',
      '00004,Phường S,commune,01,2026-04-30,,',
    ].join('\n'),
  );

  it('follows several steps, splits and a code kept by its new version', () => {
    expect(rejected).toEqual([]);
    expect(currentSuccessors(accepted, '00001', '2019-06-01').map((u) => u.name)).toEqual(['P']);
    expect(currentSuccessors(accepted, '00001', '2021-01-01').map((u) => u.name)).toEqual(['Q']);
    expect(currentSuccessors(accepted, '00001', '2025-07-01').map((u) => u.name)).toEqual([
      'R',
      'S',
    ]);
    expect(currentSuccessors(accepted, '00001', '2026-05-01').map((u) => u.fullName)).toEqual([
      'Xã R',
      'Phường S',
    ]);
  });
});
