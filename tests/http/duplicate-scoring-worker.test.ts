/**
 * Decision 0021-h22b: duplicate scoring off the server's thread. On SQLite the reads run on a
 * worker thread with its own read-only connection and store exactly what in-process scoring finds;
 * a worker that fails (here: ended by its timeout) counts an attempt and changes nothing. On
 * PostgreSQL each drain claims its own batch (FOR UPDATE SKIP LOCKED): two instances draining
 * together score disjoint cases, each case once, and a batch claimed by an instance that dies
 * (its connection ends without a commit) is scored by the next drain.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  holdDuplicateScoring,
  scorePendingDuplicates,
  stopScoringWorker,
  whenDuplicatesScored,
} from '../../src/commands/petitions/score-duplicates.js';
import { readScoring } from '../../src/commands/petitions/score-duplicates-read.js';
import { openDatabase } from '../../src/db/connect.js';
import type { Ctx } from '../../src/db/context.js';
import { ENGINES } from '../helpers/engines.js';
import { basePetition, submit } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

/** Varied petitions of one unit: some near-copies, one of another topic, one of another person. */
const variants = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    title: `${basePetition.title} ${i % 3 === 0 ? 'lần nữa' : `số ${i}`}`,
    content: `${basePetition.content} ${i % 2 ? 'Đề nghị xem xét lại.' : `Thửa đất số ${i}.`}`,
    ...(i % 5 === 4 ? { topicCode: null } : {}),
    ...(i % 4 === 3
      ? {
          petitioners: [{ fullName: `Trần Thị ${i}`, address: 'Ấp 3', phone: `09095551${10 + i}` }],
        }
      : {}),
  }));

