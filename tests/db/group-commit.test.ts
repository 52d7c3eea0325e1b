import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { inGroupCommit } from '../../src/db/group-commit.js';
import type { Database } from '../../src/db/schema.js';
import { ENGINES, createTestDb, type TestDb } from '../helpers/engines.js';

describe.each(ENGINES)('group commit of intakes (%s)', (engine) => {
  let t: TestDb;
  afterEach(async () => t?.destroy());

  const insert = (tx: Kysely<Database>, id: number) =>
    sql`insert into gc_probe (id, note) values (${id}, ${`row ${id}`})`.execute(tx);

  it('commits the members that succeed and rolls back only the ones that fail', async () => {
    t = await createTestDb(engine);
    await sql`create table gc_probe (id integer primary key, note text not null)`.execute(t.ctx.db);
    // Five intakes waiting at the same moment (one group on SQLite): the third writes then
    // throws, the fourth breaks a constraint; the others must be stored, those two not at all.
    const runs = [1, 2, 3, 4, 5].map((id) =>
      inGroupCommit(t.ctx, async (tx) => {
        await insert(tx, id * 10);
        if (id === 3) throw new Error('member three fails after writing');
        if (id === 4) await insert(tx, 10); // the first member's key
        await insert(tx, id * 10 + 1);
        return id;
      }),
    );
    const settled = await Promise.allSettled(runs);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : null))).toEqual([
      1,
      2,
      null,
      null,
      5,
    ]);
    expect(String((settled[2] as PromiseRejectedResult).reason)).toMatch(/member three/);
    const rows = await sql<{ id: number }>`select id from gc_probe order by id`.execute(t.ctx.db);
    expect(rows.rows.map((r) => Number(r.id))).toEqual([10, 11, 20, 21, 50, 51]);
    // A later group works as before (the connection was handed back).
    await inGroupCommit(t.ctx, (tx) => insert(tx, 60));
    const n = await sql<{ n: number }>`select count(*) as n from gc_probe`.execute(t.ctx.db);
    expect(Number(n.rows[0]!.n)).toBe(7);
  });
});
