/**
 * Open311 GeoReport v2 on every engine: discovery, services, service definitions, requests GET and
 * POST in JSON and XML with the specification's field names and errors; only feedback and
 * recommendations, never denunciations or personal data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/users/create-api-token.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import { ENGINES } from '../helpers/engines.js';
import { mustAct, submit, userId } from '../helpers/petitions.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { replayDemoCases } from '../helpers/world.js';

const BASE = '/open311/v2';
const urlencoded = { 'content-type': 'application/x-www-form-urlencoded' };
const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
];

describe.each(ENGINES)('Open311 GeoReport v2 (%s)', (engine) => {
  let t: TestApp;
  let apiKey: string;
  let denunciationCode: string;
  let decidedCode: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
    // Located feedback and recommendations, as the demo has them (FixMyStreet's import needs a point).
    await replayDemoCases(t.db.ctx, (r) => r.location !== undefined, 8);
    apiKey = (
      await createApiToken({
        ctx: t.db.ctx,
        actor: SYSTEM_ACTOR,
        input: { username: 'tiepdan.thanhphuoc', name: 'Ứng dụng phản ánh thử' },
      })
    ).token;
    const desk = await t.login('tiepdan.thanhphuoc');
    const head = await t.login('chutich.thanhphuoc');
    denunciationCode = (
      await submit(t, desk, {
        kinds: ['denunciation'],
        topicCode: 'infrastructure',
        title: 'Tố cáo cán bộ nhận tiền sửa đường',
      })
    ).code;
    const r = await submit(t, desk, {
      kinds: ['feedback'],
      topicCode: 'infrastructure',
      title: 'Cống thoát nước ấp 1 bị tắc',
      petitioners: [{ fullName: 'Lê Thị Riêng Tư', phone: '0909123123' }],
    });
    decidedCode = r.code;
    await mustAct(t, desk, r.id, 'process_accept');
    await mustAct(t, head, r.id, 'assign', { assigneeId: await userId(t, 'diachinh.thanhphuoc') });
    await mustAct(t, head, r.id, 'decide', {
      result: 'accepted',
      summary: 'Đã nạo vét cống ngày 20/11.',
    });
  }, 180_000);
  afterAll(async () => t?.close());

  it('describes itself (discovery) in JSON and XML', async () => {
    const json = await t.call(null, 'GET', `${BASE}/discovery.json`);
    expect(json.statusCode).toBe(200);
    expect(json.json().endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: ['text/xml', 'application/json'],
    });
    const xml = await t.call(null, 'GET', `${BASE}/discovery.xml`);
    expect(xml.headers['content-type']).toContain('text/xml');
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><discovery><changeset>/);
    expect(xml.body).toContain('<endpoints><endpoint><specification>');
  });

  it('lists feedback topics as services, with definitions and a 404 in the Open311 error format', async () => {
    const res = await t.call(null, 'GET', `${BASE}/services.json`);
    expect(res.statusCode).toBe(200);
    const services = res.json() as Array<Record<string, unknown>>;
    expect(services.length).toBeGreaterThan(0);
    expect(Object.keys(services[0]!).sort()).toEqual(
      [
        'description',
        'group',
        'keywords',
        'metadata',
        'service_code',
        'service_name',
        'type',
      ].sort(),
    );
    expect(services.every((s) => s.metadata === false && s.type === 'realtime')).toBe(true);
    expect(services.map((s) => s.service_code)).toContain('infrastructure');
    const en = (await t.call(null, 'GET', `${BASE}/services.json?locale=en`)).json() as Array<{
      service_code: string;
      service_name: string;
    }>;
    expect(en.find((s) => s.service_code === 'infrastructure')!.service_name).toBe(
      'Infrastructure',
    );
    const xml = await t.call(null, 'GET', `${BASE}/services.xml`);
    expect(xml.body).toContain('<services><service><service_code>');
    const def = await t.call(null, 'GET', `${BASE}/services/infrastructure.json`);
    expect(def.json()).toEqual({ service_code: 'infrastructure', attributes: [] });
    const missing = await t.call(null, 'GET', `${BASE}/services/no_such.json`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: 'Service no_such not found' }]);
    const missingXml = await t.call(null, 'GET', `${BASE}/services/no_such.xml`);
    expect(missingXml.statusCode).toBe(404);
    expect(missingXml.body).toContain(
      '<errors><error><code>404</code><description>Service no_such not found</description></error></errors>',
    );
  });

  it('creates a request with an api_key (JSON and XML), refuses a bad key with 403', async () => {
    const body = new URLSearchParams({
      api_key: apiKey,
      service_code: 'infrastructure',
      lat: '10.65',
      long: '106.18',
      description: 'Đèn đường trước chợ Thạnh Phước bị tắt cả tuần.',
      first_name: 'Văn Mẫu',
      last_name: 'Nguyễn',
      email: 'mau@example.vn',
      jurisdiction_id: '27877',
    });
    const res = await t.call(null, 'POST', `${BASE}/requests.json`, body.toString(), urlencoded);
    expect(res.statusCode).toBe(201);
    const [created] = res.json();
    expect(Object.keys(created).sort()).toEqual([
      'account_id',
      'service_notice',
      'service_request_id',
    ]);
    const row = await t.db.ctx.db
      .selectFrom('petitions')
      .select(['kind', 'channel', 'unit_code', 'location'])
      .where('tracking_code', '=', created.service_request_id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      kind: 'feedback',
      channel: 'online',
      unit_code: '27877',
      location: '10.650000, 106.180000',
    });
    const one = (
      await t.call(null, 'GET', `${BASE}/requests/${created.service_request_id}.json`)
    ).json();
    expect(Object.keys(one[0]).sort()).toEqual([...REQUEST_FIELDS].sort());
    expect(one[0]).toMatchObject({
      status: 'open',
      lat: 10.65,
      long: 106.18,
      service_code: 'infrastructure',
      agency_responsible: 'Xã Thạnh Phước',
    });
    expect(one[0].requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(one[0].expected_datetime).toMatch(/T17:00:00\+07:00$/);
    expect(JSON.stringify(one)).not.toContain('Nguyễn Văn Mẫu');
    expect(JSON.stringify(one)).not.toContain('mau@example.vn');

    const xml = await t.call(
      null,
      'POST',
      `${BASE}/requests.xml`,
      new URLSearchParams({
        api_key: apiKey,
        service_code: 'environment',
        address_string: 'Kênh ấp 2 <gần cầu>',
        description: 'Rác thải đổ xuống kênh ấp 2 & bốc mùi.',
      }).toString(),
      urlencoded,
    );
    expect(xml.statusCode).toBe(201);
    expect(xml.body).toMatch(
      /<service_requests><request><service_request_id>[0-9A-Z-]{12}<\/service_request_id><service_notice>.*<\/service_notice><account_id\/><\/request><\/service_requests>/,
    );
    const id = /<service_request_id>([^<]+)</.exec(xml.body)![1]!;
    const got = await t.call(null, 'GET', `${BASE}/requests/${id}.xml`);
    expect(got.body).toContain('<address>Kênh ấp 2 &lt;gần cầu&gt;</address>');
    expect(got.body).toContain('&amp; bốc mùi');
    expect((await t.call(null, 'GET', `${BASE}/tokens/${id}.json`)).json()).toEqual([
      { service_request_id: id, token: id },
    ]);

    const bad = await t.call(
      null,
      'POST',
      `${BASE}/requests.json`,
      new URLSearchParams({
        api_key: 'not-a-key',
        service_code: 'infrastructure',
        address_string: 'x',
        description: 'Mô tả đủ dài để hợp lệ.',
      }).toString(),
      urlencoded,
    );
    expect(bad.statusCode).toBe(403);
    expect(bad.json()).toEqual([{ code: 403, description: 'Invalid api_key.' }]);
    const badXml = await t.call(
      null,
      'POST',
      `${BASE}/requests.xml`,
      new URLSearchParams({ service_code: 'infrastructure' }).toString(),
      urlencoded,
    );
    expect(badXml.statusCode).toBe(403);
    expect(badXml.body).toContain('<errors><error><code>403</code>');
    const noPlace = await t.call(
      null,
      'POST',
      `${BASE}/requests.json`,
      new URLSearchParams({
        api_key: apiKey,
        service_code: 'infrastructure',
        description: 'Mô tả đủ dài để hợp lệ.',
      }).toString(),
      urlencoded,
    );
    expect(noPlace.statusCode).toBe(400);
    expect(noPlace.json()[0].code).toBe(400);
    const unknown = await t.call(
      null,
      'POST',
      `${BASE}/requests.json`,
      new URLSearchParams({
        api_key: apiKey,
        service_code: 'no_such',
        address_string: 'x',
        description: 'Mô tả đủ dài để hợp lệ.',
      }).toString(),
      urlencoded,
    );
    expect(unknown.statusCode).toBe(404);
    const nowhere = await t.call(
      null,
      'POST',
      `${BASE}/requests.json`,
      new URLSearchParams({
        api_key: apiKey,
        service_code: 'infrastructure',
        address_string: 'x',
        jurisdiction_id: '99999',
      }).toString(),
      urlencoded,
    );
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.json()[0].description).toContain('99999');
    // The specification makes description optional and accepts a location given only as address_id.
    const bare = await t.call(
      null,
      'POST',
      `${BASE}/requests.json`,
      new URLSearchParams({
        api_key: apiKey,
        service_code: 'infrastructure',
        address_id: 'TP-0042',
      }).toString(),
      urlencoded,
    );
    expect(bare.statusCode).toBe(201);
  });

  it('lists requests with filters, closed for decided feedback, never denunciations', async () => {
    const all = (await t.call(null, 'GET', `${BASE}/requests.json`)).json() as Array<
      Record<string, unknown>
    >;
    expect(all.length).toBeGreaterThan(0);
    const ids = all.map((r) => r.service_request_id);
    expect(ids).not.toContain(denunciationCode);
    expect(ids).toContain(decidedCode);
    expect(JSON.stringify(all)).not.toContain('Lê Thị Riêng Tư');
    expect(JSON.stringify(all)).not.toContain('0909123123');
    // The replayed demo feedback and recommendations carry a point, which FixMyStreet's import needs.
    const located = all.filter(
      (r) =>
        typeof r.lat === 'number' && typeof r.long === 'number' && typeof r.address === 'string',
    );
    expect(located.length).toBeGreaterThan(5);
    expect(
      located.every(
        (r) =>
          (r.lat as number) > 10.5 &&
          (r.lat as number) < 10.8 &&
          (r.long as number) > 106 &&
          (r.long as number) < 106.3,
      ),
    ).toBe(true);
    const decided = all.find((r) => r.service_request_id === decidedCode)!;
    expect(decided).toMatchObject({
      status: 'closed',
      status_notes: 'Đã nạo vét cống ngày 20/11.',
      expected_datetime: null,
    });
    const closed = (
      await t.call(null, 'GET', `${BASE}/requests.json?status=closed`)
    ).json() as Array<{ status: string }>;
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((r) => r.status === 'closed')).toBe(true);
    const infra = (
      await t.call(null, 'GET', `${BASE}/requests.json?service_code=infrastructure`)
    ).json() as Array<{ service_code: string }>;
    expect(infra.every((r) => r.service_code === 'infrastructure')).toBe(true);
    const byId = (
      await t.call(
        null,
        'GET',
        `${BASE}/requests.json?service_request_id=${decidedCode},${denunciationCode}`,
      )
    ).json();
    expect(byId).toHaveLength(1);
    const future = (
      await t.call(null, 'GET', `${BASE}/requests.json?start_date=2099-01-01T00:00:00Z`)
    ).json();
    expect(future).toEqual([]);
    expect(
      (await t.call(null, 'GET', `${BASE}/requests.json?start_date=yesterday`)).statusCode,
    ).toBe(400);
    expect((await t.call(null, 'GET', `${BASE}/requests.json?status=pending`)).statusCode).toBe(
      400,
    );
    expect(
      (await t.call(null, 'GET', `${BASE}/requests/${denunciationCode}.json`)).statusCode,
    ).toBe(404);
    const xml = await t.call(null, 'GET', `${BASE}/requests.xml?status=closed`);
    expect(xml.body).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?><service_requests><request><service_request_id>/,
    );
    expect((await t.call(null, 'GET', `${BASE}/nothing.json`)).json()).toEqual([
      { code: 404, description: 'Not found' },
    ]);
  });
});
