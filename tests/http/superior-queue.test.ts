/**
 * Issue 12, the superior's queue, over HTTP on both engines, across people: a commune's
 * denunciation is concluded; the denouncer denounces further to the district (Law on
 * Denunciations 2018 Art. 37). The review is the district head's turn: in his queue, notified,
 * his to conclude; the commune head no longer has the turn and cannot conclude it. In 2024 the
 * commune 27877 (Thạnh Phú) lay under the district of Thạnh Hóa (800): the superior is read from
 * the versioned unit tree on the day the further denunciation is received.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedDateClock } from '../../src/domain/clock.js';
import { ENGINES } from '../helpers/engines.js';
import {
  act,
  concludedDenunciation,
  mustAct,
  userId,
  type CaseStaff,
} from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

interface Item {
  id: string;
  nextStep: { action: string; mine: boolean; who: { vi: string } } | null;
}
interface Note {
  petitionId: string | null;
  kind: string;
  title: { vi: string } | string;
}

describe.each(ENGINES)("the superior's queue for a further denunciation (%s)", (engine) => {
  let t: TestApp;
  let communeDesk: Session;
  let communeHead: Session;
  /** The commune's desk, head and land officer, who conclude the denunciation. */
  let commune: CaseStaff;
  let districtDesk: Session;
  let districtHead: Session;

  const queue = async (s: Session) =>
    (
      (await t.call(s, 'GET', '/api/v1/petitions?waitingForMe=true&limit=100')).json()
        .items as Item[]
    ).map((i) => i.id);
  const detail = async (s: Session, id: string) =>
    (await t.call(s, 'GET', `/api/v1/petitions/${id}`)).json();
  const notes = async (s: Session, id: string) =>
    ((await t.call(s, 'GET', '/api/v1/notifications')).json().items as Note[]).filter(
      (n) => n.petitionId === id,
    );

  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2024-03-01' });
    communeDesk = await t.login('tiepdan.thanhphuoc');
    communeHead = await t.login('chutich.thanhphuoc');
    districtDesk = await t.login('tiepdan.thanhhoa');
    districtHead = await t.login('chutich.thanhhoa');
    commune = {
      desk: communeDesk,
      head: communeHead,
      officer: await t.login('diachinh.thanhphuoc'),
      officerId: await userId(t, 'diachinh.thanhphuoc'),
    };
  });
  afterAll(async () => t?.close());

  it('goes from the commune to the district head and back', async () => {
    t.db.ctx.clock = fixedDateClock('2024-03-01');
    const id = await concludedDenunciation(t, commune, 'Tố cáo cán bộ xã thu tiền trái phép');
    expect(await queue(districtHead)).not.toContain(id);

    // The district's desk records the further denunciation (it reached the district).
    t.db.ctx.clock = fixedDateClock('2024-05-06');
    await mustAct(t, districtDesk, id, 'receive_further_denunciation', {
      receivedOn: '2024-05-06',
      grounds: 'unlawful_resolution',
      content: 'Người tố cáo cho rằng kết luận của xã không đúng pháp luật.',
    });

    // The district head: his turn, in his queue, notified, his to conclude.
    const up = await detail(districtHead, id);
    expect(up.superiorUnitCode).toBe('800');
    expect(up.nextStep).toMatchObject({
      action: 'review_further_denunciation',
      role: 'head',
      unitCode: '800',
      bySuperior: true,
      mine: true,
    });
    expect(up.nextStep.who.vi).toContain('Thạnh Hóa');
    expect(up.abilities.actions).toContain('conclude_further_review');
    expect(await queue(districtHead)).toContain(id);
    const listed = (
      (await t.call(districtHead, 'GET', '/api/v1/petitions?waitingForMe=true&limit=100')).json()
        .items as Item[]
    ).find((i) => i.id === id);
    expect(listed?.nextStep).toMatchObject({ action: 'review_further_denunciation', mine: true });
    expect((await notes(districtHead, id)).map((n) => n.kind)).toContain(
      'next.review_further_denunciation',
    );

    // The commune head: told of it, but no longer his turn, and refused.
    expect(await queue(communeHead)).not.toContain(id);
    const told = (await notes(communeHead, id)).map((n) => n.kind);
    expect(told).toContain('further_denunciation_received');
    expect(told).not.toContain('next.review_further_denunciation');
    const own = await detail(communeHead, id);
    expect(own.nextStep).toMatchObject({ unitCode: '800', mine: false });
    expect(own.abilities.actions).not.toContain('conclude_further_review');
    const refused = await act(t, communeHead, id, 'conclude_further_review', {
      outcome: 'upheld',
      summary: 'Giữ nguyên kết luận.',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');

    // The district head concludes: the case leaves his queue.
    t.db.ctx.clock = fixedDateClock('2024-05-20');
    await mustAct(t, districtHead, id, 'conclude_further_review', {
      outcome: 'upheld',
      summary: 'Kết luận của xã đúng pháp luật; giữ nguyên.',
    });
    const after = await detail(districtHead, id);
    expect(after.superiorReview).toBeNull();
    expect(after.nextStep?.bySuperior ?? false).toBe(false);
    expect(await queue(districtHead)).not.toContain(id);
    expect((await notes(communeHead, id)).map((n) => n.kind)).toContain('further_review_upheld');
  });

  it('refuses a unit that is not above the resolving unit as the receiving superior', async () => {
    t.db.ctx.clock = fixedDateClock('2024-03-01');
    const id = await concludedDenunciation(t, commune, 'Tố cáo cán bộ xã gây khó khăn');
    t.db.ctx.clock = fixedDateClock('2024-05-06');
    const sideways = await act(t, districtDesk, id, 'receive_further_denunciation', {
      receivedOn: '2024-05-06',
      grounds: 'unlawful_resolution',
      content: 'Tố cáo tiếp',
      unitCode: '27865',
    });
    expect(sideways.statusCode).toBe(400);
    expect(sideways.json()).toMatchObject({
      code: 'validation_failed',
      details: { field: 'unitCode' },
    });
    expect((await detail(districtHead, id)).superiorReview).toBeNull();
    await mustAct(t, districtDesk, id, 'receive_further_denunciation', {
      receivedOn: '2024-05-06',
      grounds: 'unlawful_resolution',
      content: 'Tố cáo tiếp',
      unitCode: '800',
    });
    expect((await detail(districtHead, id)).superiorUnitCode).toBe('800');
  });
});
