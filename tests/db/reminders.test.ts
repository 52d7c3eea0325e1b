import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/db/context.js';
import { openDatabase } from '../../src/db/connect.js';
import { fixedDateClock } from '../../src/domain/clock.js';
import { sweepDeadlines } from '../../src/jobs/deadline-reminders.js';
import { deliverOutbox } from '../../src/jobs/outbox.js';
import type { Sender } from '../../src/jobs/senders.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import {
  basePetition,
  concludedDenunciation,
  denunciationUnderVerification,
  mustAct,
  userId,
} from '../helpers/petitions.js';

/** The day the overdue cases are received; the due-soon one is received on DUE_SOON_RECEIVED. */
const OVERDUE_RECEIVED = ['2025-12-01', '2025-12-02'];
const DUE_SOON_RECEIVED = '2026-03-02';

function recorder(): Sender & { sent: string[] } {
  const sent: string[] = [];
  return { sent, send: async (m) => void sent.push(`${m.id}|${m.to}|${m.subject}`) };
}

describe.each(ENGINES)('deadline reminders (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    // The demo's units and accounts, and three denunciations in Thạnh Phước assigned to its land
    // officer and under verification: two received months ago (overdue), one received today.
    t = await createTestApp(engine, { world: 'units', today: DUE_SOON_RECEIVED });
    const staff = {
      desk: await t.login('tiepdan.thanhphuoc'),
      head: await t.login('chutich.thanhphuoc'),
      officer: await t.login('diachinh.thanhphuoc'),
      officerId: await userId(t, 'diachinh.thanhphuoc'),
    };
    // No phone or e-mail: the outbox holds only what officials are sent.
    const { phone: _phone, ...denouncer } = basePetition.petitioners[0]!;
    const underVerification = async (receivedOn: string, title: string) => {
      t.db.ctx.clock = fixedDateClock(receivedOn);
      return denunciationUnderVerification(t, staff, title, { petitioners: [denouncer] });
    };
    for (const [i, day] of OVERDUE_RECEIVED.entries())
      await underVerification(day, `Tố cáo cán bộ chậm giải quyết hồ sơ số ${i + 1}`);
    const soon = await underVerification(DUE_SOON_RECEIVED, 'Tố cáo cán bộ gây phiền hà');
    const { due_on: dueOn } = await t.db.ctx.db
      .selectFrom('petitions')
      .select('due_on')
      .where('id', '=', soon)
      .executeTakeFirstOrThrow();
    // The sweep runs the day before that case falls due: within 3 working days, not overdue.
    const day = new Date(`${dueOn}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    t.db.ctx.clock = fixedDateClock(day.toISOString().slice(0, 10));
  }, 120_000);
  afterAll(async () => t?.close());

  it('notifies officers of due-soon and overdue cases, escalates overdue ones to the head, once', async () => {
    // The cases' hand-offs leave notices of their own: look only at what the sweep writes.
    const earlier = new Set(
      (await t.db.ctx.db.selectFrom('notifications').select('id').execute()).map((r) => r.id),
    );
    const first = await sweepDeadlines(t.db.ctx);
    expect(first).toBeGreaterThan(0);
    expect(await sweepDeadlines(t.db.ctx)).toBe(0); // idempotent
    const rows = (
      await t.db.ctx.db.selectFrom('notifications').select(['id', 'kind', 'title_vi']).execute()
    ).filter((r) => !earlier.has(r.id));
    const kinds = new Set(rows.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['due_soon', 'overdue', 'escalation']));
    expect(rows.every((r) => /^Hồ sơ [0-9A-Z-]+ /.test(r.title_vi))).toBe(true);
    const head = await t.login('chutich.thanhphuoc');
    const mine = (await t.call(head, 'GET', '/api/v1/notifications')).json();
    expect(mine.unread).toBeGreaterThan(0);
    expect(mine.items.some((n: { kind: string }) => n.kind === 'escalation')).toBe(true);
    expect(
      (await t.call(head, 'POST', `/api/v1/notifications/${mine.items[0].id}/read`)).statusCode,
    ).toBe(204);
    const other = await t.login('diachinh.tantay');
    expect(
      (await t.call(other, 'POST', `/api/v1/notifications/${mine.items[1].id}/read`)).statusCode,
    ).toBe(404);
  });

  // Several instances exist only on PostgreSQL: a SQLite data directory is locked by its one server.
  it.runIf(engine === 'postgres')(
    'never e-mails a reminder twice when two instances deliver at once',
    async () => {
      // A second instance: its own connection pool (PostgreSQL) or connection (SQLite) on the same database.
      const second = openDatabase({ databaseUrl: t.db.databaseUrl, dataDir: t.db.dataDir });
      const ctx2: Ctx = {
        db: second.db,
        engine: engine,
        clock: fixedDateClock(t.db.ctx.clock.today()),
        dataDir: t.db.dataDir,
      };
      try {
        await Promise.all([sweepDeadlines(t.db.ctx), sweepDeadlines(ctx2)]);
        const a = recorder();
        const b = recorder();
        const [na, nb] = await Promise.all([
          deliverOutbox(t.db.ctx, 'instance-a', { email: a }, 3),
          deliverOutbox(ctx2, 'instance-b', { email: b }, 3),
        ]);
        const total = Number(
          (
            await t.db.ctx.db
              .selectFrom('outbox')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
        expect(total).toBeGreaterThan(0); // demo accounts have e-mail addresses and want one message per event
        expect(na.sent + nb.sent).toBe(total);
        const all = [...a.sent, ...b.sent];
        expect(new Set(all).size).toBe(all.length);
        expect(all.length).toBe(total);
        expect(all.every((x) => x.includes('@gov.vn.example|'))).toBe(true);
        const unsent = await t.db.ctx.db
          .selectFrom('outbox')
          .select('id')
          .where('state', '!=', 'sent')
          .execute();
        expect(unsent).toEqual([]);
      } finally {
        await second.close();
      }
    },
  );
});

describe.each(ENGINES)("deadline reminders for a superior's step (%s)", (engine) => {
  let t: TestApp;
  let id: string;
  let dueOn: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    // A Thạnh Phước denunciation concluded in 2024, then denounced further to the district of
    // Thạnh Hóa (800), the commune's superior then: the review's deadline is the district head's.
    t = await createTestApp(engine, { world: 'units', today: '2024-03-01' });
    for (const u of ['chutich.thanhhoa', 'chutich.thanhphuoc', 'diachinh.thanhphuoc'])
      ids[u] = await userId(t, u);
    const staff = {
      desk: await t.login('tiepdan.thanhphuoc'),
      head: await t.login('chutich.thanhphuoc'),
      officer: await t.login('diachinh.thanhphuoc'),
      officerId: ids['diachinh.thanhphuoc']!,
    };
    id = await concludedDenunciation(t, staff, 'Tố cáo cán bộ xã thu tiền trái phép');
    // The commune's own sending steps are done: the case's nearest deadline is the superior's.
    for (const document of ['acceptance_notice', 'decision'])
      await mustAct(t, staff.officer, id, 'record_sending', {
        document,
        sentOn: '2024-03-01',
        recipients: 'Người tố cáo',
      });
    await mustAct(t, staff.officer, id, 'publish', { method: 'posting' });
    t.db.ctx.clock = fixedDateClock('2024-05-06');
    await mustAct(t, await t.login('tiepdan.thanhhoa'), id, 'receive_further_denunciation', {
      receivedOn: '2024-05-06',
      grounds: 'unlawful_resolution',
      content: 'Người tố cáo cho rằng kết luận của xã không đúng pháp luật.',
    });
    const row = await t.db.ctx.db
      .selectFrom('petitions')
      .select(['due_on', 'due_step', 'superior_unit_code'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ due_step: 'review_further', superior_unit_code: '800' });
    dueOn = row.due_on!;
  }, 120_000);
  afterAll(async () => t?.close());

  /** Who the sweep on `day` tells about the case, as `username:kind`. */
  const sweepOn = async (day: string) => {
    const before = new Set(
      (await t.db.ctx.db.selectFrom('notifications').select('id').execute()).map((r) => r.id),
    );
    t.db.ctx.clock = fixedDateClock(day);
    await sweepDeadlines(t.db.ctx);
    const rows = await t.db.ctx.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['notifications.id', 'users.username', 'notifications.kind', 'title_vi'])
      .where('petition_id', '=', id)
      .execute();
    return rows.filter((r) => !before.has(r.id));
  };

  it("reminds the superior unit's head, not the commune's officer or head", async () => {
    const day = new Date(`${dueOn}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 1);
    const soon = await sweepOn(day.toISOString().slice(0, 10));
    expect(soon.map((r) => `${r.username}:${r.kind}`)).toEqual(['chutich.thanhhoa:due_soon']);
    expect(soon[0]!.title_vi).toContain('xem xét tố cáo tiếp');

    const late = new Date(`${dueOn}T00:00:00Z`);
    late.setUTCDate(late.getUTCDate() + 3);
    const overdue = await sweepOn(late.toISOString().slice(0, 10));
    const told = overdue.map((r) => `${r.username}:${r.kind}`);
    expect(told).toContain('chutich.thanhhoa:overdue');
    // Escalation climbs above the superior unit only (a province head, when the world has one).
    expect(
      told
        .filter((x) => !x.startsWith('chutich.thanhhoa:'))
        .every((x) => x.endsWith(':escalation')),
    ).toBe(true);
    for (const lower of ['diachinh.thanhphuoc', 'chutich.thanhphuoc'])
      expect(told.some((x) => x.startsWith(`${lower}:`))).toBe(false);
  });
});
