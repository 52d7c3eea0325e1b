import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverOutbox } from '../../src/jobs/outbox.js';
import { smtpSender } from '../../src/jobs/senders.js';
import { ENGINES } from '../helpers/engines.js';
import { mustAct, userId } from '../helpers/petitions.js';
import { startSmtp } from '../helpers/smtp.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

type Item = { id: string };

describe.each(ENGINES)('work flows between people (%s)', (engine) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let desk: Session;
  let head: Session;
  let officer: Session;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
    desk = await t.login('tiepdan.thanhphuoc');
    head = await t.login('chutich.thanhphuoc');
    officer = await t.login('diachinh.thanhphuoc');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const deliver = () =>
    deliverOutbox(t.db.ctx, 'test', { email: smtpSender(smtp.url, 'no-reply@danvan.example') });
  const queue = async (s: Session) =>
    (
      (await t.call(s, 'GET', '/api/v1/petitions?waitingForMe=true&limit=100')).json()
        .items as Item[]
    ).map((i) => i.id);
  const detail = async (s: Session, id: string) =>
    (await t.call(s, 'GET', `/api/v1/petitions/${id}`)).json();
  /** The case as a list row (looked up by its tracking code). */
  const listed = async (s: Session, code: string) =>
    (await t.call(s, 'GET', `/api/v1/petitions?q=${encodeURIComponent(code)}`)).json().items[0];

  it('carries an online petition from the citizen through every person and back', async () => {
    const citizenEmail = 'nguoidan.thu@example.com';
    const sub = await t.call(null, 'POST', '/api/public/v1/petitions', {
      unitCode: '27877',
      kind: 'recommendation',
      topicCode: null,
      title: 'Đề nghị lắp đèn đường ấp 5',
      content:
        'Đoạn đường từ chợ đến trường học ấp 5 không có đèn, học sinh đi học tối rất nguy hiểm.',
      petitioner: { fullName: 'Nguyễn Văn Thử', phone: '0909555333', email: citizenEmail },
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

    // At once in the reception officer's queue, with an in-app notification and an e-mail.
    expect(await queue(desk)).toContain(id);
    expect(await queue(head)).not.toContain(id);
    const fresh = await detail(desk, id);
    expect(fresh.nextStep).toMatchObject({
      action: 'process',
      role: 'reception',
      userId: null,
      unitCode: '27877',
      dueOn: expect.any(String),
    });
    const notes = (await t.call(desk, 'GET', '/api/v1/notifications')).json();
    expect(notes.items.some((n: { petitionId: string }) => n.petitionId === id)).toBe(true);
    await deliver();
    expect(
      smtp.mails.some(
        (m) => m.to.includes('tiepdan.thanhphuoc@gov.vn.example') && m.subject.includes(code),
      ),
    ).toBe(true);
    expect(smtp.mails.some((m) => m.to.includes(citizenEmail) && m.subject.includes(code))).toBe(
      true,
    ); // receipt with the code

    await mustAct(t, desk, id, 'process_accept');
    expect(await queue(desk)).not.toContain(id);
    expect(await queue(head)).toContain(id);
    expect((await detail(head, id)).nextStep).toMatchObject({ action: 'assign', role: 'head' });
    // The list rows say which step waits, and for whom: the same step as the case file's.
    expect((await listed(head, code)).nextStep).toEqual({
      action: 'assign',
      role: 'head',
      label: {
        vi: 'giao cán bộ xác minh, giải quyết',
        en: 'assign an officer to verify and resolve',
      },
      who: { vi: 'Thủ trưởng đơn vị', en: 'Head of unit' },
      mine: true,
    });
    expect((await listed(desk, code)).nextStep).toMatchObject({ action: 'assign', mine: false });

    const officerId = await userId(t, 'diachinh.thanhphuoc');
    await mustAct(t, head, id, 'assign', { assigneeId: officerId });
    expect(await queue(officer)).toContain(id);
    expect((await detail(officer, id)).nextStep).toMatchObject({
      action: 'prepare_answer',
      role: 'handler',
      userId: officerId,
    });
    const officerName = (await detail(officer, id)).officer.name as string;
    expect((await listed(officer, code)).nextStep).toMatchObject({
      action: 'prepare_answer',
      who: { vi: officerName, en: officerName },
      mine: true,
    });
    expect((await listed(head, code)).nextStep).toMatchObject({
      action: 'prepare_answer',
      mine: false,
    });

    await mustAct(t, officer, id, 'start_verification');
    await mustAct(t, officer, id, 'add_verification_note', {
      note: 'Đã kiểm tra hiện trạng: 400 m đường chưa có đèn.',
    });
    // The handler may not issue the answer; they draft it and submit it to the head.
    expect(
      (
        await t.call(officer, 'POST', `/api/v1/petitions/${id}/actions/decide`, {
          input: { result: 'accepted', summary: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    await mustAct(t, officer, id, 'submit_draft', {
      result: 'accepted',
      summary: 'UBND xã sẽ lắp 12 bóng đèn trên tuyến đường ấp 5 trong tháng 4/2026.',
    });
    expect(await queue(officer)).not.toContain(id);
    expect(await queue(head)).toContain(id);
    expect((await detail(head, id)).nextStep).toMatchObject({
      action: 'approve_draft',
      role: 'head',
    });
    // A second submission while one waits is refused (409).
    expect(
      (
        await t.call(officer, 'POST', `/api/v1/petitions/${id}/actions/submit_draft`, {
          input: { result: 'accepted', summary: 'y' },
        })
      ).statusCode,
    ).toBe(409);

    const mailsBefore = smtp.mails.length;
    await mustAct(t, head, id, 'approve_draft', {});
    const issued = await detail(head, id);
    expect(issued.status).toBe('decided');
    expect(issued.publicAnswer).toContain('12 bóng đèn');
    expect(issued.drafts[0]).toMatchObject({ state: 'approved' });
    await deliver();
    const answerMail = smtp.mails.slice(mailsBefore).find((m) => m.to.includes(citizenEmail));
    expect(answerMail?.subject).toContain(code);

    // The citizen rates 1/5 with a comment and asks to re-open.
    expect(
      (
        await t.call(null, 'POST', `/api/public/v1/track/${code}/rating`, {
          contact: citizenEmail,
          rating: 1,
          comment: 'Mới lắp 3 bóng, còn tối.',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.call(null, 'POST', `/api/public/v1/track/${code}/reopen`, {
          contact: '0909555333',
          reason: 'Đèn mới lắp được 3 bóng, đoạn gần trường vẫn tối.',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await t.call(null, 'POST', `/api/public/v1/track/${code}/reopen`, {
          contact: '0909555333',
          reason: 'Gửi lại lần nữa cho chắc chắn.',
        })
      ).statusCode,
    ).toBe(409);

    // The head sees both, in the queue and on the case; the low rating reached them as a notification.
    expect(await queue(head)).toContain(id);
    const seen = await detail(head, id);
    expect(seen.nextStep).toMatchObject({ action: 'decide_reopen', role: 'head' });
    expect(seen.feedback.ratings[0]).toMatchObject({
      rating: 1,
      comment: 'Mới lắp 3 bóng, còn tối.',
    });
    expect(seen.feedback.reopenRequests[0]).toMatchObject({ decision: null });
    expect(seen.timeline.map((e: { label: { vi: string } }) => e.label.vi)).toEqual(
      expect.arrayContaining([
        'Người gửi đơn đánh giá kết quả',
        'Người gửi đơn yêu cầu xem xét lại',
      ]),
    );
    const headNotes = (await t.call(head, 'GET', '/api/v1/notifications')).json();
    expect(
      headNotes.items
        .filter((n: { petitionId: string }) => n.petitionId === id)
        .map((n: { kind: string }) => n.kind),
    ).toEqual(expect.arrayContaining(['citizen.low_rating', 'next.decide_reopen']));

    await mustAct(t, head, id, 'reopen', { note: 'Giao tiếp tục lắp đủ đèn.' });
    const reopened = await detail(officer, id);
    expect(reopened.status).toBe('verification');
    expect(reopened.feedback.reopenRequests[0]).toMatchObject({ decision: 'reopened' });
    expect(reopened.deadline.dueOn > '2026-03-02').toBe(true);
    expect(await queue(officer)).toContain(id);
    expect(await queue(head)).not.toContain(id);
  });

  it('refuses a re-open request before there is an answer (409), and refuses bad e-mail addresses (400)', async () => {
    const sub = await t.call(null, 'POST', '/api/public/v1/petitions', {
      unitCode: '27877',
      kind: 'feedback',
      title: 'Phản ánh rác thải ở chợ',
      content: 'Rác tồn đọng ở cổng chợ xã nhiều ngày chưa được thu gom.',
      petitioner: { fullName: 'Trần Thị Thử', phone: '0909555444' },
      consent: true,
    });
    const code = sub.json().trackingCode as string;
    const early = await t.call(null, 'POST', `/api/public/v1/track/${code}/reopen`, {
      contact: '0909555444',
      reason: 'Tôi muốn xem xét lại ngay bây giờ.',
    });
    expect(early.statusCode).toBe(409);

    const badCitizen = await t.call(null, 'POST', '/api/public/v1/petitions', {
      unitCode: '27877',
      kind: 'feedback',
      title: 'Phản ánh rác thải ở chợ',
      content: 'Rác tồn đọng ở cổng chợ xã nhiều ngày chưa được thu gom.',
      petitioner: { fullName: 'Trần Thị Thử', email: 'khong-phai-email' },
      consent: true,
    });
    expect(badCitizen.statusCode).toBe(400);
    const admin = await t.login('admin');
    const badUser = await t.call(admin, 'POST', '/api/v1/admin/users', {
      username: 'canbo.moi',
      displayName: 'Cán bộ mới',
      role: 'handler',
      unitCode: '27877',
      password: 'MatKhau@2026!',
      email: 'canbo@@xa',
    });
    expect(badUser.statusCode).toBe(400);
    expect(badUser.json().code).toBe('validation_failed');
    expect(badUser.json().detail ?? badUser.json().title).toMatch(/thư điện tử|e-mail/i);
  });
});
