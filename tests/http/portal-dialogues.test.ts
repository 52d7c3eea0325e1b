import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const TODAY = '2026-03-10';

/** The page's text without tags, whitespace collapsed. */
const textOf = (body: string) =>
  body
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

describe.each(ENGINES)('portal: published dialogue results (%s)', (engine) => {
  let t: TestApp;
  let communeHead: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'campaign', today: TODAY });
    communeHead = await t.login('chutich.thanhphuoc');
  });
  afterAll(async () => t?.close());

  it('lists the demo conference whose results were published, with its commitments and progress', async () => {
    const res = await t.call(null, 'GET', '/doi-thoai');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const demo = (await t.call(communeHead, 'GET', '/api/v1/dialogues'))
      .json()
      .items.find((d: { status: string }) => d.status === 'results_published');
    const page = textOf(res.body);
    expect(page).toContain(demo.topic);
    expect(page).toContain('20/09/2019');
    for (const c of demo.commitments as Array<{ opinion: string }>)
      expect(page).toContain(c.opinion);
    const done = demo.commitments.filter((c: { status: string }) => c.status === 'done').length;
    expect(page).toContain(`Đã hoàn thành ${done}/${demo.commitments.length}`);
    // The announced (not yet held) conference is not on the portal.
    const upcoming = (await t.call(communeHead, 'GET', '/api/v1/dialogues'))
      .json()
      .items.find((d: { status: string }) => d.status === 'announced');
    expect(page).not.toContain(upcoming.topic);
    // The navigation links the page in both languages.
    expect(res.body).toContain('href="/doi-thoai" aria-current="page"');
    const en = await t.call(null, 'GET', '/en/doi-thoai');
    expect(en.statusCode).toBe(200);
    expect(textOf(en.body)).toContain('Results of dialogues with citizens');
    expect(textOf(en.body)).toContain('20 Sep 2019');
  });

  it('a conference reaches the portal only when its results are published; minutes stay inside', async () => {
    const created = await t.call(communeHead, 'POST', '/api/v1/dialogues', {
      unitCode: '27877',
      scheduledOn: '2026-02-20',
      announcedOn: '2026-02-10',
      topic: 'Đối thoại về nước sạch nông thôn năm 2026',
    });
    expect(created.statusCode).toBe(201);
    const d = created.json().dialogue;
    const held = await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/actions`, {
      action: 'hold',
      version: d.version,
      on: '2026-02-20',
      minutes: 'Biên bản nội bộ: ông Nguyễn Văn Nội Bộ phát biểu',
    });
    expect(held.statusCode).toBe(200);
    const k1 = await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/commitments`, {
      opinion: 'Lắp đặt đường ống nước sạch ấp Bình Hòa',
      owner: 'UBND xã',
      dueOn: '2026-03-01',
    });
    expect(k1.statusCode).toBe(201);
    const k2 = await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/commitments`, {
      opinion: 'Kiểm tra chất lượng nước giếng khoan',
      owner: 'Trạm Y tế xã',
      dueOn: '2026-06-30',
    });
    const second = k2
      .json()
      .commitments.find(
        (c: { opinion: string }) => c.opinion === 'Kiểm tra chất lượng nước giếng khoan',
      );
    expect(
      (
        await t.call(communeHead, 'PATCH', `/api/v1/dialogues/${d.id}/commitments/${second.id}`, {
          version: second.version,
          status: 'done',
        })
      ).statusCode,
    ).toBe(200);

    // Held, not yet published: not on the portal.
    expect(textOf((await t.call(null, 'GET', '/doi-thoai')).body)).not.toContain(
      'nước sạch nông thôn năm 2026',
    );
    const version = (await t.call(communeHead, 'GET', `/api/v1/dialogues/${d.id}`)).json()
      .version as number;
    const published = await t.call(communeHead, 'POST', `/api/v1/dialogues/${d.id}/actions`, {
      action: 'publish_results',
      version,
      on: '2026-02-25',
    });
    expect(published.statusCode).toBe(200);

    const page = textOf((await t.call(null, 'GET', '/doi-thoai')).body);
    expect(page).toContain('Đối thoại về nước sạch nông thôn năm 2026');
    expect(page).toContain('Lắp đặt đường ống nước sạch ấp Bình Hòa');
    expect(page).toContain('Trách nhiệm: Trạm Y tế xã · hạn 30/06/2026 · Đã hoàn thành');
    expect(page).toMatch(/Đã hoàn thành 1\/2 nội dung tiếp thu, cam kết\s*;\s*1 quá hạn/);
    expect(page).toContain('công khai ngày 25/02/2026');
    // Newest first: the 2026 conference precedes the 2019 one.
    expect(page.indexOf('nước sạch nông thôn năm 2026')).toBeLessThan(page.indexOf('20/09/2019'));
    expect(page).not.toContain('Nguyễn Văn Nội Bộ');
    expect(page).not.toContain('Biên bản nội bộ');
  });
});
