/**
 * The queue's first page drawn by the server (issue 17 item 4, decision 0018): `GET /app/queue`
 * with a session carries the official's rows (those of the queue API, nobody else's) as HTML and
 * as JSON safe inside a script element; without a session, with an expired one or on other
 * paths the shell is served as before; a denunciation's row shows nothing sealed; the `lang`
 * cookie the app sets draws it in English (decision 0019-h20).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PETITION_KIND_LABELS, STATUS_LABELS } from '../../src/domain/petition/index.js';
import { QUEUE_URL, scriptJson } from '../../src/http/workspace-ssr.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

/** A shell shaped like the built index.html (the parts the server replaces). */
const SHELL = `<!doctype html>
<html lang="vi">
  <head>
    <link rel="stylesheet" href="/app/assets/antd-0000000000.css">
    <title>Dân Vận</title>
    <script async src="/app/preload.js" ></script>
    <link rel="preload" as="style" crossorigin href="/app/assets/WorkspaceLayout-x.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const DENOUNCER = {
  fullName: 'Lưu Thị Kín Đáo',
  phone: '0913 555 808',
  identityNumber: '079300555808',
  address: 'Số 8 hẻm Kín, ấp Mật, xã Thạnh Phước',
};
const SEALED_NEEDLES = ['Kín Đáo', '0913 555 808', '0913555808', '079300555808', 'hẻm Kín'];

interface Item {
  id: string;
  trackingCode: string;
  title: string;
  unitCode: string;
  sealed: boolean;
}

/** The JSON the page carries for the app. */
function embedded(html: string): {
  url: string;
  page: { items: Item[]; nextCursor: string | null };
} {
  const m = /<script type="application\/json" id="dv-queue-data">([\s\S]*?)<\/script>/.exec(html);
  expect(m, 'the queue JSON is in the page').not.toBeNull();
  return JSON.parse(m![1]!);
}

/** The HTML inside #root. */
const root = (html: string) =>
  /<div id="root">([\s\S]*?)(<script type="application\/json"|<\/body>)/.exec(html)?.[1] ?? '';

describe.each(ENGINES)('queue first page from the server (%s)', (engine) => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-ssr-'));
  let t: TestApp;
  let officer: Session;
  let desk: Session;
  let other: Session;
  let denunciation: { id: string; trackingCode: string };

  beforeAll(async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), SHELL);
    fs.writeFileSync(
      path.join(webDir, 'assets', 'antd-0000000000.css'),
      ':where(.css-abc123).ant-btn{color:red}',
    );
    t = await createTestApp(engine, { today: '2026-03-02', webDir });
    officer = await t.login('diachinh.thanhphuoc');
    desk = await t.login('tiepdan.thanhphuoc');
    other = await t.login('diachinh.thanhhoa');
    const d = await t.call(desk, 'POST', '/api/v1/petitions', {
      unitCode: '27877',
      channel: 'in_person',
      topicCode: 'officials_conduct',
      kinds: ['denunciation'],
      title: 'Tố cáo cán bộ địa chính nhận tiền',
      content: `Tôi tên là ${DENOUNCER.fullName}, CCCD ${DENOUNCER.identityNumber}, tố cáo cán bộ nhận tiền.`,
      petitioners: [DENOUNCER],
      reception: { identityPaper: `CCCD ${DENOUNCER.identityNumber}`, peopleCount: 1 },
    });
    expect(d.statusCode, d.body).toBe(201);
    denunciation = d.json().cases[0];
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it("writes the official's first page: the API's rows, as HTML with links and as JSON", async () => {
    const res = await t.call(officer, 'GET', '/app/queue');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers.vary).toContain('Cookie');
    const api = (await t.call(officer, 'GET', QUEUE_URL)).json() as { items: Item[] };
    expect(api.items.length).toBeGreaterThan(0);
    const data = embedded(res.body);
    expect(data.url).toBe(QUEUE_URL);
    // The same answer the API gives, nothing more.
    expect(data.page).toEqual(api);
    const html = root(res.body);
    expect(html).toContain('data-ssr');
    expect(html).toContain('Hàng đợi của tôi');
    expect(html).toContain('Xã Thạnh Phước');
    expect(html.match(/class="dv-case-row /g)).toHaveLength(api.items.length);
    for (const item of api.items) {
      expect(item.unitCode).toBe('27877');
      expect(html).toContain(
        `<a href="/app/petitions/${item.id}" class="dv-code">${item.trackingCode}</a>`,
      );
    }
    // dd/mm/yyyy dates, the deadline badge's words, antd's class hash from the static sheet.
    expect(html).toMatch(/<td class="dv-col-date">\d{2}\/\d{2}\/\d{4}<\/td>/);
    expect(html).toMatch(
      /dv-deadline-text">(Quá hạn|Sắp đến hạn|Trong hạn|Tạm dừng tính hạn|Không có hạn)</,
    );
    expect(html).toContain('css-abc123 dv');
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // The shell's style sheet applied before any script; the head tells preload.js the queue
    // comes in the page, and the JSON follows #root.
    expect(res.body).toContain(
      '<link rel="stylesheet" crossorigin href="/app/assets/WorkspaceLayout-x.css">',
    );
    expect(res.body.indexOf('<meta name="dv-queue" content="server">')).toBeLessThan(
      res.body.indexOf('preload.js'),
    );
    expect(res.body).toMatch(
      /<\/table>[\s\S]*<\/div>\s*<script type="application\/json" id="dv-queue-data">/,
    );
  });

  it('draws the page in English when the app says so (lang cookie), Vietnamese otherwise', async () => {
    const as = (lang: string) =>
      t.call(officer, 'GET', '/app/queue', undefined, {
        cookie: `${officer.cookie}; lang=${lang}`,
      });
    const en = await as('en');
    expect(en.statusCode).toBe(200);
    expect(en.headers.vary).toContain('Cookie');
    expect(en.body).toContain('<html lang="en">');
    const html = root(en.body);
    const api = (await t.call(officer, 'GET', QUEUE_URL)).json() as {
      items: (Item & { status: string; kind: string })[];
    };
    // The same rows and the same JSON as in Vietnamese: only the words change.
    expect(embedded(en.body).page).toEqual(api);
    expect(html.match(/class="dv-case-row /g)).toHaveLength(api.items.length);
    for (const word of ['My queue', 'Deadline', 'Handling officer', 'Skip to main content'])
      expect(html).toContain(word);
    expect(html).toContain(`Showing ${api.items.length} cases`);
    for (const item of api.items) {
      expect(html).toContain(
        `>${(STATUS_LABELS as Record<string, { en: string }>)[item.status]!.en}</span></td>`,
      );
      expect(html).toContain(
        `<span class="dv-kind">${(PETITION_KIND_LABELS as Record<string, { en: string }>)[item.kind]!.en}</span>`,
      );
    }
    expect(html).toMatch(/<td class="dv-col-date">\d{1,2} [A-Z][a-z]{2} \d{4}<\/td>/);
    expect(html).toMatch(/dv-deadline-text">(Overdue|Due soon|On time|Clock stopped|No deadline)</);
    expect(html).not.toMatch(/Hàng đợi|Thời hạn|Quá hạn|Trong hạn|Chưa giao|Đến lượt bạn|Chờ /);
    // A sealed denouncer reads as sealed in English too.
    const desks = await t.call(desk, 'GET', '/app/queue', undefined, {
      cookie: `${desk.cookie}; lang=en`,
    });
    expect(desks.body).toContain('Denouncer&#39;s identity sealed');
    for (const needle of SEALED_NEEDLES) expect(desks.body).not.toContain(needle);
    // Vietnamese is the default: lang=vi, an unknown value or no cookie.
    for (const res of [
      await as('vi'),
      await as('fr'),
      await t.call(officer, 'GET', '/app/queue'),
    ]) {
      expect(res.body).toContain('<html lang="vi">');
      expect(root(res.body)).toContain('Hàng đợi của tôi');
      expect(root(res.body)).not.toContain('My queue');
    }
  });

  it("never shows another commune's cases", async () => {
    const mine = (await t.call(officer, 'GET', QUEUE_URL)).json() as { items: Item[] };
    const theirs = (await t.call(other, 'GET', QUEUE_URL)).json() as { items: Item[] };
    expect(theirs.items.length).toBeGreaterThan(0);
    const html = (await t.call(officer, 'GET', '/app/queue')).body;
    for (const item of theirs.items.filter((i) => !mine.items.some((m) => m.id === i.id))) {
      expect(html).not.toContain(item.id);
      expect(html).not.toContain(item.trackingCode);
    }
    const theirsHtml = (await t.call(other, 'GET', '/app/queue')).body;
    expect(theirsHtml).toContain('Xã Thạnh Hóa');
    expect(embedded(theirsHtml).page).toEqual(theirs);
    for (const item of mine.items.filter((i) => !theirs.items.some((m) => m.id === i.id)))
      expect(theirsHtml).not.toContain(item.trackingCode);
  });

  it("shows a denunciation's row without anything sealed", async () => {
    const res = await t.call(desk, 'GET', '/app/queue');
    const data = embedded(res.body);
    const row = data.page.items.find((i) => i.id === denunciation.id);
    expect(row, 'the new denunciation waits for the reception desk').toBeDefined();
    expect(row!.sealed).toBe(true);
    expect(res.body).toContain(denunciation.trackingCode);
    expect(res.body).toContain('Danh tính người tố cáo được bảo mật');
    for (const needle of SEALED_NEEDLES) expect(res.body).not.toContain(needle);
  });

  it('serves the plain shell without a session, with an expired one, and on other paths', async () => {
    const plain = [
      await t.call(null, 'GET', '/app/queue'),
      await t.call(null, 'GET', '/app/queue', undefined, { cookie: 'danvan_session=nope' }),
      await t.call(officer, 'GET', '/app/queue?deadline=overdue'),
      await t.call(officer, 'GET', '/app/petitions'),
      await t.call(officer, 'GET', '/app/'),
    ];
    for (const res of plain) {
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(SHELL);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    // Signed out: the same cookie no longer draws anything.
    const gone = await t.login('diachinh.thanhphuoc');
    expect(root((await t.call(gone, 'GET', '/app/queue')).body)).toContain('data-ssr');
    expect((await t.call(gone, 'POST', '/api/v1/auth/logout')).statusCode).toBeLessThan(300);
    expect((await t.call(gone, 'GET', '/app/queue')).body).toBe(SHELL);
  });

  it('writes titles as text, and JSON that cannot close its script element', async () => {
    const title = '</script><script>alert(1)</script><!-- & “x” \u2028';
    const made = await t.call(desk, 'POST', '/api/v1/petitions', {
      unitCode: '27877',
      channel: 'in_person',
      topicCode: 'officials_conduct',
      kinds: ['recommendation'],
      title,
      content: 'Kiến nghị sửa đường.',
      petitioners: [{ fullName: '<img src=x onerror=alert(2)>' }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const res = await t.call(desk, 'GET', '/app/queue');
    const data = embedded(res.body);
    const item = data.page.items.find((i) => i.id === made.json().cases[0].id);
    expect(item, 'the new recommendation waits for the reception desk').toBeDefined();
    expect(item!.title).toContain('</script><script>alert(1)</script><!--');
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
    // One closing tag per script element of the shell (preload.js) and the JSON.
    expect(res.body.match(/<\/script>/g)).toHaveLength(2);
    expect(scriptJson({ a: '</script>\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u2028"}');
  });
});
