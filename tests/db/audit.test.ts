import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit } from '../../src/db/audit.js';
import { verifyAuditChain } from '../../src/queries/audit/verify-audit-chain.js';
import { ENGINES, createTestDb, type TestDb } from '../helpers/engines.js';

describe.each(ENGINES)('audit trail (%s)', (engine) => {
  let t: TestDb;
  afterEach(async () => t?.destroy());

  async function write(n: number) {
    for (let i = 0; i < n; i++) {
      await t.ctx.db.transaction().execute((tx) =>
        appendAudit(
          tx,
          engine,
          {
            actorId: null,
            actorName: 'test',
            entityType: 'thing',
            entityId: `t${i}`,
            eventType: 'unit.created',
            payload: { i },
          },
          new Date(),
        ),
      );
    }
  }

  it('verifies an intact chain and catches a row edited by hand', async () => {
    t = await createTestDb(engine);
    await write(5);
    expect((await verifyAuditChain({ db: t.ctx.db })).problems).toEqual([]);
    await sql`update audit_events set payload = '{"i":99}' where seq = 3`.execute(t.ctx.db);
    const v = await verifyAuditChain({ db: t.ctx.db });
    expect(v.problems.map((p) => [p.seq, p.problem])).toContainEqual([3, 'hash_mismatch']);
  });

  it('catches deleted rows', async () => {
    t = await createTestDb(engine);
    await write(4);
    await sql`delete from audit_events where seq = 4`.execute(t.ctx.db);
    expect((await verifyAuditChain({ db: t.ctx.db })).problems.map((p) => p.problem)).toContain(
      'head_mismatch',
    );
  });

  it('rolls back the audit row with the change it records', async () => {
    t = await createTestDb(engine);
    await expect(
      t.ctx.db.transaction().execute(async (tx) => {
        await appendAudit(
          tx,
          engine,
          {
            actorId: null,
            actorName: 'test',
            entityType: 'thing',
            entityId: 'x',
            eventType: 'unit.created',
            payload: {},
          },
          new Date(),
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await verifyAuditChain({ db: t.ctx.db })).rows).toBe(0);
  });

  it('refuses secrets in payloads', async () => {
    t = await createTestDb(engine);
    await expect(
      t.ctx.db.transaction().execute((tx) =>
        appendAudit(
          tx,
          engine,
          {
            actorId: null,
            actorName: 't',
            entityType: 'u',
            entityId: 'u',
            eventType: 'user.created',
            payload: { password: 'x' },
          },
          new Date(),
        ),
      ),
    ).rejects.toThrow(/must not carry/);
  });

  it('keeps one chain under concurrent writers', async () => {
    t = await createTestDb(engine);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.ctx.db.transaction().execute((tx) =>
          appendAudit(
            tx,
            engine,
            {
              actorId: null,
              actorName: 'c',
              entityType: 'c',
              entityId: `c${i}`,
              eventType: 'unit.created',
              payload: {},
            },
            new Date(),
          ),
        ),
      ),
    );
    const v = await verifyAuditChain({ db: t.ctx.db });
    expect(v.rows).toBe(20);
    expect(v.problems).toEqual([]);
  });
});
