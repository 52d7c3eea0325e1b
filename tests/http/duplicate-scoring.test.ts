/**
 * Issue 16 item 4: duplicate scoring after the intake's commit. The intake answers before any
 * scoring (the case file says "pending", no suggestion stored), the suggestions appear once
 * stored; a failure in scoring leaves the petition as committed (readable, actionable), counts an
 * attempt, ends as "failed" after three, and `scorePendingDuplicates` with failed cases scores it
 * once the fault is gone.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  holdDuplicateScoring,
  scorePendingDuplicates,
  whenDuplicatesScored,
} from '../../src/commands/petitions/score-duplicates.js';
import { ENGINES } from '../helpers/engines.js';
import { basePetition, mustAct, submit } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

describe.each(ENGINES)('duplicate scoring after the commit (%s)', (engine) => {
  let t: TestApp;
  let desk: Session;
  let firstId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
    desk = await t.login('tiepdan.thanhphuoc');
    firstId = (await submit(t, desk)).id;
    await whenDuplicatesScored(t.db.ctx);
  });
  afterAll(async () => t?.close());

  const detail = async (id: string) => {
    const res = await t.call(desk, 'GET', `/api/v1/petitions/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('answers the intake before scoring, then shows the suggestions once stored', async () => {
    const release = holdDuplicateScoring(t.db.ctx);
    let id: string;
    try {
      const res = await t.call(desk, 'POST', '/api/v1/petitions', basePetition);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().duplicateCheck).toBe('pending');
      expect(res.json()).not.toHaveProperty('duplicates');
      id = res.json().cases[0].id;
      const before = await detail(id);
      expect(before.duplicateCheck).toBe('pending');
      expect(before.duplicateSuggestions).toEqual([]);
      const stored = await t.db.ctx.db
        .selectFrom('duplicate_suggestions')
        .select('candidate_id')
        .where('petition_id', '=', id)
        .execute();
      expect(stored).toEqual([]);
    } finally {
      release();
    }
    await whenDuplicatesScored(t.db.ctx);
    const after = await detail(id);
    expect(after.duplicateCheck).toBe('done');
    expect(after.duplicateSuggestions.map((d: { id: string }) => d.id)).toContain(firstId);
    expect(after.duplicateSuggestions.map((d: { id: string }) => d.id)).not.toContain(id);
  });

  it('never loses the petition when scoring fails; three failures leave it "failed" until scored again', async () => {
    const db = t.db.ctx.db;
    if (engine === 'sqlite')
      await sql`create trigger dup_fail before insert on duplicate_suggestions begin select raise(abort, 'store refused'); end`.execute(
        db,
      );
    else {
      await sql`create function dup_fail() returns trigger language plpgsql as $$ begin raise exception 'store refused'; end $$`.execute(
        db,
      );
      await sql`create trigger dup_fail before insert on duplicate_suggestions for each row execute function dup_fail()`.execute(
        db,
      );
    }
    try {
      const res = await t.call(desk, 'POST', '/api/v1/petitions', basePetition);
      expect(res.statusCode, res.body).toBe(201);
      const { id, trackingCode } = res.json().cases[0];
      await whenDuplicatesScored(t.db.ctx);
      const once = await detail(id);
      expect(once).toMatchObject({ trackingCode, status: 'received', duplicateCheck: 'pending' });
      expect(once.duplicateSuggestions).toEqual([]);
      // The case is whole and can be worked on while its scoring is pending.
      await mustAct(t, desk, id, 'process_accept');
      expect(await scorePendingDuplicates(t.db.ctx)).toEqual({ scored: 0, failed: 1 });
      expect(await scorePendingDuplicates(t.db.ctx)).toEqual({ scored: 0, failed: 1 });
      expect((await detail(id)).duplicateCheck).toBe('failed');
      // Failed cases are left alone by the automatic passes.
      expect(await scorePendingDuplicates(t.db.ctx)).toEqual({ scored: 0, failed: 0 });
      if (engine === 'sqlite') await sql`drop trigger dup_fail`.execute(db);
      else {
        await sql`drop trigger dup_fail on duplicate_suggestions`.execute(db);
        await sql`drop function dup_fail()`.execute(db);
      }
      expect(await scorePendingDuplicates(t.db.ctx, { includeFailed: true })).toEqual({
        scored: 1,
        failed: 0,
      });
      const done = await detail(id);
      expect(done).toMatchObject({ status: 'accepted', duplicateCheck: 'done' });
      expect(done.duplicateSuggestions.map((d: { id: string }) => d.id)).toContain(firstId);
    } finally {
      if (engine === 'sqlite') await sql`drop trigger if exists dup_fail`.execute(db);
      else {
        await sql`drop trigger if exists dup_fail on duplicate_suggestions`.execute(db);
        await sql`drop function if exists dup_fail()`.execute(db);
      }
    }
  });

  it('stores a batch of scored cases together; a case whose store fails counts its own attempt and the others are stored', async () => {
    const db = t.db.ctx.db;
    const release = holdDuplicateScoring(t.db.ctx);
    let good: string;
    let bad: string;
    try {
      const post = async () => {
        const res = await t.call(desk, 'POST', '/api/v1/petitions', basePetition);
        expect(res.statusCode, res.body).toBe(201);
        return res.json().cases[0].id as string;
      };
      good = await post();
      bad = await post();
      if (engine === 'sqlite')
        await sql`create trigger dup_fail before insert on duplicate_suggestions when new.petition_id = ${sql.lit(bad)} begin select raise(abort, 'store refused'); end`.execute(
          db,
        );
      else {
        await sql`create function dup_fail() returns trigger language plpgsql as $$ begin if new.petition_id::text = ${sql.lit(bad)} then raise exception 'store refused'; end if; return new; end $$`.execute(
          db,
        );
        await sql`create trigger dup_fail before insert on duplicate_suggestions for each row execute function dup_fail()`.execute(
          db,
        );
      }
      expect(await scorePendingDuplicates(t.db.ctx)).toEqual({ scored: 1, failed: 1 });
      const stored = await detail(good);
      expect(stored.duplicateCheck).toBe('done');
      expect(stored.duplicateSuggestions.map((d: { id: string }) => d.id)).toContain(firstId);
      const refused = await detail(bad);
      expect(refused).toMatchObject({ duplicateCheck: 'pending', duplicateSuggestions: [] });
      const row = await db
        .selectFrom('duplicate_scoring')
        .select(['attempts', 'state'])
        .where('petition_id', '=', bad)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ attempts: 1, state: 'pending' });
    } finally {
      if (engine === 'sqlite') await sql`drop trigger if exists dup_fail`.execute(db);
      else {
        await sql`drop trigger if exists dup_fail on duplicate_suggestions`.execute(db);
        await sql`drop function if exists dup_fail()`.execute(db);
      }
      release();
    }
    await whenDuplicatesScored(t.db.ctx);
    const after = await detail(bad);
    expect(after.duplicateCheck).toBe('done');
    expect(after.duplicateSuggestions.map((d: { id: string }) => d.id)).toContain(good);
  });
});
