import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENCIES, defaultAgenciesFor } from './agencies.js';

describe('defaultAgenciesFor', () => {
  it('lists the district agencies of the demo scenario', () => {
    const agencies = defaultAgenciesFor('district');
    expect(agencies.map((a) => a.kind)).toEqual([
      'citizen_reception',
      'inspectorate',
      'land_environment',
      'mass_mobilisation',
      'office',
    ]);
    expect(agencies.find((a) => a.kind === 'citizen_reception')?.name.vi).toBe(
      'Ban Tiếp công dân huyện',
    );
    expect(agencies.filter((a) => a.partyBody).map((a) => a.kind)).toEqual(['mass_mobilisation']);
  });

  it('lists the commune agencies, with the cadastral officer as land_environment', () => {
    const agencies = defaultAgenciesFor('commune');
    expect(agencies.map((a) => a.name.vi)).toEqual([
      'Bộ phận tiếp công dân',
      'Công chức Địa chính',
      'Ban Dân vận xã',
      'Văn phòng',
    ]);
    expect(agencies.find((a) => a.name.vi === 'Công chức Địa chính')?.kind).toBe(
      'land_environment',
    );
  });

  it('has both languages everywhere and returns copies', () => {
    for (const list of Object.values(DEFAULT_AGENCIES)) {
      for (const a of list) {
        expect(a.name.vi).not.toBe('');
        expect(a.name.en).not.toBe('');
        if (a.partyBody) expect(a.note?.en).toMatch(/Party/);
      }
    }
    const copy = defaultAgenciesFor('province');
    (copy[0] as { name: { vi: string } }).name.vi = 'changed';
    expect(DEFAULT_AGENCIES.province[0]?.name.vi).toBe('Ban Tiếp công dân tỉnh');
  });
});