describe.each(ENGINES)('duplicate scoring off the thread (%s)', (engine) => {
  let t: TestApp;
  let desk: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
    desk = await t.login('tiepdan.thanhphuoc');
  });
  afterAll(async () => {
    await stopScoringWorker();
    await t?.close();
  });

  /** Submits the petitions with the automatic scoring held; their case ids and the release. */
  const submitHeld = async (n: number) => {
    const release = holdDuplicateScoring(t.db.ctx);
    const ids: string[] = [];
    try {
      for (const overrides of variants(n)) ids.push((await submit(t, desk, overrides)).id);
    } catch (e) {
      release();
      throw e;
    }
    return { ids, release };
  };
  const stored = async (ids: string[]) =>
    t.db.ctx.db
      .selectFrom('duplicate_suggestions')
      .select(['petition_id', 'candidate_id', 'score', 'reasons'])
      .where('petition_id', 'in', ids)
      .orderBy('petition_id')
      .orderBy('candidate_id')
      .execute();

  it('stores exactly what in-process scoring finds', async () => {
    const release = holdDuplicateScoring(t.db.ctx);
    try {
      const ids: string[] = [];
      for (const overrides of variants(8)) ids.push((await submit(t, desk, overrides)).id);
      const pending = await t.db.ctx.db
        .selectFrom('duplicate_scoring')
        .select(['petition_id', 'exclude_ids'])
        .where('petition_id', 'in', ids)
        .execute();
      expect(pending).toHaveLength(ids.length);
      // In-process, on the main connection, before anything is stored.
      const inProcess = await readScoring(
        t.db.ctx.db,
        pending.map((r) => ({ id: r.petition_id, excludeIds: r.exclude_ids })),
      );
      const expected = pending
        .flatMap((r, i) => {
          const o = inProcess[i]!;
          if (!('findings' in o)) throw new Error('in-process scoring failed');
          return o.findings.map((d) => ({
            petition_id: r.petition_id,
            candidate_id: d.id,
            score: d.score,
            reasons: JSON.stringify(d.reasons),
          }));
        })
        .sort((a, b) =>
          a.petition_id === b.petition_id
            ? a.candidate_id.localeCompare(b.candidate_id)
            : a.petition_id.localeCompare(b.petition_id),
        );
      expect(expected.length).toBeGreaterThan(ids.length); // near-copies find each other
      // The product's drain: the worker thread on SQLite, claimed batches on PostgreSQL.
      expect(await scorePendingDuplicates(t.db.ctx)).toEqual({ scored: ids.length, failed: 0 });
      const got = (await stored(ids)).map((r) => ({ ...r, score: Number(r.score) }));
      expect(
        got.sort((a, b) =>
          a.petition_id === b.petition_id
            ? a.candidate_id.localeCompare(b.candidate_id)
            : a.petition_id.localeCompare(b.petition_id),
        ),
      ).toEqual(expected);
    } finally {
      release();
    }
    await whenDuplicatesScored(t.db.ctx);
  });

  it.runIf(engine === 'sqlite')(
    'a failing worker counts an attempt per case and changes nothing; the next drain scores them',
    async () => {
      const { ids, release } = await submitHeld(2);
      const before = process.env.DANVAN_SCORING_TIMEOUT_MS;
      try {
        const petition = () =>
          t.db.ctx.db
            .selectFrom('petitions')
            .selectAll()
            .where('id', 'in', ids)
            .orderBy('id')
            .execute();
        const was = await petition();
        // A fresh thread cannot load its modules within 1 ms: the batch times out, the thread ends.
        await stopScoringWorker();
        process.env.DANVAN_SCORING_TIMEOUT_MS = '1';
        expect(await scorePendingDuplicates(t.db.ctx)).toEqual({ scored: 0, failed: 2 });
        const rows = await t.db.ctx.db
          .selectFrom('duplicate_scoring')
          .select(['attempts', 'state'])
          .where('petition_id', 'in', ids)
          .execute();
        expect(rows).toEqual([
          { attempts: 1, state: 'pending' },
          { attempts: 1, state: 'pending' },
        ]);
        expect(await petition()).toEqual(was);
        expect(await stored(ids)).toEqual([]);
        if (before === undefined) delete process.env.DANVAN_SCORING_TIMEOUT_MS;
        else process.env.DANVAN_SCORING_TIMEOUT_MS = before;
        expect(await scorePendingDuplicates(t.db.ctx)).toEqual({ scored: 2, failed: 0 });
        expect((await stored(ids)).length).toBeGreaterThan(0);
      } finally {
        if (before === undefined) delete process.env.DANVAN_SCORING_TIMEOUT_MS;
        else process.env.DANVAN_SCORING_TIMEOUT_MS = before;
        release();
      }
      await whenDuplicatesScored(t.db.ctx);
    },
  );

  it.runIf(engine === 'postgres')(
    'two instances draining together score disjoint cases, every case once',
    async () => {
      const other = openDatabase({ databaseUrl: t.db.databaseUrl, dataDir: t.db.dataDir });
      const second: Ctx = { ...t.db.ctx, db: other.db };
      const { ids, release } = await submitHeld(30);
      try {
        const byFirst: string[] = [];
        const bySecond: string[] = [];
        let secondRun: Promise<{ scored: number; failed: number }> | null = null;
        // The first drain holds its first batch while the second instance drains to the end.
        const first = await scorePendingDuplicates(t.db.ctx, {
          onClaimed: async (claimed) => {
            byFirst.push(...claimed);
            if (secondRun) return;
            secondRun = scorePendingDuplicates(second, {
              onClaimed: (c) => void bySecond.push(...c),
            });
            await secondRun;
          },
        });
        const sec = await secondRun!;
        expect(byFirst).toHaveLength(20);
        expect(bySecond).toHaveLength(10);
        expect(byFirst.filter((id) => bySecond.includes(id))).toEqual([]);
        expect([...byFirst, ...bySecond].sort()).toEqual([...ids].sort());
        expect(first).toEqual({ scored: 20, failed: 0 });
        expect(sec).toEqual({ scored: 10, failed: 0 });
        const left = await t.db.ctx.db
          .selectFrom('duplicate_scoring')
          .select('petition_id')
          .where('petition_id', 'in', ids)
          .execute();
        expect(left).toEqual([]);
        const rows = await stored(ids);
        const distinct = new Set(rows.map((r) => `${r.petition_id} ${r.candidate_id}`));
        expect(distinct.size).toBe(rows.length);
        expect(new Set(rows.map((r) => r.petition_id)).size).toBe(ids.length);
      } finally {
        release();
        await other.close();
      }
      await whenDuplicatesScored(t.db.ctx);
    },
  );

  it.runIf(engine === 'postgres')(
    'a batch claimed by an instance that dies is scored by the next drain',
    async () => {
      const { ids, release } = await submitHeld(3);
      const crashed = new pg.Client({ connectionString: t.db.databaseUrl! });
      await crashed.connect();
      crashed.on('error', () => {});
      const pid = (await crashed.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!
        .pid;
      await crashed.query('begin');
      const claim = await crashed.query(
        `select petition_id from duplicate_scoring where state = 'pending' for update skip locked`,
      );
      expect(claim.rowCount).toBe(ids.length);
      try {
        // Held by the other instance: passed over, nothing scored, no attempt counted.
        expect(await scorePendingDuplicates(t.db.ctx)).toEqual({ scored: 0, failed: 0 });
        // The instance dies: its connection ends without a commit.
        await sql`select pg_terminate_backend(${pid})`.execute(t.db.ctx.db);
        await crashed.end().catch(() => {});
        expect(await scorePendingDuplicates(t.db.ctx)).toEqual({ scored: ids.length, failed: 0 });
        const rows = await t.db.ctx.db
          .selectFrom('duplicate_scoring')
          .select('petition_id')
          .where('petition_id', 'in', ids)
          .execute();
        expect(rows).toEqual([]);
      } finally {
        release();
        await crashed.end().catch(() => {});
      }
      await whenDuplicatesScored(t.db.ctx);
    },
  );
});
