import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/commands/notifications/notify.js';
import { openDatabase } from '../../src/db/connect.js';
import type { Ctx } from '../../src/db/context.js';
import type { Clock } from '../../src/domain/clock.js';
import { deliverOutbox } from '../../src/jobs/outbox.js';
import { smtpSender, type Sender } from '../../src/jobs/senders.js';
import { ENGINES } from '../helpers/engines.js';
import { startSmtp } from '../helpers/smtp.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** A clock the test moves forward by hand (back-off waits without sleeping). */
function manualClock(start: string): Clock & { advance(minutes: number): void } {
  let now = new Date(start);
  return {
    now: () => now,
    today: () => '2026-03-02',
    advance: (m) => void (now = new Date(now.getTime() + m * 60_000)),
  };
}

describe.each(ENGINES)('outbox delivery (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
  }, 120_000);
  afterAll(async () => t?.close());

  async function queue(ctx: Ctx, n: number, tag: string): Promise<void> {
    const user = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'tiepdan.thanhphuoc')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < n; i++) {
      await ctx.db.transaction().execute((tx) =>
        notify(tx, {
          to: { userId: user.id },
          kind: 'test',
          title: { vi: `Thông báo ${tag} ${i}`, en: `Notice ${tag} ${i}` },
          dedupeKey: `${tag}:${i}`,
          now: ctx.clock.now(),
        }),
      );
    }
  }

  it('retries a refusing server with back-off, then fails for good after the last attempt; errors never carry the address', async () => {
    const clock = manualClock('2026-03-02T01:00:00Z');
    const ctx: Ctx = { ...t.db.ctx, clock };
    await queue(ctx, 1, 'always-refused');
    const refusing: Sender = {
      send: async (m) => {
        throw new Error(`550 mailbox ${m.to} unavailable`);
      },
    };
    const attempts: number[] = [];
    for (let round = 0; round < 10; round++) {
      const r = await deliverOutbox(ctx, 'solo', { email: refusing });
      attempts.push(r.retried + r.failed);
      clock.advance(24 * 60);
    }
    const row = await ctx.db
      .selectFrom('outbox')
      .selectAll()
      .where('dedupe_key', 'like', 'always-refused:%')
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('failed');
    expect(row.attempts).toBe(7); // the first try + six back-off steps
    expect(row.last_error).toContain('<address>');
    expect(row.last_error).not.toContain('@');
  });

  // Several instances exist only on PostgreSQL: a SQLite data directory is locked by its one server.
  it.runIf(engine === 'postgres')(
    'two instances and a mail server that refuses the first attempts: each message delivered exactly once',
    async () => {
      const smtp = await startSmtp({ failFirst: 3 });
      const second = openDatabase({ databaseUrl: t.db.databaseUrl, dataDir: t.db.dataDir });
      const clock = manualClock('2026-03-02T02:00:00Z');
      const a: Ctx = { ...t.db.ctx, clock };
      const b: Ctx = { db: second.db, engine, clock, dataDir: t.db.dataDir };
      try {
        await queue(a, 8, 'pair');
        const sender = smtpSender(smtp.url, 'no-reply@danvan.example');
        for (let round = 0; round < 8; round++) {
          await Promise.all([
            deliverOutbox(a, 'instance-a', { email: sender }, 2),
            deliverOutbox(b, 'instance-b', { email: sender }, 2),
          ]);
          clock.advance(30);
        }
        const rows = await a.db
          .selectFrom('outbox')
          .select(['id', 'state', 'attempts', 'claimed_by'])
          .where('dedupe_key', 'like', 'pair:%')
          .execute();
        expect(rows).toHaveLength(8);
        expect(rows.every((r) => r.state === 'sent')).toBe(true);
        expect(smtp.refused()).toBe(3);
        expect(rows.filter((r) => r.attempts > 1).length).toBeGreaterThanOrEqual(1);
        const delivered = smtp.mails.filter((m) => m.subject.startsWith('Thông báo pair'));
        expect(delivered).toHaveLength(8);
        expect(new Set(delivered.map((m) => m.messageId)).size).toBe(8);
        expect(new Set(delivered.map((m) => m.messageId))).toEqual(
          new Set(rows.map((r) => `<${r.id}@danvan>`)),
        );
        expect(new Set(rows.map((r) => r.claimed_by)).size).toBeGreaterThanOrEqual(1);
      } finally {
        await second.close();
        await smtp.close();
      }
    },
  );
});
