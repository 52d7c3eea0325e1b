/**
 * The public portal over HTTP on every engine: both languages, link-preview meta, the JS budget,
 * news, the no-JavaScript submission with its idempotency key, tracking without personal data,
 * rating and re-opening, published answers searched without diacritics, and the news API.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { mustAct, userId } from '../helpers/petitions.js';
import { loadDemoNews } from '../../src/commands/demo/demo-news.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const ARTICLE = '/tin-tuc/kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-tai-huyen-thanh-hoa';
const PAGES = ['/', '/tin-tuc', ARTICLE, '/gui-don', '/tra-cuu', '/cong-khai', '/thong-ke'];
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };
const meta = (body: string, prop: string) =>
  new RegExp(`<meta (?:property|name)="${prop}" content="([^"]*)"`).exec(body)?.[1];

const citizen = {
  kind: 'feedback',
  unitCode: '27877',
  topicCode: 'infrastructure',
  title: 'Đèn đường ấp 3 không sáng',
  content: 'Đoạn đường từ cầu Ấp 3 đến trường tiểu học không có đèn từ tuần trước.',
  location: 'Ấp 3, xã Thạnh Phước',
  fullName: 'Trần Thị Mẫu Thử',
  phone: '0909 555 777',
  email: '',
  address: '',
  identityNumber: '',
  consent: 'yes',
};

describe.each(ENGINES)('public portal (%s)', (engine) => {
  let t: TestApp;
  let desk: Session;
  let head: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
    await loadDemoNews({ ctx: t.db.ctx }); // the seed article and two items, through the news commands
    desk = await t.login('tiepdan.thanhphuoc');
    head = await t.login('chutich.thanhphuoc');
  }, 180_000);
  afterAll(async () => t?.close());

  async function submitForm(fields: Record<string, string>) {
    const res = await t.call(null, 'POST', '/gui-don', form(fields), urlencoded);
    const code = /id="tracking-code"[^>]*>([0-9A-Z-]{12})</.exec(res.body)?.[1];
    return { res, code };
  }

  it('renders every page in Vietnamese and English with lang, switch, canonical and link-preview meta', async () => {
    for (const path of PAGES) {
      for (const lang of ['vi', 'en'] as const) {
        const url = lang === 'vi' ? path : path === '/' ? '/en/' : `/en${path}`;
        const res = await t.call(null, 'GET', url, undefined, { host: 'danvan.example.vn' });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['content-type']).toContain('text/html');
        expect(res.body).toContain(`<html lang="${lang}">`);
        expect(res.body).toMatch(/<nav class="lang"[^>]*>[\s\S]*Tiếng Việt[\s\S]*English/);
        expect(res.body).toContain('href="#main"');
        expect(meta(res.body, 'og:locale')).toBe(lang === 'vi' ? 'vi_VN' : 'en_US');
        expect(meta(res.body, 'og:title')).toBeTruthy();
        expect(meta(res.body, 'og:description')).toBeTruthy();
        expect(meta(res.body, 'og:image')).toMatch(/^http:\/\/danvan\.example\.vn\//);
        expect(meta(res.body, 'twitter:card')).toBe('summary_large_image');
        expect(res.body).toMatch(/<link rel="canonical" href="http:\/\/danvan\.example\.vn\//);
        expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      }
    }
    // The preview image itself is served.
    const og = meta((await t.call(null, 'GET', '/')).body, 'og:image')!;
    const img = await t.call(null, 'GET', new URL(og).pathname + new URL(og).search);
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
  });

  it('keeps the article page light: no script over budget, small CSS, lazy sized images', async () => {
    const res = await t.call(null, 'GET', ARTICLE);
    const scripts = [...res.body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(res.body).not.toMatch(/<script(?![^>]*src=)[^>]*>/); // no inline script
    let js = 0;
    for (const s of scripts) js += gzipSync((await t.call(null, 'GET', s)).rawPayload).length;
    expect(js).toBeLessThan(10 * 1024);
    const css = /<link rel="stylesheet" href="([^"]+)"/.exec(res.body)![1]!;
    const cssRes = await t.call(null, 'GET', css, undefined, { 'accept-encoding': 'gzip' });
    expect(cssRes.headers['content-encoding']).toBe('gzip');
    expect(cssRes.rawPayload.length).toBeLessThan(8 * 1024);
    expect(gzipSync(res.body).length).toBeLessThan(14 * 1024);
    for (const m of res.body.matchAll(/<img [^>]*>/g)) {
      expect(m[0]).toMatch(/loading="lazy"/);
      expect(m[0]).toMatch(/width="\d+" height="\d+"/);
      expect(m[0]).toMatch(/alt="/);
    }
  });

  it('shows the seed article in both languages with date, author, captions and share links', async () => {
    const vi = (await t.call(null, 'GET', ARTICLE)).body;
    expect(vi).toContain(
      'Kiểm tra việc thực hiện &#39;Năm Dân vận chính quyền&#39; tại huyện Thạnh Hóa',
    );
    expect(vi).toContain('18/10/2019 - 18:40');
    expect(vi).toContain('<p class="author">Bùi Tùng</p>');
    expect(vi).toContain('giải quyết được 59/71 đơn thư');
    expect(vi.match(/<figure>/g)).toHaveLength(2);
    expect(vi).toContain('Đại diện Ban Dân vận xã Thạnh Phước báo cáo');
    expect(vi).toContain('https://www.facebook.com/sharer/sharer.php?u=');
    expect(vi).toContain('Zalo');
    expect(vi).toContain('data-copy');
    expect(meta(vi, 'og:type')).toBe('article');
    const en = (await t.call(null, 'GET', `/en${ARTICLE}`)).body;
    expect(en).toContain(
      'Inspection of the &#39;Year of Government Mass Mobilisation&#39; in Thạnh Hóa district',
    );
    expect(en).toContain('18 Oct 2019, 18:40');
    expect(en).toContain('resolved 59 of the 71');
    expect(en).toContain('Standing Board of the Thạnh Hóa District Party Committee');
    // The placeholder photo is served, sandboxed.
    const src = /<figure><img src="([^"]+)"/.exec(vi)![1]!;
    const photo = await t.call(null, 'GET', src);
    expect(photo.statusCode).toBe(200);
    expect(photo.body).toContain('Ảnh minh họa');
    expect(photo.headers['content-security-policy']).toContain('sandbox');
    expect((await t.call(null, 'GET', '/tin-tuc/khong-co-bai-nay')).statusCode).toBe(404);
  });

  it('lists the pinned seed article first, then the news newest first, and filters by category', async () => {
    const all = (await t.call(null, 'GET', '/tin-tuc')).body;
    expect(all.match(/class="news-item"/g)!.length).toBe(3);
    // The seed article (2019) is pinned: first, marked, above the newer items.
    const items = all.split('class="news-item"').slice(1);
    expect(items[0]).toContain('kiem-tra-viec-thuc-hien');
    expect(items[0]).toContain('class="tag pinned">Tin nổi bật<');
    expect(all.match(/class="tag pinned"/g)).toHaveLength(1);
    // The others, newest first.
    expect(all.indexOf('gui-phan-anh-kien-nghi-truc-tuyen')).toBeGreaterThan(
      all.indexOf('kiem-tra-viec-thuc-hien'),
    );
    const home = (await t.call(null, 'GET', '/')).body;
    expect(home.indexOf('kiem-tra-viec-thuc-hien')).toBeLessThan(
      home.indexOf('gui-phan-anh-kien-nghi-truc-tuyen'),
    );
    const cat = (await t.call(null, 'GET', '/tin-tuc?category=dan-van-chinh-quyen')).body;
    expect(cat.match(/class="news-item"/g)!.length).toBe(1);
    expect(cat).toContain('kiem-tra-viec-thuc-hien');
  });

  it('offers the current communes, plain-word kinds, consent and the denouncer notice', async () => {
    const body = (await t.call(null, 'GET', '/gui-don')).body;
    for (const code of ['27865', '27877', '27868', '27889'])
      expect(body).toContain(`value="${code}"`);
    expect(body).not.toContain('value="27874"'); // a 2019 commune, merged in 2025
    expect(body).toContain('91/2025/QH15');
    expect(body).toContain('bí mật');
    expect(body).toMatch(/name="idempotencyKey" value="[0-9a-f-]{36}"/);
    const again = (await t.call(null, 'GET', '/gui-don')).body;
    expect(/name="idempotencyKey" value="([^"]+)"/.exec(again)![1]).not.toBe(
      /name="idempotencyKey" value="([^"]+)"/.exec(body)![1],
    );
  });

  it('accepts a submission without JavaScript and creates one case for a double submit', async () => {
    const key = 'portal-test-key-0001';
    const first = await submitForm({ ...citizen, idempotencyKey: key });
    expect(first.res.statusCode).toBe(201);
    expect(first.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(first.res.body).toContain('Đơn của bạn đã được tiếp nhận');
    const second = await submitForm({ ...citizen, idempotencyKey: key });
    expect(second.res.statusCode).toBe(200);
    expect(second.code).toBe(first.code);
    const n = await t.db.ctx.db
      .selectFrom('petitions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('title', '=', citizen.title)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    // The same key with edited content (Back, edit, send): 409 and a fresh key to send it anew.
    const edited = await t.call(
      null,
      'POST',
      '/gui-don',
      form({ ...citizen, title: 'Đèn đường ấp 3 vẫn không sáng', idempotencyKey: key }),
      urlencoded,
    );
    expect(edited.statusCode).toBe(409);
    expect(/name="idempotencyKey" value="([^"]+)"/.exec(edited.body)![1]).not.toBe(key);
    // Validation errors come back on the form, values kept, nothing created.
    const bad = await t.call(
      null,
      'POST',
      '/en/gui-don',
      form({ ...citizen, title: 'x', consent: '', idempotencyKey: 'portal-test-key-0002' }),
      urlencoded,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('role="alert"');
    expect(bad.body).toContain('You must consent');
    expect(bad.body).toContain('value="Trần Thị Mẫu Thử"');
  });

  it('stores an attachment sent with the multipart form', async () => {
    const boundary = '----portaltest';
    const fields = {
      ...citizen,
      title: 'Rác thải ven kênh ấp 2',
      idempotencyKey: 'portal-test-key-0003',
    };
    const parts = Object.entries(fields).map(
      ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    );
    const payload = Buffer.concat([
      Buffer.from(parts.join('')),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="anh.txt"\r\nContent-Type: text/plain\r\n\r\nẢnh chụp mô tả bằng chữ.\r\n--${boundary}--\r\n`,
      ),
    ]);
    const res = await t.call(null, 'POST', '/gui-don', payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.statusCode).toBe(201);
    const code = /id="tracking-code"[^>]*>([0-9A-Z-]{12})</.exec(res.body)![1]!;
    const p = await t.db.ctx.db
      .selectFrom('petitions')
      .select('id')
      .where('tracking_code', '=', code)
      .executeTakeFirstOrThrow();
    const files = await t.db.ctx.db
      .selectFrom('attachments')
      .select(['file_name', 'purpose', 'uploaded_by'])
      .where('petition_id', '=', p.id)
      .execute();
    expect(files).toEqual([{ file_name: 'anh.txt', purpose: 'petition', uploaded_by: null }]);
  });

  it('tracks a case without personal data, then takes a rating and one re-open request', async () => {
    const { code } = await submitForm({
      ...citizen,
      title: 'Ổ gà lớn trên đường ấp 4',
      idempotencyKey: 'portal-test-key-0004',
    });
    const page = await t.call(null, 'GET', `/tra-cuu/${code}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Đã tiếp nhận');
    expect(page.body).toContain('Xử lý đơn');
    expect(page.body).not.toContain('Trần Thị Mẫu Thử');
    expect(page.body).not.toContain('0909');
    expect(page.body).not.toContain('danh-gia'); // no answer yet, nothing to rate
    // Typed loosely, the code still finds the case.
    const loose = await t.call(
      null,
      'GET',
      `/tra-cuu?code=${code!.toLowerCase().replace(/-/g, '+')}`,
    );
    expect(loose.statusCode).toBe(303);
    expect(loose.headers.location).toBe(`/tra-cuu/${code}`);

    const p = await t.db.ctx.db
      .selectFrom('petitions')
      .select('id')
      .where('tracking_code', '=', code!)
      .executeTakeFirstOrThrow();
    await mustAct(t, desk, p.id, 'process_accept');
    await mustAct(t, head, p.id, 'assign', { assigneeId: await userId(t, 'diachinh.thanhphuoc') });
    await mustAct(t, head, p.id, 'decide', {
      result: 'accepted',
      summary: 'UBND xã đã vá ổ gà và lắp biển cảnh báo.',
    });
    const answered = (await t.call(null, 'GET', `/tra-cuu/${code}`)).body;
    expect(answered).toContain('UBND xã đã vá ổ gà');
    expect(answered).toContain('danh-gia');

    const wrong = await t.call(
      null,
      'POST',
      `/tra-cuu/${code}/danh-gia`,
      form({ rating: '2', contact: '0912000000' }),
      urlencoded,
    );
    expect(wrong.statusCode).toBe(403);
    const rated = await t.call(
      null,
      'POST',
      `/tra-cuu/${code}/danh-gia`,
      form({ rating: '2', contact: '+84 909 555 777', comment: 'Chưa có biển báo ban đêm' }),
      urlencoded,
    );
    expect(rated.statusCode).toBe(303);
    const api = await t.call(null, 'POST', `/api/public/v1/track/${code}/rating`, {
      contact: '0909555777',
      rating: 3,
    });
    expect(api.statusCode).toBe(200);
    const reopen = await t.call(null, 'POST', `/api/public/v1/track/${code}/reopen`, {
      contact: '0909.555.777',
      reason: 'Ổ gà đã xuất hiện lại sau trận mưa.',
    });
    expect(reopen.statusCode).toBe(201);
    expect(
      (
        await t.call(null, 'POST', `/api/public/v1/track/${code}/reopen`, {
          contact: '0909555777',
          reason: 'Gửi lại lần nữa cho chắc.',
        })
      ).statusCode,
    ).toBe(409);

    const row = await t.db.ctx.db
      .selectFrom('petitions')
      .select(['rating', 'status'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ rating: 3, status: 'decided' });
    const events = await t.db.ctx.db
      .selectFrom('petition_events')
      .select('action')
      .where('petition_id', '=', p.id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['citizen_rated', 'reopen_requested']),
    );
    const audit = await t.db.ctx.db
      .selectFrom('audit_events')
      .select('event_type')
      .where('entity_id', '=', p.id)
      .execute();
    expect(audit.map((a) => a.event_type)).toEqual(
      expect.arrayContaining(['petition.rated', 'petition.reopen_requested']),
    );
    expect((await t.call(null, 'GET', `/tra-cuu/${code}`)).body).toContain('yêu cầu xem xét lại');
  });

  it('lists published answers without names or denunciations, searchable without diacritics', async () => {
    const hits = (await t.call(null, 'GET', '/cong-khai?q=o+ga+bien+canh+bao')).body;
    expect(hits).toContain('Ổ gà lớn trên đường ấp 4');
    expect(hits).not.toContain('Trần Thị Mẫu Thử');
    expect(hits).not.toContain('Tố cáo</span>');
    const none = (await t.call(null, 'GET', '/cong-khai?q=khongcoketqua')).body;
    expect(none).toContain('0 kết quả');
  });

  it('lets editors write and publish news through the API, others get 404', async () => {
    const editor = await t.login('bientap');
    const created = await t.call(editor, 'POST', '/api/v1/news', {
      category: 'thong-bao',
      titleVi: 'Thông báo lịch tiếp dân tháng 12',
      bodyVi: '<p onclick="x()">Nội dung <script>alert(1)</script>thông báo.</p>',
    });
    expect(created.statusCode).toBe(201);
    const { id, slug } = created.json();
    expect(slug).toBe('thong-bao-lich-tiep-dan-thang-12');
    expect((await t.call(null, 'GET', `/tin-tuc/${slug}`)).statusCode).toBe(404); // draft
    expect((await t.call(desk, 'POST', `/api/v1/news/${id}/publish`, {})).statusCode).toBe(404);
    const pub = await t.call(editor, 'POST', `/api/v1/news/${id}/publish`, {});
    expect(pub.statusCode).toBe(200);
    const live = (await t.call(null, 'GET', `/tin-tuc/${slug}`)).body;
    expect(live).toContain('<p>Nội dung thông báo.</p>');
    expect(
      (
        await t.call(editor, 'PUT', `/api/v1/news/${id}`, {
          category: 'thong-bao',
          titleVi: 'Thông báo lịch tiếp dân tháng 12',
          bodyVi: '<p>Sửa</p>',
          expectedVersion: 1,
        })
      ).statusCode,
    ).toBe(409);
    // Pinned items come first, newest first among themselves; the change is audited.
    const current = (await t.call(editor, 'GET', `/api/v1/news/${id}`)).json();
    expect(current.pinned).toBe(false);
    const pinned = await t.call(editor, 'PUT', `/api/v1/news/${id}`, {
      category: 'thong-bao',
      titleVi: 'Thông báo lịch tiếp dân tháng 12',
      bodyVi: '<p>Nội dung thông báo.</p>',
      pinned: true,
      expectedVersion: current.version,
    });
    expect(pinned.statusCode, pinned.body).toBe(200);
    const list = (await t.call(null, 'GET', '/tin-tuc')).body.split('class="news-item"').slice(1);
    expect(list[0]).toContain(slug);
    expect(list[1]).toContain('kiem-tra-viec-thuc-hien');
    expect(list.filter((x) => x.includes('class="tag pinned"'))).toHaveLength(2);
    const pinAudit = await t.db.ctx.db
      .selectFrom('audit_events')
      .select('payload')
      .where('entity_id', '=', id)
      .where('event_type', '=', 'news.saved')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(pinAudit.payload)).toMatchObject({ pinned: true });
    const png = Buffer.concat([
      Buffer.from('89504e470d0a1a0a0000000d494844520000000a0000000a0806000000', 'hex'),
      Buffer.alloc(40),
    ]);
    const boundary = '----img';
    const up = await t.call(
      editor,
      'POST',
      '/api/v1/news/images',
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
      { 'content-type': `multipart/form-data; boundary=${boundary}` },
    );
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({ width: 10, height: 10, mediaType: 'image/png' });
    expect((await t.call(null, 'GET', up.json().url)).statusCode).toBe(200);
    const svg = await t.call(
      editor,
      'POST',
      '/api/v1/news/images',
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.svg"\r\nContent-Type: image/svg+xml\r\n\r\n<svg onload="alert(1)"/>\r\n--${boundary}--\r\n`,
      ),
      { 'content-type': `multipart/form-data; boundary=${boundary}` },
    );
    expect(svg.statusCode).toBe(415);
    const audit = await t.db.ctx.db
      .selectFrom('audit_events')
      .select('event_type')
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();
    // Created, published, pinned (the 409 above changed nothing).
    expect(audit.map((a) => a.event_type)).toEqual(['news.saved', 'news.published', 'news.saved']);
  });
});
