/**
 * Issue 12, items 2 and 10 over HTTP on both engines: the superior's part in a denunciation as
 * lifecycle actions (Law on Denunciations 2018 Art. 37 further denunciation, Art. 38 overdue
 * denunciation) with their deadlines, next step, timeline labels and refusals; and the identity
 * check of people who come in person from 01/07/2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedDateClock } from '../../src/domain/clock.js';
import { ENGINES } from '../helpers/engines.js';
import {
  act,
  basePetition,
  denunciationUnderVerification,
  mustAct,
  userId,
} from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

interface Deadline {
  step: string;
  startOn: string;
  dueOn: string | null;
  state: string;
  ruleId: string | null;
}

describe.each(ENGINES)('the superior and a denunciation; identity at the desk (%s)', (engine) => {
  let t: TestApp;
  let desk: Session;
  let head: Session;
  /** The head of the province (Tây Ninh, 80), the superior of the commune since 01/07/2025. */
  let superior: Session;
  let officer: Session;
  let officerId: string;
  const detail = async (id: string) =>
    (await t.call(head, 'GET', `/api/v1/petitions/${id}`)).json();
  const deadline = (d: { deadlines: Deadline[] }, step: string) =>
    d.deadlines.find((x) => x.step === step);

  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-10-01' });
    desk = await t.login('tiepdan.thanhphuoc');
    head = await t.login('chutich.thanhphuoc');
    officer = await t.login('diachinh.thanhphuoc');
    officerId = await userId(t, 'diachinh.thanhphuoc');
    // The demo's province head (a demo account since branch h19e).
    superior = await t.login('chutich.tayninh');
  });
  afterAll(async () => t?.close());

  const denunciation = (title: string) =>
    denunciationUnderVerification(t, { desk, head, officer, officerId }, title);

  it('Art. 37: a further denunciation against the conclusion is reviewed within 20 days, then upheld or resolved again', async () => {
    t.db.ctx.clock = fixedDateClock('2026-10-01');
    const id = await denunciation('Tố cáo cán bộ thu tiền trái phép');
    // Not concluded and not overdue: the superior has nothing to take.
    const early = await act(t, desk, id, 'receive_further_denunciation', {
      receivedOn: '2026-10-01',
      grounds: 'overdue',
      content: 'Tố cáo tiếp',
    });
    expect(early.statusCode).toBe(409);
    expect(early.headers['content-type']).toContain('application/problem+json');
    await mustAct(t, head, id, 'decide', { result: 'unfounded', summary: 'Tố cáo không đúng.' });

    t.db.ctx.clock = fixedDateClock('2026-12-08');
    const before = await detail(id);
    expect(before.abilities.actions).toContain('receive_further_denunciation');
    const wrong = await act(t, desk, id, 'receive_further_denunciation', {
      receivedOn: '2026-12-07',
      grounds: 'overdue',
      content: 'Tố cáo tiếp vì quá hạn',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      code: 'validation_failed',
      details: { field: 'grounds' },
    });
    expect(JSON.stringify(wrong.json())).toContain('Điều 37');

    await mustAct(t, desk, id, 'receive_further_denunciation', {
      receivedOn: '2026-12-07',
      grounds: 'unlawful_resolution',
      content: 'Người tố cáo cho rằng kết luận không đúng pháp luật.',
    });
    const d = await detail(id);
    expect(d.superiorReview).toBe('further');
    expect(deadline(d, 'review_further')).toMatchObject({
      startOn: '2026-12-07',
      dueOn: '2026-12-28',
      ruleId: 'denunciation.review_further.2018',
    });
    // The superior is the commune's parent on the day: the province since 01/07/2025.
    expect(d.superiorUnitCode).toBe('80');
    expect(d.nextStep).toMatchObject({
      action: 'review_further_denunciation',
      role: 'head',
      unitCode: '80',
      bySuperior: true,
      mine: false,
    });
    expect(d.nextStep.who.vi).toContain('cấp trên');
    expect(d.nextStep.label.vi).toContain('Điều 37');
    // The commune's head does not review his own conclusion; the province's head does.
    expect(d.abilities.actions).not.toContain('conclude_further_review');
    expect(d.abilities.actions).not.toContain('receive_further_denunciation');
    const up = (await t.call(superior, 'GET', `/api/v1/petitions/${id}`)).json();
    expect(up.abilities.actions).toContain('conclude_further_review');
    expect(up.nextStep.mine).toBe(true);
    const own = await act(t, head, id, 'conclude_further_review', {
      outcome: 'upheld',
      summary: 'Giữ nguyên.',
    });
    expect(own.statusCode).toBe(403);
    expect(own.headers['content-type']).toContain('application/problem+json');
    const entry = d.timeline.find(
      (e: { action: string }) => e.action === 'receive_further_denunciation',
    );
    expect(entry.label).toEqual({
      vi: 'Cấp trên tiếp nhận tố cáo tiếp',
      en: 'Further denunciation received by the superior',
    });

    t.db.ctx.clock = fixedDateClock('2026-12-28');
    const again = await mustAct(t, superior, id, 'conclude_further_review', {
      outcome: 'resolve_again',
      summary: 'Chưa xác minh đầy đủ; giải quyết lại.',
    });
    expect(again.status).toBe('verification');
    const after = await detail(id);
    expect(after.superiorReview).toBeNull();
    expect(deadline(after, 'review_further')).toMatchObject({ state: 'met' });
    expect(
      after.deadlines.find((x: Deadline) => x.step === 'resolve' && x.startOn === '2026-12-28'),
    ).toMatchObject({ dueOn: '2027-01-27' });
  });

  it('Art. 38: an overdue denunciation: report requested (5 working days), the report and the direction recorded', async () => {
    t.db.ctx.clock = fixedDateClock('2026-10-01');
    const id = await denunciation('Tố cáo cán bộ chậm cấp giấy chứng nhận');
    t.db.ctx.clock = fixedDateClock('2026-12-08');
    const d0 = await detail(id);
    expect((deadline(d0, 'resolve')?.dueOn ?? '9999') < '2026-12-08').toBe(true);
    expect(d0.abilities.actions).toEqual(
      expect.arrayContaining(['receive_further_denunciation', 'request_overdue_report']),
    );
    await mustAct(t, desk, id, 'receive_further_denunciation', {
      receivedOn: '2026-12-07',
      grounds: 'overdue',
      content: 'Quá hạn mà chưa được giải quyết.',
    });
    const d1 = await detail(id);
    expect(d1.superiorReview).toBe('overdue');
    expect(deadline(d1, 'overdue_report')).toMatchObject({ dueOn: '2026-12-14' });
    expect(d1.nextStep).toMatchObject({ action: 'request_overdue_report' });

    t.db.ctx.clock = fixedDateClock('2026-12-10');
    const future = await act(t, superior, id, 'request_overdue_report', {
      requestedOn: '2026-12-11',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().details).toMatchObject({ field: 'requestedOn' });
    await mustAct(t, superior, id, 'request_overdue_report', { requestedOn: '2026-12-10' });
    const d2 = await detail(id);
    expect(deadline(d2, 'overdue_report')).toMatchObject({ state: 'met' });
    expect(deadline(d2, 'overdue_answer')).toMatchObject({ dueOn: '2026-12-17' });
    expect(d2.nextStep).toMatchObject({
      action: 'direct_overdue_resolution',
      unitCode: '80',
      bySuperior: true,
    });
    expect(
      (await act(t, superior, id, 'request_overdue_report', { requestedOn: '2026-12-10' }))
        .statusCode,
    ).toBe(409);
    // The resolving commune's head cannot record the superior's direction.
    expect(
      (
        await act(t, head, id, 'record_overdue_report', {
          reportedOn: '2026-12-10',
          delayReason: 'x',
          direction: 'direct_resolver',
          directive: 'x',
        })
      ).statusCode,
    ).toBe(403);

    await mustAct(t, superior, id, 'record_overdue_report', {
      reportedOn: '2026-12-10',
      delayReason: 'Chờ kết quả đo đạc.',
      direction: 'direct_resolver',
      directive: 'Kết luận trước ngày 20/12/2026.',
    });
    const d3 = await detail(id);
    expect(d3.superiorReview).toBeNull();
    expect(deadline(d3, 'overdue_answer')).toMatchObject({ state: 'met' });
    expect(d3.status).toBe('verification');
    // A handler cannot take the superior's decisions.
    expect(
      (await act(t, officer, id, 'request_overdue_report', { requestedOn: '2026-12-10' }))
        .statusCode,
    ).toBe(403);
  });

  it('the new actions have their own routes with named inputs in the OpenAPI document', async () => {
    const doc = (await t.call(null, 'GET', '/api/openapi.json')).json();
    for (const a of [
      'receive_further_denunciation',
      'conclude_further_review',
      'request_overdue_report',
      'record_overdue_report',
    ])
      expect(doc.paths[`/api/v1/petitions/{id}/actions/${a}`]?.post).toBeTruthy();
  });

  it('from 01/07/2026 the desk records an identity check for a person who comes in person', async () => {
    t.db.ctx.clock = fixedDateClock('2026-12-08');
    const { identityCheck: _, ...reception } = basePetition.reception;
    const missing = await t.call(desk, 'POST', '/api/v1/petitions', {
      ...basePetition,
      receivedOn: '2026-07-01',
      reception,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json()).toMatchObject({
      code: 'validation_failed',
      details: { field: 'reception.identityCheck', ruleId: 'reception.identify_in_person.2026' },
    });
    expect(JSON.stringify(missing.json())).toContain('01/07/2026');

    const earlier = await t.call(desk, 'POST', '/api/v1/petitions', {
      ...basePetition,
      receivedOn: '2026-06-30',
      reception,
    });
    expect(earlier.statusCode, earlier.body).toBe(201);
    const byPost = await t.call(desk, 'POST', '/api/v1/petitions', {
      ...basePetition,
      channel: 'post',
      reception: null,
    });
    expect(byPost.statusCode, byPost.body).toBe(201);

    const reason = await t.call(desk, 'POST', '/api/v1/petitions', {
      ...basePetition,
      receivedOn: '2026-07-01',
      reception: { ...reception, identityCheck: { notCheckedReason: 'Không mang giấy tờ' } },
    });
    expect(reason.statusCode, reason.body).toBe(201);
    const checked = await t.call(desk, 'POST', '/api/v1/petitions', basePetition);
    expect(checked.statusCode, checked.body).toBe(201);
    const visits = await t.db.ctx.db
      .selectFrom('reception_visits')
      .select(['petition_id', 'identity_doc_type', 'identity_unchecked_reason', 'identity_paper'])
      .where('petition_id', 'in', [reason.json().cases[0].id, checked.json().cases[0].id])
      .execute();
    expect(visits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          petition_id: reason.json().cases[0].id,
          identity_doc_type: null,
          identity_unchecked_reason: 'Không mang giấy tờ',
        }),
        expect.objectContaining({
          petition_id: checked.json().cases[0].id,
          identity_doc_type: 'citizen_id',
          identity_paper: '000111222333',
        }),
      ]),
    );
  });
});
