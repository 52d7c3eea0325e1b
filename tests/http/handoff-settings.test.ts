import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/db/context.js';
import type { Clock } from '../../src/domain/clock.js';
import { deliverOutbox } from '../../src/jobs/outbox.js';
import type { Sender } from '../../src/jobs/senders.js';
import { ENGINES } from '../helpers/engines.js';
import { act, mustAct, submit, userId } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

/** Issue 13, item 3 and 4: draft → approve has no bypass; the unit setting; the outbox screen's API. */
describe.each(ENGINES)('hand-off settings and delivery states (%s)', (engine) => {
  let t: TestApp;
  let desk: Session;
  let head: Session;
  let officer: Session;
  let admin: Session;
  let officerId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { today: '2026-03-02' });
    desk = await t.login('tiepdan.thanhphuoc');
    head = await t.login('chutich.thanhphuoc');
    officer = await t.login('diachinh.thanhphuoc');
    admin = await t.login('admin');
    officerId = await userId(t, 'diachinh.thanhphuoc');
  }, 120_000);
  afterAll(async () => t?.close());

  const actions = async (s: Session, id: string) =>
    (await t.call(s, 'GET', `/api/v1/petitions/${id}`)).json().abilities.actions as string[];

  /** A desk case of `kind`, accepted, assigned to the officer and under verification. */
  async function inVerification(kind: string, topicCode: string | null = null) {
    const { id } = await submit(t, desk, {
      kinds: [kind],
      topicCode,
      title: `Đề nghị sửa cống thoát nước ${kind}`,
      content: 'Cống thoát nước đầu ấp 3 bị vỡ, nước tràn lên đường mỗi khi mưa lớn.',
    });
    await mustAct(t, desk, id, 'process_accept');
    await mustAct(t, head, id, 'assign', { assigneeId: officerId });
    await mustAct(t, officer, id, 'start_verification');
    return id;
  }

  it('offers the head approve / return, not a direct decision, while a draft waits', async () => {
    const id = await inVerification('recommendation');
    expect(await actions(head, id)).toContain('decide'); // no draft yet: the head may decide
    await mustAct(t, officer, id, 'submit_draft', {
      result: 'accepted',
      summary: 'UBND xã sửa cống trong tháng 3/2026.',
    });
    const offered = await actions(head, id);
    expect(offered).toEqual(expect.arrayContaining(['approve_draft', 'return_draft']));
    expect(offered).not.toContain('decide');
    const bypass = await act(t, head, id, 'decide', { result: 'accepted', summary: 'Khác.' });
    expect(bypass.statusCode).toBe(409);
    expect(bypass.json().details).toMatchObject({ guard: 'no_draft_pending' });
    await mustAct(t, head, id, 'return_draft', { comment: 'Ghi rõ thời gian hoàn thành.' });
    expect(await actions(head, id)).toContain('decide');
  });

  it('asks the handler to send and record a signed complaint decision; the queue agrees with the case file', async () => {
    const id = await inVerification('complaint', 'land_clearance_compensation');
    await mustAct(t, officer, id, 'submit_draft', {
      result: 'rejected',
      summary: 'Giữ nguyên mức bồi thường đã phê duyệt.',
    });
    await mustAct(t, head, id, 'approve_draft', {});
    const queue = async (s: Session) =>
      (
        (await t.call(s, 'GET', '/api/v1/petitions?waitingForMe=true&limit=100')).json().items as {
          id: string;
        }[]
      ).map((i) => i.id);
    const decided = (await t.call(officer, 'GET', `/api/v1/petitions/${id}`)).json();
    expect(decided.status).toBe('decided');
    expect(decided.nextStep).toMatchObject({
      action: 'record_sending',
      role: 'handler',
      userId: officerId,
      mine: true,
    });
    expect(decided.nextStep.label.vi).toContain('gửi văn bản');
    expect(await queue(officer)).toContain(id);
    expect(await queue(head)).not.toContain(id);
    await mustAct(t, officer, id, 'record_sending', {
      document: 'decision',
      sentOn: '2026-03-02',
      recipients: 'Người khiếu nại',
    });
    const sent = (await t.call(officer, 'GET', `/api/v1/petitions/${id}`)).json();
    expect(sent.nextStep?.action).not.toBe('record_sending');
    expect((await queue(officer)).includes(id)).toBe(sent.nextStep?.userId === officerId);
  });

  it('lets a unit allow handlers to answer recommendations and feedback themselves (audited); complaints still need the head', async () => {
    const path = '/api/v1/units/27877/workflow-settings';
    const initial = await t.call(officer, 'GET', path);
    expect(initial.statusCode).toBe(200);
    expect(initial.json()).toMatchObject({ handlersIssueInformal: false, mayChange: false });
    expect((await t.call(head, 'GET', path)).json().mayChange).toBe(true);

    const rec = await inVerification('recommendation');
    expect(await actions(officer, rec)).not.toContain('decide');
    expect(
      (await act(t, officer, rec, 'decide', { result: 'accepted', summary: 'x' })).statusCode,
    ).toBe(403);

    // Only the unit's head or an administrator may change it; bad input changes nothing.
    const refused = await t.call(officer, 'PUT', path, { handlersIssueInformal: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('forbidden');
    expect((await t.call(desk, 'PUT', path, { handlersIssueInformal: true })).statusCode).toBe(403);
    expect((await t.call(head, 'PUT', path, { handlersIssueInformal: 'yes' })).statusCode).toBe(
      400,
    );
    expect(
      (
        await t.call(head, 'PUT', '/api/v1/units/99999/workflow-settings', {
          handlersIssueInformal: true,
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.call(officer, 'GET', path)).json().handlersIssueInformal).toBe(false);

    const on = await t.call(head, 'PUT', path, { handlersIssueInformal: true });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({
      handlersIssueInformal: true,
      changed: true,
      updatedByName: expect.any(String),
    });
    expect((await t.call(head, 'PUT', path, { handlersIssueInformal: true })).json().changed).toBe(
      false,
    );
    const audit = await t.db.ctx.db
      .selectFrom('audit_events')
      .select(['event_type', 'payload'])
      .where('event_type', '=', 'unit.workflow_changed')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.payload)).toMatchObject({ before: false, after: true });

    // The handler now issues the recommendation's answer directly…
    expect(await actions(officer, rec)).toContain('decide');
    const issued = await mustAct(t, officer, rec, 'decide', {
      result: 'accepted',
      summary: 'UBND xã sửa cống trong tháng 3/2026.',
    });
    expect(issued.status).toBe('decided');
    // …but a complaint still goes through the head's signature.
    const complaint = await inVerification('complaint', 'land_clearance_compensation');
    expect(await actions(officer, complaint)).not.toContain('decide');
    expect(await actions(officer, complaint)).toContain('submit_draft');
    expect(
      (await act(t, officer, complaint, 'decide', { result: 'rejected', summary: 'x' })).statusCode,
    ).toBe(403);

    // The administrator turns it off again: the handler is back to trình ký.
    const off = await t.call(admin, 'PUT', path, { handlersIssueInformal: false });
    expect(off.json()).toMatchObject({ handlersIssueInformal: false, changed: true });
    const rec2 = await inVerification('feedback');
    expect(await actions(officer, rec2)).not.toContain('decide');
  });

  it('shows administrators each message’s delivery state without addresses, and sends a failed one again once', async () => {
    let now = new Date();
    const clock: Clock = { now: () => now, today: () => '2026-03-02' };
    const ctx: Ctx = { ...t.db.ctx, clock };
    const refusing: Sender = {
      send: async (m) => {
        throw new Error(`550 mailbox ${m.to} unavailable`);
      },
    };
    for (let round = 0; round < 8; round++) {
      await deliverOutbox(ctx, 'test', { email: refusing });
      now = new Date(now.getTime() + 24 * 3600_000);
    }
    expect((await t.call(head, 'GET', '/api/v1/admin/outbox')).statusCode).toBe(404);
    const list = await t.call(admin, 'GET', '/api/v1/admin/outbox?state=failed');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.counts.failed).toBe(body.items.length);
    const failed = body.items[0];
    expect(failed).toMatchObject({
      state: 'failed',
      stateLabel: { vi: 'Gửi không thành công', en: 'Failed' },
      attempts: 7,
      nextAttemptAt: null,
      retryable: true,
    });
    expect(failed.lastError).toContain('<address>');
    // Every kind in words (a hand-off names its step); the code is not the label.
    for (const i of body.items as { kind: string; kindLabel: { vi: string; en: string } }[]) {
      expect(i.kindLabel.vi).not.toBe(i.kind);
      expect(i.kindLabel.vi).not.toMatch(/^[a-z_.]+$/);
      if (i.kind.startsWith('next.')) expect(i.kindLabel.vi).toMatch(/^Đến lượt xử lý: /);
    }
    expect(JSON.stringify(body)).not.toMatch(/@/);
    expect(
      body.items.some(
        (i: { recipientType: string; recipientName: string | null }) =>
          i.recipientType === 'staff' && i.recipientName,
      ),
    ).toBe(true);

    expect((await t.call(head, 'POST', `/api/v1/admin/outbox/${failed.id}/retry`)).statusCode).toBe(
      404,
    );
    const again = await t.call(admin, 'POST', `/api/v1/admin/outbox/${failed.id}/retry`);
    expect(again.statusCode).toBe(200);
    expect(
      (await t.call(admin, 'POST', `/api/v1/admin/outbox/${failed.id}/retry`)).statusCode,
    ).toBe(409);
    const row = await t.db.ctx.db
      .selectFrom('outbox')
      .select(['state', 'attempts'])
      .where('id', '=', failed.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'pending', attempts: 0 });
    const sent: string[] = [];
    await deliverOutbox(ctx, 'test', { email: { send: async (m) => void sent.push(m.id) } });
    expect(sent.filter((x) => x === failed.id)).toHaveLength(1);
    expect(
      await t.db.ctx.db
        .selectFrom('audit_events')
        .select('event_type')
        .where('event_type', '=', 'outbox.retried')
        .execute(),
    ).toHaveLength(1);
    expect((await t.call(admin, 'POST', '/api/v1/admin/outbox/khong-co/retry')).statusCode).toBe(
      404,
    );
  });
});
