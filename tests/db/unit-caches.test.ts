/**
 * The unit caches (unit scopes, the report's unit index) are per database: two databases in one
 * process with the same number of units but different trees each get their own answer, a cache
 * filled inside a transaction serves the handle, and an import refreshes them at once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { importUnits } from '../../src/commands/units/import-units.js';
import { inTransaction } from '../../src/db/context.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import { loadUnitIndex } from '../../src/queries/reports/unit-index.js';
import { unitScope } from '../../src/queries/units/unit-scope.js';
import { createTestDb, type TestDb } from '../helpers/engines.js';

const HEADER = 'code,name,level,parent_code,valid_from,valid_to,successor_codes';
/** A province with two districts and one commune, under district `communeUnder`. */
const tree = (communeUnder: string) =>
  [
    HEADER,
    '90,Tỉnh Thử,province,,1900-01-01,,',
    '901,Huyện Một,district,90,1900-01-01,,',
    '902,Huyện Hai,district,90,1900-01-01,,',
    `90001,Xã Thử,commune,${communeUnder},1900-01-01,,`,
  ].join('\r\n');

describe('unit caches are kept per database', () => {
  const dbs: TestDb[] = [];
  afterAll(async () => {
    for (const db of dbs) await db.destroy();
  });

  it('answers each database from its own units, and an import refreshes them', async () => {
    const a = await createTestDb('sqlite');
    const b = await createTestDb('sqlite');
    dbs.push(a, b);
    await importUnits({ ctx: a.ctx, actor: SYSTEM_ACTOR, csv: tree('901') });
    await importUnits({ ctx: b.ctx, actor: SYSTEM_ACTOR, csv: tree('902') });

    // Filled inside a transaction of A, then read through A's handle and B's.
    const inTx = await inTransaction(a.ctx, (tx) => unitScope(tx, '901'));
    expect([...inTx].sort()).toEqual(['90001', '901']);
    expect([...(await unitScope(a.ctx.db, '901'))].sort()).toEqual(['90001', '901']);
    expect([...(await unitScope(b.ctx.db, '901'))]).toEqual(['901']);
    expect([...(await unitScope(b.ctx.db, '902'))].sort()).toEqual(['90001', '902']);

    const parentIn = async (db: TestDb) =>
      (await loadUnitIndex(db.ctx.db)).byCode.get('90001')?.[0]?.parentCode;
    expect(await parentIn(a)).toBe('901');
    expect(await parentIn(b)).toBe('902');

    // Moving the commune in A (same number of rows) is seen at once, in both caches.
    await importUnits({ ctx: a.ctx, actor: SYSTEM_ACTOR, csv: tree('902') });
    expect([...(await unitScope(a.ctx.db, '901'))]).toEqual(['901']);
    expect(await parentIn(a)).toBe('902');
    expect(await parentIn(b)).toBe('902');
  });
});
