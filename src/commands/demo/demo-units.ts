import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { APP_ROOT } from '../../config/paths.js';
import type { Database } from '../../db/schema.js';
import {
  OFFICIAL_FILES,
  buildDemoUnits,
  defaultAgenciesFor,
  type OfficialCsvTexts,
  type UnitVersion,
} from '../../domain/units/index.js';
import { writeUnits } from '../units/import-units.js';

/** Directory of the shipped official unit lists (with their licence notice). */
export const UNITS_RESOURCE_DIR = path.join(APP_ROOT, 'resources/units');

export function readOfficialCsvTexts(dir = UNITS_RESOURCE_DIR): OfficialCsvTexts {
  return Object.fromEntries(
    Object.entries(OFFICIAL_FILES).map(([key, file]) => [
      key,
      fs.readFileSync(path.join(dir, file), 'utf8'),
    ]),
  ) as OfficialCsvTexts;
}

/** Deterministic agency id, so demo data and tests can name an agency. */
export const agencyId = (unitCode: string, kind: string): string => `ag-${unitCode}-${kind}`;

/** Writes the demo units (official codes) and the usual agencies of each. */
export async function loadDemoUnits(tx: Kysely<Database>, nowIso: string): Promise<UnitVersion[]> {
  const units = buildDemoUnits(readOfficialCsvTexts());
  await writeUnits(tx, units);
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.code)) continue; // code 80 is Long An then Tây Ninh: one set of agencies per code
    seen.add(u.code);
    for (const a of defaultAgenciesFor(u.level)) {
      await tx
        .insertInto('agencies')
        .values({
          id: agencyId(u.code, a.kind),
          unit_code: u.code,
          kind: a.kind,
          name_vi: a.name.vi,
          name_en: a.name.en,
          created_at: nowIso,
        })
        .execute();
    }
  }
  return units;
}
