import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDate } from '../../src/domain/clock.js';
import { ENGINES } from '../helpers/engines.js';
import { mustAct, userId } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

interface Summary {
  rated: number;
  average: number | null;
  byRating: Record<string, number>;
  pendingReopen: number;
  cases: { id: string; rating: number | null; reopenRequested: boolean }[];
}

describe.each(ENGINES)("the petitioners' feedback on the unit's monitor (%s)", (engine) => {
  let t: TestApp;
  let desk: Session;
  let head: Session;
  let officer: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
    desk = await t.login('tiepdan.thanhphuoc');
    head = await t.login('chutich.thanhphuoc');
    officer = await t.login('diachinh.thanhphuoc');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** An online recommendation, answered by the head; returns its id, code and the phone used. */
  async function answered(n: number) {
    const phone = `09095550${String(n).padStart(2, '0')}`;
    const sub = await t.call(null, 'POST', '/api/public/v1/petitions', {
      unitCode: '27877',
      kind: 'recommendation',
      title: `Đề nghị sửa cống thoát nước ấp ${n}`,
      content: `Cống thoát nước ở ấp ${n} bị vỡ, nước tràn ra đường mỗi khi mưa lớn.`,
      petitioner: { fullName: 'Người Dân Thử', phone },
      consent: true,
    });
    expect(sub.statusCode).toBe(201);
    const code = sub.json().trackingCode as string;
    const id = (
      await t.db.ctx.db
        .selectFrom('petitions')
        .select('id')
        .where('tracking_code', '=', code)
        .executeTakeFirstOrThrow()
    ).id;
    await mustAct(t, desk, id, 'process_accept');
    await mustAct(t, head, id, 'assign', { assigneeId: await userId(t, 'diachinh.thanhphuoc') });
    await mustAct(t, head, id, 'decide', {
      result: 'accepted',
      summary: `UBND xã đã giao sửa cống ấp ${n} trong tháng 3/2026.`,
    });
    return { id, code, phone };
  }
  const rate = (code: string, contact: string, rating: number) =>
    t.call(null, 'POST', `/api/public/v1/track/${code}/rating`, { contact, rating });
  const summary = async (s: Session) => {
    const res = await t.call(s, 'GET', '/api/v1/petitions/feedback-summary');
    return { status: res.statusCode, body: res.json() as Summary };
  };

  it('counts the latest rating per case, lists the low ones and the pending re-open requests', async () => {
    const empty = await summary(head);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ rated: 0, average: null, pendingReopen: 0, cases: [] });

    const a = await answered(1);
    const b = await answered(2);
    const c = await answered(3);
    expect((await rate(a.code, a.phone, 5)).statusCode).toBe(200);
    expect((await rate(b.code, b.phone, 4)).statusCode).toBe(200);
    expect((await rate(b.code, b.phone, 2)).statusCode).toBe(200); // changed their mind: 2 counts
    expect(
      (
        await t.call(null, 'POST', `/api/public/v1/track/${c.code}/reopen`, {
          contact: c.phone,
          reason: 'Cống mới sửa một đoạn, đoạn còn lại vẫn vỡ.',
        })
      ).statusCode,
    ).toBe(201);

    const s = (await summary(head)).body;
    expect(s.rated).toBe(2);
    expect(s.average).toBe(3.5);
    expect(s.byRating).toEqual({ '1': 0, '2': 1, '3': 0, '4': 0, '5': 1 });
    expect(s.pendingReopen).toBe(1);
    expect(s.cases.map((x) => x.id).sort()).toEqual([b.id, c.id].sort());
    expect(s.cases.find((x) => x.id === b.id)).toMatchObject({ rating: 2, reopenRequested: false });
    expect(s.cases.find((x) => x.id === c.id)).toMatchObject({
      rating: null,
      reopenRequested: true,
    });

    // A period counts only the feedback given in it (Vietnam dates, inclusive).
    const today = vietnamDate(new Date()); // ratings are stamped with the real clock
    const inPeriod = await t.call(
      head,
      'GET',
      `/api/v1/petitions/feedback-summary?from=${today}&to=${today}`,
    );
    expect(inPeriod.json()).toMatchObject({
      rated: 2,
      average: 3.5,
      pendingReopen: 1,
      period: { from: today, to: today },
    });
    const before = await t.call(
      head,
      'GET',
      '/api/v1/petitions/feedback-summary?from=2020-01-01&to=2020-12-31',
    );
    expect(before.json()).toMatchObject({ rated: 0, average: null, pendingReopen: 0, cases: [] });
    const reversed = await t.call(
      head,
      'GET',
      '/api/v1/petitions/feedback-summary?from=2026-03-31&to=2026-03-01',
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ code: 'validation_failed' });
    expect(
      (await t.call(head, 'GET', '/api/v1/petitions/feedback-summary?from=31/03/2026')).statusCode,
    ).toBe(400);

    // Once the head decides the request, it no longer waits.
    await mustAct(t, head, c.id, 'refuse_reopen', { reason: 'Đoạn còn lại thuộc dự án của tỉnh.' });
    expect((await summary(head)).body.pendingReopen).toBe(0);
  });

  it('is for the head of unit only (403 for a handling officer)', async () => {
    const res = await summary(officer);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'forbidden' });
  });
});
