import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whenDuplicatesScored } from '../../src/commands/petitions/score-duplicates.js';
import { fixedDateClock } from '../../src/domain/clock.js';
import { ENGINES } from '../helpers/engines.js';
import { basePetition, mustAct, submit, userId } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';
import { replayDemoCases } from '../helpers/world.js';

const CANARY = 'Canary Nguyễn Thị Bí Mật';
const CANARY_ID = '000999888777';

describe.each(ENGINES)('petition access, sealed identity, search, public API (%s)', (engine) => {
  let t: TestApp;
  let desk: Session;
  let head: Session;
  let officer: Session;
  let outsider: Session;
  let denunciationId: string;
  let denunciationCode: string;
  let complaintId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
    // One 2019 case of commune 27877 (received by the district), replayed as the demo does.
    await replayDemoCases(
      t.db.ctx,
      (r) => r.unitCode === '27877' && r.receivedOn < '2025-07-01',
      1,
    );
    desk = await t.login('tiepdan.thanhphuoc');
    head = await t.login('chutich.thanhphuoc');
    officer = await t.login('diachinh.thanhphuoc');
    outsider = await t.login('diachinh.tantay');
    const d = await submit(t, desk, {
      kinds: ['denunciation'],
      topicCode: 'officials_conduct',
      title: 'Tố cáo cán bộ địa chính đòi tiền khi cấp giấy',
      content: 'Người tố cáo trình bày cán bộ địa chính ấp 3 yêu cầu nộp thêm tiền.',
      petitioners: [
        {
          fullName: CANARY,
          address: 'Ấp 3, xã Thạnh Phước',
          identityNumber: CANARY_ID,
          phone: '0909555999',
        },
      ],
    });
    denunciationId = d.id;
    denunciationCode = d.code;
    await mustAct(t, desk, d.id, 'process_accept');
    await mustAct(t, head, d.id, 'assign', { assigneeId: await userId(t, 'diachinh.thanhphuoc') });
    complaintId = (
      await submit(t, desk, {
        title: 'Tranh chấp đường thoát nước giữa hai hộ',
        content: 'Hộ bên cạnh lấp mương thoát nước chung.',
        topicCode: 'drainage_dispute',
      })
    ).id;
  });
  afterAll(async () => t?.close());

  it('never gives the denouncer identity to a role without the grant, on any endpoint', async () => {
    const viewer = await t.login('theodoi.tayninh');
    const admin = await t.login('admin');
    const urls = [
      '/api/v1/petitions',
      `/api/v1/petitions?q=${encodeURIComponent('bi mat')}`,
      `/api/v1/petitions?q=${CANARY_ID}`,
      `/api/v1/petitions/${denunciationId}`,
      '/api/v1/reception-register',
      `/api/public/v1/track/${denunciationCode}`,
      '/api/v1/notifications',
    ];
    for (const who of [desk, officer, viewer, admin, null]) {
      for (const url of urls) {
        const res = await t.call(who, 'GET', url);
        expect(res.body, `${url}`).not.toContain('Bí Mật');
        expect(res.body).not.toContain(CANARY_ID);
        expect(res.body).not.toContain('0909555999');
      }
      if (who)
        expect(
          (
            await t.call(who, 'POST', `/api/v1/petitions/${denunciationId}/identity`, {
              purpose: 'xác minh',
            })
          ).statusCode,
        ).toBe(404);
    }
    const audit = await t.db.ctx.db.selectFrom('audit_events').select('payload').execute();
    expect(JSON.stringify(audit)).not.toContain('Bí Mật');
  });

  it('lets a granted head read the identity, and logs every read', async () => {
    const res = await t.call(head, 'POST', `/api/v1/petitions/${denunciationId}/identity`, {
      purpose: 'Bảo vệ người tố cáo',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().petitioners[0].fullName).toBe(CANARY);
    const reads = await t.db.ctx.db
      .selectFrom('audit_events')
      .select('payload')
      .where('event_type', '=', 'petition.identity_read')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('finds cases without diacritics', async () => {
    for (const q of ['duong thoat nuoc', 'ĐƯỜNG THOÁT', 'Duong']) {
      const items = (
        await t.call(head, 'GET', `/api/v1/petitions?q=${encodeURIComponent(q)}`)
      ).json().items;
      expect(
        items.map((i: { id: string }) => i.id),
        q,
      ).toContain(complaintId);
    }
    const queue = (
      await t.call(officer, 'GET', '/api/v1/petitions?mine=true&open=true&sort=due')
    ).json().items;
    expect(queue.map((i: { id: string }) => i.id)).toContain(denunciationId);
  });

  it('offers as assignees only officers whose unit existed on the day the case was received', async () => {
    const names = async (id: string) =>
      (await t.call(head, 'GET', `/api/v1/petitions/${id}/assignees`))
        .json()
        .items.map((i: { id: string }) => i.id);
    const commune = await userId(t, 'diachinh.thanhphuoc');
    const district = await userId(t, 'chuyenvien.thanhhoa'); // Huyện Thạnh Hóa ended on 30/06/2025
    const today = await names(complaintId); // received today, after the 2025 reform
    expect(today).toContain(commune);
    expect(today).not.toContain(district);
    const old = await t.db.ctx.db
      .selectFrom('petitions')
      .select('id')
      .where('unit_code', '=', '27877')
      .where('received_on', '<', '2025-07-01')
      .executeTakeFirst();
    if (!old) throw new Error('the world has no 2019 case of commune 27877');
    const then = await t.call(
      await t.login('chutich.thanhhoa'),
      'GET',
      `/api/v1/petitions/${old.id}/assignees`,
    );
    expect(then.statusCode).toBe(200);
    expect(then.json().items.map((i: { id: string }) => i.id)).toContain(district);
  });

  it('hides a case from an officer of another commune (404 everywhere, nothing changes)', async () => {
    expect((await t.call(outsider, 'GET', `/api/v1/petitions/${complaintId}`)).statusCode).toBe(
      404,
    );
    expect(
      (
        await t.call(outsider, 'POST', `/api/v1/petitions/${complaintId}/actions/process_accept`, {
          input: {},
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.call(outsider, 'GET', `/api/v1/petitions/${complaintId}/assignees`)).statusCode,
    ).toBe(404);
    expect(
      (
        await t.call(
          outsider,
          'POST',
          `/api/v1/petitions/${complaintId}/duplicates/${denunciationId}`,
          { decision: 'dismiss' },
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.call(outsider, 'POST', '/api/v1/petitions', { ...basePetition })).statusCode,
    ).toBe(404);
    expect(
      (await t.call(outsider, 'GET', '/api/v1/petitions'))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).not.toContain(complaintId);
    const p = await t.db.ctx.db
      .selectFrom('petitions')
      .select(['status', 'version'])
      .where('id', '=', complaintId)
      .executeTakeFirstOrThrow();
    expect(p).toEqual({ status: 'received', version: 1 });
  });

  it('suggests duplicates at intake with a score and reasons, and links one', async () => {
    const again = await t.call(desk, 'POST', '/api/v1/petitions', {
      ...basePetition,
      title: 'Tranh chấp đường thoát nước giữa hai hộ',
      content: 'Hộ bên cạnh lấp mương thoát nước chung.',
      topicCode: 'drainage_dispute',
    });
    // Scored after the intake's commit, then shown on the case file.
    await whenDuplicatesScored(t.db.ctx);
    const dupes = (
      await t.call(desk, 'GET', `/api/v1/petitions/${again.json().cases[0].id}`)
    ).json().duplicateSuggestions;
    expect(dupes[0]).toMatchObject({ id: complaintId });
    expect(dupes[0].score).toBeGreaterThanOrEqual(0.5);
    expect(dupes[0].reasons.map((r: { code: string }) => r.code)).toContain('similar_content');
    const newId = again.json().cases[0].id;
    const link = await t.call(
      desk,
      'POST',
      `/api/v1/petitions/${newId}/duplicates/${complaintId}`,
      { decision: 'link' },
    );
    expect(link.statusCode).toBe(200);
    const detail = (await t.call(desk, 'GET', `/api/v1/petitions/${newId}`)).json();
    expect(detail).toMatchObject({ status: 'filed', links: { duplicateOf: { id: complaintId } } });
  });

  it('accepts an online petition once per Idempotency-Key and tracks it without personal data', async () => {
    const body = {
      unitCode: '27877',
      kind: 'feedback',
      topicCode: 'infrastructure',
      title: 'Đèn đường ấp 3 không sáng',
      content: 'Đoạn đường từ cầu đến trường không có đèn.',
      petitioner: { fullName: 'Trần Thị Trực Tuyến', phone: '0909555001' },
      consent: true,
    };
    const key = { 'idempotency-key': 'tap-123456789' };
    const [a, b] = await Promise.all([
      t.call(null, 'POST', '/api/public/v1/petitions', body, key),
      t.call(null, 'POST', '/api/public/v1/petitions', body, key),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().trackingCode).toBe(b.json().trackingCode);
    const n = await t.db.ctx.db
      .selectFrom('petitions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('tracking_code', '=', a.json().trackingCode)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    expect(
      (await t.call(null, 'POST', '/api/public/v1/petitions', { ...body, title: 'Khác hẳn' }, key))
        .statusCode,
    ).toBe(409);
    expect(
      (await t.call(null, 'POST', '/api/public/v1/petitions', { ...body, consent: false }))
        .statusCode,
    ).toBe(400);
    const track = await t.call(
      null,
      'GET',
      `/api/public/v1/track/${a.json().trackingCode.toLowerCase().replace(/-/g, ' ')}`,
    );
    expect(track.statusCode).toBe(200);
    expect(track.json()).toMatchObject({ status: 'received', kind: 'feedback' });
    expect(track.body).not.toContain('Trực Tuyến');
    expect(track.body).not.toContain('0909555001');
    expect((await t.call(null, 'GET', '/api/public/v1/track/ZZZZ-ZZZZ-ZZ')).statusCode).toBe(404);
  });

  it('stores attachments after sniffing their content and serves them only to the case’s units', async () => {
    const boundary = '----danvan';
    const form = (name: string, bytes: Buffer) =>
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nverification\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const ok = await t.call(
      desk,
      'POST',
      `/api/v1/petitions/${complaintId}/attachments`,
      form('biên bản.pdf', pdf),
      headers,
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ mediaType: 'application/pdf', size: pdf.length });
    const fake = await t.call(
      desk,
      'POST',
      `/api/v1/petitions/${complaintId}/attachments`,
      form('virus.pdf', Buffer.from('MZ\x90\x00 this is an exe')),
      headers,
    );
    expect(fake.statusCode).toBe(415);
    const url = `/api/v1/petitions/${complaintId}/attachments/${ok.json().id}`;
    const dl = await t.call(head, 'GET', url);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(pdf)).toBe(true);
    expect((await t.call(outsider, 'GET', url)).statusCode).toBe(404);
    expect(
      (
        await t.call(
          outsider,
          'POST',
          `/api/v1/petitions/${complaintId}/attachments`,
          form('x.pdf', pdf),
          headers,
        )
      ).statusCode,
    ).toBe(404);
  });

  it('lists in-person visits in the reception register', async () => {
    const items = (await t.call(desk, 'GET', '/api/v1/reception-register')).json().items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    const sealed = items.find((i: { petitionId: string }) => i.petitionId === denunciationId);
    expect(sealed).toMatchObject({ identitySealed: true, citizenName: null });
    // Before 01/07/2026 no identification was required: no check to show.
    expect(sealed.identityCheck).toBeNull();
  });

  it('shows in the register whether a person was identified from 01/07/2026, never a denouncer’s number or reason', async () => {
    t.db.ctx.clock = fixedDateClock('2026-07-02');
    try {
      const { identityCheck: _, ...reception } = basePetition.reception;
      const checked = await submit(t, desk, { title: 'Khiếu nại giá bồi thường đợt 2' });
      const unchecked = await submit(t, desk, {
        title: 'Khiếu nại giá bồi thường đợt 3',
        reception: { ...reception, identityCheck: { notCheckedReason: 'Quên mang giấy tờ' } },
      });
      const denounced = await submit(t, desk, {
        kinds: ['denunciation'],
        topicCode: 'officials_conduct',
        title: 'Tố cáo cán bộ thu tiền đo đạc',
        petitioners: [{ fullName: 'Người Tố Cáo Kín', identityNumber: 'B7654321' }],
        reception: {
          ...reception,
          identityCheck: { documentType: 'passport', documentNumber: 'B7654321' },
        },
      });
      const denouncedUnchecked = await submit(t, desk, {
        kinds: ['denunciation'],
        topicCode: 'officials_conduct',
        title: 'Tố cáo cán bộ nhận quà',
        petitioners: [{ fullName: 'Người Tố Cáo Khác' }],
        reception: { ...reception, identityCheck: { notCheckedReason: 'Lý do riêng Kín Đáo' } },
      });
      for (const who of [desk, head]) {
        const res = await t.call(who, 'GET', '/api/v1/reception-register?from=2026-07-01');
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toContain('B7654321');
        expect(res.body).not.toContain('Kín Đáo');
        const items = res.json().items as Array<{
          petitionId: string;
          identityPaper: string | null;
          identityCheck: unknown;
        }>;
        const row = (id: string) => items.find((i) => i.petitionId === id);
        expect(row(checked.id)).toMatchObject({
          identityPaper: '000111222333',
          identityCheck: {
            ruleId: 'reception.identify_in_person.2026',
            state: 'checked',
            documentType: 'citizen_id',
            documentLabel: { vi: 'Thẻ căn cước / căn cước công dân' },
            reason: null,
          },
        });
        expect(row(unchecked.id)?.identityCheck).toMatchObject({
          state: 'not_checked',
          documentType: null,
          reason: 'Quên mang giấy tờ',
        });
        expect(row(denounced.id)).toMatchObject({
          identitySealed: true,
          identityPaper: null,
          identityCheck: { state: 'checked', documentType: 'passport', reason: null },
        });
        expect(row(denouncedUnchecked.id)?.identityCheck).toMatchObject({
          state: 'not_checked',
          reason: null,
        });
      }
    } finally {
      t.db.ctx.clock = fixedDateClock('2026-03-02');
    }
  });
});

describe('receipt', () => {
  it('prints a .docx receipt with the unit, code and deadline, without a sealed identity', async () => {
    const t = await createTestApp('sqlite', { world: 'units', today: '2026-03-02' });
    try {
      const desk = await t.login('tiepdan.thanhphuoc');
      const { id, code } = await submit(t, desk);
      const res = await t.call(desk, 'GET', `/api/v1/petitions/${id}/receipt.docx`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      const JSZip = (await import('jszip')).default;
      const xml = await (
        await JSZip.loadAsync(res.rawPayload)
      )
        .file('word/document.xml')!
        .async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      for (const s of [
        'PHIẾU NHẬN ĐƠN',
        code,
        'Xã Thạnh Phước',
        'Lê Văn Thử',
        'Xử lý đơn: chậm nhất ngày 16/03/2026',
      ])
        expect(text).toContain(s);
      const d = await submit(t, desk, {
        kinds: ['denunciation'],
        petitioners: [{ fullName: 'Người Tố Cáo Bí Mật', identityNumber: '000555444333' }],
      });
      const sealed = await t.call(desk, 'GET', `/api/v1/petitions/${d.id}/receipt.docx`);
      const sxml = await (
        await JSZip.loadAsync(sealed.rawPayload)
      )
        .file('word/document.xml')!
        .async('string');
      expect(sxml).not.toContain('Bí Mật');
      expect(
        (
          await t.call(
            await t.login('diachinh.tantay'),
            'GET',
            `/api/v1/petitions/${id}/receipt.docx`,
          )
        ).statusCode,
      ).toBe(404);
    } finally {
      await t.close();
    }
  }, 120_000);
});

describe.each(ENGINES)('eligibility (%s)', (engine) => {
  it('suggests the processing outcome with reasons, for the processing officer only', async () => {
    const t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
    try {
      const desk = await t.login('tiepdan.thanhphuoc');
      const { id } = await submit(t, desk);
      const ok = await t.call(desk, 'POST', `/api/v1/petitions/${id}/eligibility`, {
        language: 'vi',
        withinAuthority: true,
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ outcome: 'accept', eligibility: { eligible: true } });
      const outside = await t.call(desk, 'POST', `/api/v1/petitions/${id}/eligibility`, {
        language: 'vi',
        withinAuthority: false,
      });
      expect(outside.json().outcome).toBe('return_with_guidance');
      const unsigned = await t.call(desk, 'POST', `/api/v1/petitions/${id}/eligibility`, {
        language: 'other',
        signed: false,
        withinAuthority: true,
      });
      expect(unsigned.json().outcome).toBe('file');
      expect(unsigned.json().eligibility.reasons.map((r: { code: string }) => r.code)).toEqual(
        expect.arrayContaining(['not_vietnamese', 'missing_signature']),
      );
      const anon = await t.call(desk, 'POST', '/api/v1/petitions', {
        ...basePetition,
        kinds: ['denunciation'],
        anonymous: true,
        petitioners: [],
        channel: 'mailbox',
      });
      const anonId = anon.json().cases[0].id;
      const inspect = await t.call(desk, 'POST', `/api/v1/petitions/${anonId}/eligibility`, {
        language: 'vi',
        withinAuthority: true,
        namesViolator: true,
        hasCheckableEvidence: true,
      });
      expect(inspect.json().outcome).toBe('inspect_or_forward');
      expect(
        (
          await t.call(
            await t.login('diachinh.tantay'),
            'POST',
            `/api/v1/petitions/${id}/eligibility`,
            { language: 'vi', withinAuthority: true },
          )
        ).statusCode,
      ).toBe(404);
    } finally {
      await t.close();
    }
  });
});
