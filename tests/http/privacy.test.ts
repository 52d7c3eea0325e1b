import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedDateClock } from '../../src/domain/clock.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const online = {
  unitCode: '27877',
  kind: 'feedback',
  topicCode: 'infrastructure',
  title: 'Đèn đường ấp 3 không sáng',
  content: 'Đoạn đường từ cầu Ấp 3 đến trường tiểu học không có đèn từ tuần trước.',
  petitioner: {
    fullName: 'Trần Thị Dữ Liệu',
    phone: '0909 123 456',
    email: 'du.lieu@example.vn',
    address: 'Ấp 3, xã Thạnh Phước',
  },
  consent: true,
};

describe.each(ENGINES)(
  'personal data: consent, data-subject requests, breach register (%s)',
  (engine) => {
    let t: TestApp;
    let desk: Session;
    let head: Session;
    let outsider: Session;
    let code: string;
    beforeAll(async () => {
      t = await createTestApp(engine, { world: 'units', today: '2026-12-07' });
      desk = await t.login('tiepdan.thanhphuoc');
      head = await t.login('chutich.thanhphuoc');
      outsider = await t.login('diachinh.tantay');
      const res = await t.call(null, 'POST', '/api/public/v1/petitions', online);
      expect(res.statusCode, res.body).toBe(201);
      code = res.json().trackingCode;
    }, 180_000); // creating a PostgreSQL database is slow on a shared 2-core machine
    afterAll(async () => t?.close());

    const audit = async (type: string) =>
      (
        await t.db.ctx.db
          .selectFrom('audit_events')
          .select(['payload'])
          .where('event_type', '=', type)
          .execute()
      ).map((r) => r.payload);

    it('stores the consent with its text version, time, channel and controller', async () => {
      const p = await t.db.ctx.db
        .selectFrom('petitions')
        .select('id')
        .where('tracking_code', '=', code)
        .executeTakeFirstOrThrow();
      const consent = await t.db.ctx.db
        .selectFrom('consents')
        .selectAll()
        .where('petition_id', '=', p.id)
        .executeTakeFirstOrThrow();
      expect(consent).toMatchObject({
        controller_unit_code: '27877',
        text_version: 'pdp-2026-12-01',
        channel: 'online',
        withdrawn_at: null,
      });
      expect(Number.isNaN(Date.parse(consent.given_at))).toBe(false);
    });

    it('takes an erasure request through the portal, answers it at the unit, keeps what the archives law requires, all audited', async () => {
      const wrong = await t.call(null, 'POST', '/api/public/v1/privacy-requests', {
        trackingCode: code,
        contact: '0911000000',
        kind: 'erasure',
        detail: 'Xin xóa số điện thoại và thư điện tử của tôi.',
      });
      expect(wrong.statusCode).toBe(403); // the contact does not match: nothing is created
      const made = await t.call(null, 'POST', '/api/public/v1/privacy-requests', {
        trackingCode: code,
        contact: '0909123456',
        kind: 'erasure',
        detail: 'Xin xóa số điện thoại và thư điện tử của tôi.',
      });
      expect(made.statusCode, made.body).toBe(201);
      const req = made.json();
      expect(req).toMatchObject({
        kind: 'erasure',
        status: 'received',
        receivedOn: '2026-12-07',
        dueOn: '2026-12-21',
        ruleVerified: false,
      });
      expect(req.ruleSource).toContain('91/2025/QH15');

      // The unit's head, who answers, is told at once: the kind, the code and the answer date,
      // never who asked or what they asked.
      const notes = (await t.call(head, 'GET', '/api/v1/notifications')).json().items as Array<{
        kind: string;
        title: { vi: string; en: string };
        link: string | null;
      }>;
      const arrived = notes.find((n) => n.kind === 'privacy.request_received');
      expect(arrived, JSON.stringify(notes)).toBeDefined();
      expect(arrived!.title.vi).toContain(req.code);
      expect(arrived!.title.vi).toContain('21/12/2026');
      expect(arrived!.title.en).toContain(req.code);
      expect(JSON.stringify(arrived)).not.toContain('0909123456');
      expect(arrived!.link).toBe('/privacy/requests');

      const pending = await t.call(
        null,
        'POST',
        `/api/public/v1/privacy-requests/${req.code}/status`,
        { trackingCode: code, contact: 'du.lieu@example.vn' },
      );
      expect(pending.json()).toMatchObject({
        code: req.code,
        status: 'received',
        dueOn: '2026-12-21',
        answer: null,
      });

      // Outsider: not in the list, cannot answer, nothing changes.
      expect(
        (await t.call(outsider, 'GET', '/api/v1/privacy/requests')).json().items ?? [],
      ).toEqual([]);
      const denied = await t.call(outsider, 'POST', `/api/v1/privacy/requests/${req.id}/answer`, {
        outcome: 'done',
        answer: 'Đã xóa theo yêu cầu.',
        expectedVersion: 1,
      });
      expect(denied.statusCode).toBe(404);

      const list = (await t.call(head, 'GET', '/api/v1/privacy/requests')).json().items;
      expect(list.find((x: { id: string }) => x.id === req.id)).toMatchObject({
        status: 'received',
        version: 1,
        overdue: false,
        workingDaysLeft: 10, // 07/12 to 21/12/2026: 14 calendar days, 10 working days
      });
      const stale = await t.call(head, 'POST', `/api/v1/privacy/requests/${req.id}/answer`, {
        outcome: 'done',
        answer: 'Đã xóa theo yêu cầu.',
        expectedVersion: 7,
      });
      expect(stale.statusCode).toBe(409);
      const answered = await t.call(head, 'POST', `/api/v1/privacy/requests/${req.id}/answer`, {
        outcome: 'partly_done',
        answer: 'Đã xóa số điện thoại, thư điện tử; hồ sơ đơn được lưu trữ theo quy định.',
        expectedVersion: 1,
      });
      expect(answered.statusCode, answered.body).toBe(200);
      expect(answered.json().retained).toMatch(/Luật Lưu trữ/);
      const person = await t.db.ctx.db
        .selectFrom('petitioners')
        .innerJoin('petitions', 'petitions.id', 'petitioners.petition_id')
        .select(['petitioners.phone', 'petitioners.email', 'petitioners.full_name'])
        .where('petitions.tracking_code', '=', code)
        .executeTakeFirstOrThrow();
      expect(person).toEqual({ phone: null, email: null, full_name: 'Trần Thị Dữ Liệu' });
      expect(
        (
          await t.call(head, 'POST', `/api/v1/privacy/requests/${req.id}/answer`, {
            outcome: 'done',
            answer: 'Lần hai.',
            expectedVersion: 2,
          })
        ).statusCode,
      ).toBe(409);

      // The citizen reads the answer (the contact was erased: the e-mail no longer proves anything, so the desk is the way).
      const status = await t.call(
        null,
        'POST',
        `/api/public/v1/privacy-requests/${req.code}/status`,
        { trackingCode: code, contact: '0909123456' },
      );
      expect(status.statusCode).toBe(403);

      // The access code shown once on the receipt still opens the answer, with nothing about the
      // person; a wrong one, or the right one on another request's code, opens nothing.
      expect(req.accessCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const stored = await t.db.ctx.db
        .selectFrom('privacy_requests')
        .selectAll()
        .where('id', '=', req.id)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(stored)).not.toContain(req.accessCode);
      expect(JSON.stringify(stored).replace(/-/g, '')).not.toContain(
        req.accessCode.replace(/-/g, ''),
      );
      const byAccess = await t.call(
        null,
        'POST',
        `/api/public/v1/privacy-requests/${req.code}/status`,
        { accessCode: req.accessCode.toLowerCase().replace(/-/g, ' ') },
      );
      expect(byAccess.statusCode, byAccess.body).toBe(200);
      expect(byAccess.json()).toMatchObject({
        code: req.code,
        status: 'answered',
        answer: 'Đã xóa số điện thoại, thư điện tử; hồ sơ đơn được lưu trữ theo quy định.',
      });
      const personal = /0909|du\.lieu|Trần Thị|Dữ Liệu|Ấp 3/;
      expect(byAccess.body).not.toMatch(personal);
      expect(byAccess.body).not.toContain(code);
      const wrongSecret = req.accessCode.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'));
      for (const body of [{ accessCode: wrongSecret }, { accessCode: 'ZZZZ-ZZZZ-ZZZZ' }]) {
        const refused = await t.call(
          null,
          'POST',
          `/api/public/v1/privacy-requests/${req.code}/status`,
          body,
        );
        expect(refused.statusCode).toBe(403);
        expect(refused.json()).toMatchObject({ code: 'forbidden' });
        expect(refused.body).not.toContain('Đã xóa');
      }
      expect(
        (
          await t.call(null, 'POST', '/api/public/v1/privacy-requests/DL-0000-0000-00/status', {
            accessCode: req.accessCode,
          })
        ).statusCode,
      ).toBe(403);

      // The portal's status page: request code + access code, no tracking code or contact.
      const page = await t.call(
        null,
        'POST',
        '/du-lieu-ca-nhan/tinh-trang',
        new URLSearchParams({ code: req.code, accessCode: req.accessCode }).toString(),
        { 'content-type': 'application/x-www-form-urlencoded' },
      );
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('data-testid="privacy-answer"');
      expect(page.body).toContain('Đã xóa số điện thoại, thư điện tử');
      expect(page.body).not.toMatch(personal);
      expect(page.body).not.toContain(code);
      const wrongPage = await t.call(
        null,
        'POST',
        '/du-lieu-ca-nhan/tinh-trang',
        new URLSearchParams({ code: req.code, accessCode: wrongSecret }).toString(),
        { 'content-type': 'application/x-www-form-urlencoded' },
      );
      expect(wrongPage.statusCode).toBe(400);
      expect(wrongPage.body).toContain('Mã yêu cầu hoặc mã truy cập không đúng.');
      expect(wrongPage.body).not.toContain('data-testid="privacy-answer"');
      expect(wrongPage.body).not.toContain(wrongSecret);

      const created = await audit('privacy.request_created');
      const updated = await audit('privacy.request_updated');
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(updated.length).toBeGreaterThanOrEqual(1);
      for (const payload of [...created, ...updated])
        expect(payload).not.toMatch(/0909|du\.lieu|Trần Thị/);
    });

    it('registers a request at the desk (withdrawal of consent) and records it on the consent', async () => {
      const res = await t.call(desk, 'POST', '/api/v1/privacy/requests', {
        trackingCode: code,
        kind: 'withdraw_consent',
        detail: 'Tôi rút lại sự đồng ý, đề nghị chỉ xử lý trong phạm vi luật định.',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(
        (
          await t.call(outsider, 'POST', '/api/v1/privacy/requests', {
            trackingCode: code,
            kind: 'access',
            detail: 'Xin xem dữ liệu của người này.',
          })
        ).statusCode,
      ).toBe(404);
      const ok = await t.call(head, 'POST', `/api/v1/privacy/requests/${res.json().id}/answer`, {
        outcome: 'done',
        answer: 'Đã ghi nhận rút lại sự đồng ý; đơn vẫn được giải quyết theo nghĩa vụ pháp lý.',
        expectedVersion: 1,
      });
      expect(ok.statusCode, ok.body).toBe(200);
      const consent = await t.db.ctx.db
        .selectFrom('consents')
        .innerJoin('petitions', 'petitions.id', 'consents.petition_id')
        .select('consents.withdrawn_at')
        .where('petitions.tracking_code', '=', code)
        .executeTakeFirstOrThrow();
      expect(consent.withdrawn_at).not.toBeNull();
    });

    it('counts the days left to answer in working days on the deadlines calendar', async () => {
      const made = await t.call(desk, 'POST', '/api/v1/privacy/requests', {
        trackingCode: code,
        kind: 'access',
        detail: 'Xin bản sao dữ liệu cá nhân của tôi.',
      });
      expect(made.statusCode, made.body).toBe(201);
      const { id, dueOn } = made.json();
      expect(dueOn).toBe('2026-12-21'); // Monday 07/12 + 10 working days
      const left = async (day: string) => {
        t.db.ctx.clock = fixedDateClock(day);
        const res = await t.call(head, 'GET', '/api/v1/privacy/requests');
        expect(res.statusCode).toBe(200);
        return res.json().items.find((x: { id: string }) => x.id === id) as {
          workingDaysLeft: number | null;
          overdue: boolean;
        };
      };
      const original = t.db.ctx.clock;
      try {
        // Saturday 19/12: two calendar days, one working day (Monday 21/12) left.
        expect(await left('2026-12-19')).toMatchObject({ workingDaysLeft: 1, overdue: false });
        expect(await left('2026-12-21')).toMatchObject({ workingDaysLeft: 0, overdue: false });
        // Wednesday 23/12: Monday and Tuesday passed, two working days overdue.
        expect(await left('2026-12-23')).toMatchObject({ workingDaysLeft: -2, overdue: true });
        // Answered: no clock.
        t.db.ctx.clock = original;
        const ok = await t.call(head, 'POST', `/api/v1/privacy/requests/${id}/answer`, {
          outcome: 'done',
          answer: 'Đã cung cấp bản sao dữ liệu.',
          expectedVersion: 1,
        });
        expect(ok.statusCode, ok.body).toBe(200);
        expect(await left('2026-12-23')).toMatchObject({ workingDaysLeft: null });
      } finally {
        t.db.ctx.clock = original;
      }
    });

    it('keeps the breach register with the 72-hour clock; a late notice needs a reason', async () => {
      const now = t.db.ctx.clock.now().getTime();
      const discoveredAt = new Date(now - 80 * 3600_000).toISOString();
      const rec = await t.call(head, 'POST', '/api/v1/privacy/breaches', {
        unitCode: '27877',
        discoveredAt,
        description: 'Danh sách người gửi đơn bị gửi nhầm qua thư điện tử.',
        dataCategories: ['họ tên', 'số điện thoại'],
        subjectsCount: 12,
        measures: 'Đề nghị người nhận xóa thư; rà soát quy trình.',
      });
      expect(rec.statusCode, rec.body).toBe(201);
      expect(rec.json().notifyBy).toBe(
        new Date(Date.parse(discoveredAt) + 72 * 3600_000).toISOString(),
      );
      expect(
        (
          await t.call(outsider, 'POST', '/api/v1/privacy/breaches', {
            unitCode: '27877',
            discoveredAt,
            description: 'Thử ghi nhận từ đơn vị khác.',
            dataCategories: ['x'],
            subjectsCount: 1,
            measures: 'Không có.',
          })
        ).statusCode,
      ).toBe(404);
      const listed = (await t.call(head, 'GET', '/api/v1/privacy/breaches'))
        .json()
        .items.find((b: { id: string }) => b.id === rec.json().id);
      expect(listed).toMatchObject({ status: 'open', overdue: true });
      expect(listed.hoursLeft).toBeLessThanOrEqual(-8);
      const noReason = await t.call(
        head,
        'POST',
        `/api/v1/privacy/breaches/${rec.json().id}/notified`,
        { notifiedTo: 'Cục A05 - Bộ Công an', expectedVersion: 1 },
      );
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().details.field).toBe('lateReason');
      const late = await t.call(
        head,
        'POST',
        `/api/v1/privacy/breaches/${rec.json().id}/notified`,
        {
          notifiedTo: 'Cục A05 - Bộ Công an',
          lateReason: 'Phát hiện vào ngày nghỉ, xác minh phạm vi mất thêm thời gian.',
          expectedVersion: 1,
        },
      );
      expect(late.json()).toMatchObject({ status: 'notified', late: true, version: 2 });
      expect((await audit('privacy.breach_recorded')).length).toBe(1);
      expect((await audit('privacy.breach_updated')).length).toBe(1);
    });
  },
);
