import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { isUniqueViolation } from '../../src/db/unique-violation.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const TODAY = '2026-03-10';

/** The paragraphs of a .docx as plain text, in order (tables included). */
async function paragraphs(payload: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(payload);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) =>
      p
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .trim(),
    )
    .filter((p) => p !== '');
}

describe.each(ENGINES)('conclusion notice: number, dates, signer (%s)', (engine) => {
  let t: TestApp;
  let inspector: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: TODAY });
    inspector = await t.login('truongdoan.longan');
  });
  afterAll(async () => t?.close());

  const counts = async () => {
    const n = async (table: 'audit_events' | 'inspection_sessions') =>
      Number(
        (
          await t.db.ctx.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { audit: await n('audit_events'), sessions: await n('inspection_sessions') };
  };
  const delegation = async (issuingBody: string, decisionNumber: string) => {
    const res = await t.call(inspector, 'POST', '/api/v1/inspections', {
      title: 'kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở',
      decisionNumber,
      decisionDate: '2019-11-01',
      issuingBody,
      headTitle: 'Trưởng ban Dân vận Tỉnh ủy Long An',
      headName: 'Trần Văn Trưởng',
      members: [
        { name: 'Nguyễn Thị Phó', title: 'Phó Trưởng đoàn' },
        { name: 'Lê Văn Viên', title: 'Thành viên' },
      ],
      targetUnitCodes: ['800'],
    });
    expect(res.statusCode).toBe(201);
    return res.json().inspection.id as string;
  };
  const addSession = (id: string, body: Record<string, unknown>) =>
    t.call(inspector, 'POST', `/api/v1/inspections/${id}/sessions`, {
      unitCode: '800',
      timeOfDay: 'morning',
      ...body,
    });

  it('Party body: refuses the decision number, the State form and an early date; prints "Số 12-TB/ĐKT", T/M and K/T', async () => {
    const id = await delegation('Ban Dân vận Tỉnh ủy Long An', '99-QĐ/BDVTU');
    const before = await counts();
    for (const [body, field] of [
      [{ heldOn: '2020-02-05', noticeNumber: 'Số: 99-QĐ/BDVTU' }, 'noticeNumber'],
      [{ heldOn: '2020-02-05', noticeNumber: '12/TB-ĐKT' }, 'noticeNumber'],
      [{ heldOn: '2019-10-31', noticeNumber: '12-TB/ĐKT' }, 'heldOn'],
      [
        {
          heldOn: '2020-02-05',
          noticeNumber: '12-TB/ĐKT',
          signerCapacity: 'deputy',
          signerName: 'Người Ngoài Đoàn',
        },
        'signerName',
      ],
    ] as const) {
      const res = await addSession(id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const p = res.json();
      expect(p.code).toBe('validation_failed');
      expect(p.details.field).toBe(field);
      expect(p.message.vi).not.toBe(p.message.en);
    }
    const wrongForm = (
      await addSession(id, { heldOn: '2020-02-05', noticeNumber: '12/TB-ĐKT' })
    ).json();
    expect(wrongForm.message.vi).toContain('«12-TB/ĐKT»');
    expect(wrongForm.message.en).toContain('"12-TB/ĐKT"');
    const sameAsDecision = (
      await addSession(id, { heldOn: '2020-02-05', noticeNumber: '99-QĐ/BDVTU' })
    ).json();
    expect(sameAsDecision.message.vi).toContain('khác số quyết định');
    expect(await counts()).toEqual(before);

    const ok = await addSession(id, {
      heldOn: '2020-02-05',
      noticeNumber: ' Số 12-TB/ĐKT ',
      signerCapacity: 'deputy',
      signerName: 'Nguyễn Thị Phó',
    });
    expect(ok.statusCode).toBe(201);
    const session = ok.json().sessions[0];
    expect(session).toMatchObject({
      noticeNumber: '12-TB/ĐKT',
      signerCapacity: 'deputy',
      signerName: 'Nguyễn Thị Phó',
    });

    // The same body cannot give the same number twice in a year: 409, nothing written.
    const other = await delegation('Ban Dân vận Tỉnh ủy Long An', '100-QĐ/BDVTU');
    const mid = await counts();
    const dup = await addSession(other, { heldOn: '2020-06-01', noticeNumber: '12-TB/ĐKT' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().details.field).toBe('noticeNumber');
    expect(await counts()).toEqual(mid);
    // Another year's sequence starts again.
    expect(
      (await addSession(other, { heldOn: '2021-01-04', noticeNumber: '12-TB/ĐKT' })).statusCode,
    ).toBe(201);

    // Moving the decision after the session held is refused too.
    const v = (await t.call(inspector, 'GET', `/api/v1/inspections/${id}`)).json().inspection
      .version as number;
    const late = await t.call(inspector, 'PATCH', `/api/v1/inspections/${id}`, {
      version: v,
      decisionDate: '2020-03-01',
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().details.field).toBe('decisionDate');

    const res = await t.call(
      inspector,
      'GET',
      `/api/v1/inspections/${id}/sessions/${session.id}/conclusion.docx`,
    );
    expect(res.statusCode).toBe(200);
    const text = await paragraphs(res.rawPayload);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Số 12-TB/ĐKT');
    expect(text).toContain('Long An, ngày 05 tháng 02 năm 2020');
    expect(text.join('\n')).not.toMatch(/Số: /);
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // The signature: the delegation as a collective, the deputy in the head's place, her name.
    const sig = text.indexOf('T/M ĐOÀN KIỂM TRA');
    expect(sig).toBeGreaterThan(0);
    expect(text.slice(sig, sig + 3)).toEqual([
      'T/M ĐOÀN KIỂM TRA',
      'K/T TRƯỞNG ĐOÀN',
      'PHÓ TRƯỞNG ĐOÀN',
    ]);
    expect(text[text.length - 1]).toBe('Nguyễn Thị Phó');
    expect(text).not.toContain('Trần Văn Trưởng'.toUpperCase());
  });

  it('State body: "Số: 12/TB-ĐKT", the national motto, TM. and the head signing', async () => {
    const id = await delegation('Ủy ban nhân dân tỉnh Long An', '15/QĐ-UBND');
    const bad = await addSession(id, { heldOn: '2020-03-04', noticeNumber: '12-TB/ĐKT' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.field).toBe('noticeNumber');
    const ok = await addSession(id, { heldOn: '2020-03-04', noticeNumber: '12/TB-ĐKT' });
    expect(ok.statusCode).toBe(201);
    const session = ok.json().sessions[0];
    expect(session.signerCapacity).toBe('head');
    const res = await t.call(
      inspector,
      'GET',
      `/api/v1/inspections/${id}/sessions/${session.id}/conclusion.docx`,
    );
    const text = await paragraphs(res.rawPayload);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: 12/TB-ĐKT');
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text.some((p) => p.endsWith('ngày 04 tháng 3 năm 2020'))).toBe(true);
    const sig = text.indexOf('TM. ĐOÀN KIỂM TRA');
    expect(text.slice(sig, sig + 2)).toEqual(['TM. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN']);
    expect(text).not.toContain('KT. TRƯỞNG ĐOÀN');
    expect(text[text.length - 1]).toBe('Trần Văn Trưởng');

    // Switching the signer to a deputy by PATCH, then back to the head.
    const v = session.version as number;
    const patched = await t.call(
      inspector,
      'PATCH',
      `/api/v1/inspections/${id}/sessions/${session.id}`,
      { version: v, signerCapacity: 'deputy', signerName: 'Nguyễn Thị Phó' },
    );
    expect(patched.statusCode).toBe(200);
    const again = await paragraphs(
      (
        await t.call(
          inspector,
          'GET',
          `/api/v1/inspections/${id}/sessions/${session.id}/conclusion.docx`,
        )
      ).rawPayload,
    );
    const s2 = again.indexOf('TM. ĐOÀN KIỂM TRA');
    expect(again.slice(s2, s2 + 3)).toEqual([
      'TM. ĐOÀN KIỂM TRA',
      'KT. TRƯỞNG ĐOÀN',
      'PHÓ TRƯỞNG ĐOÀN',
    ]);
  });
  it('the database itself keeps a notice number unique per body and year; a race gives one 201 and one 409', async () => {
    const a = await delegation('Ban Dân vận Huyện ủy Thạnh Hóa', '7-QĐ/HU');
    const b = await delegation('Ban Dân vận Huyện ủy Thạnh Hóa', '8-QĐ/HU');
    const ok = await addSession(a, { heldOn: '2020-04-02', noticeNumber: '31-TB/ĐKT' });
    expect(ok.statusCode).toBe(201);
    // A write that skips the command's check still cannot store the number twice.
    const row = await t.db.ctx.db
      .selectFrom('inspection_sessions')
      .selectAll()
      .where('id', '=', ok.json().sessions[0].id)
      .executeTakeFirstOrThrow();
    const err = await t.db.ctx.db
      .insertInto('inspection_sessions')
      .values({ ...row, id: `${row.id}-copy`, inspection_id: b })
      .execute()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).not.toBeNull();
    expect(
      isUniqueViolation(err, {
        index: 'inspection_sessions_notice_number_uq',
        columns: ['notice_issuer', 'notice_year', 'notice_number'],
      }),
    ).toBe(true);
    // Two saves at the same instant: exactly one wins, the other is the mapped 409.
    const before = await counts();
    const race = await Promise.all([
      addSession(a, { heldOn: '2020-05-02', noticeNumber: '32-TB/ĐKT' }),
      addSession(b, { heldOn: '2020-05-03', noticeNumber: '32-TB/ĐKT' }),
    ]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const lost = race.find((r) => r.statusCode === 409)!.json();
    expect(lost).toMatchObject({ code: 'conflict', details: { field: 'noticeNumber' } });
    expect(await counts()).toEqual({ audit: before.audit + 1, sessions: before.sessions + 1 });
  });

  it('an issued notice keeps its findings as they stood: later edits and additions stay out', async () => {
    const id = await delegation('Ban Dân vận Tỉnh ủy Long An', '41-QĐ/BDVTU');
    const created = await addSession(id, { heldOn: '2020-02-10', noticeNumber: '40-TB/ĐKT' });
    const session = created.json().sessions[0];
    const findings = `/api/v1/inspections/${id}/sessions/${session.id}/findings`;
    const rec = (
      await t.call(inspector, 'POST', findings, {
        kind: 'recommendation',
        text: 'Niêm yết thủ tục hành chính tại bộ phận một cửa.',
        dueOn: '2020-03-31',
      })
    ).json();
    // Issuing without a number is refused; with one, the findings freeze.
    const issued = await t.call(
      inspector,
      'PATCH',
      `/api/v1/inspections/${id}/sessions/${session.id}`,
      { version: session.version, issueNotice: true },
    );
    expect(issued.statusCode, issued.body).toBe(200);
    const s1 = (await t.call(inspector, 'GET', `/api/v1/inspections/${id}`))
      .json()
      .sessions.find((x: { id: string }) => x.id === session.id);
    expect(s1.noticeIssuedAt).not.toBeNull();
    // Later: the recommendation is reworded and given more time, a new one is added.
    const edited = await t.call(inspector, 'PATCH', `/api/v1/findings/${rec.id}`, {
      version: rec.version,
      text: 'Niêm yết và cập nhật thủ tục hành chính.',
      dueOn: '2020-06-30',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    await t.call(inspector, 'POST', findings, {
      kind: 'recommendation',
      text: 'Kiến nghị bổ sung sau ngày ban hành.',
    });
    const text = (
      await paragraphs(
        (
          await t.call(
            inspector,
            'GET',
            `/api/v1/inspections/${id}/sessions/${session.id}/conclusion.docx`,
          )
        ).rawPayload,
      )
    ).join('\n');
    expect(text).toContain('Niêm yết thủ tục hành chính tại bộ phận một cửa.');
    expect(text).toContain('31/03/2020');
    expect(text).not.toContain('cập nhật thủ tục');
    expect(text).not.toContain('Kiến nghị bổ sung sau ngày ban hành.');
    // The issued notice's number and date no longer change.
    const renumber = await t.call(
      inspector,
      'PATCH',
      `/api/v1/inspections/${id}/sessions/${session.id}`,
      { version: s1.version, noticeNumber: '41-TB/ĐKT' },
    );
    expect(renumber.statusCode).toBe(409);
    const bare = await addSession(id, { heldOn: '2020-02-11' });
    const noNumber = await t.call(
      inspector,
      'PATCH',
      `/api/v1/inspections/${id}/sessions/${bare.json().sessions.find((x: { heldOn: string }) => x.heldOn === '2020-02-11').id}`,
      { version: 1, issueNotice: true },
    );
    expect(noNumber.statusCode).toBe(400);
    expect(noNumber.json().details.field).toBe('noticeNumber');
  });
});
