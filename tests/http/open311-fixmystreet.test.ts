/**
 * FixMyStreet's own Open311 client (mySociety perllib/Open311.pm) played against /open311/v2/:
 * the calls it makes, in its order, with its parameters — services, a service definition, POSTs
 * (form-encoded, and multipart/form-data as it sends when photos are attached, with media_url),
 * requests by id and by date range, then servicerequestupdates after staff answered and closed
 * the case. Every call carries jurisdiction_id, as the client does when one is configured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/users/create-api-token.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import { ENGINES } from '../helpers/engines.js';
import { mustAct, userId } from '../helpers/petitions.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const BASE = '/open311/v2';
const JURISDICTION = '27877';
const form = { 'content-type': 'application/x-www-form-urlencoded' };

/** multipart/form-data the way HTTP::Request::Common builds it: fields, repeated names, one photo. */
function multipart(
  fields: Array<[string, string]>,
  photo: { name: string; file: string; type: string; data: Buffer },
): { body: Buffer; headers: Record<string, string> } {
  const boundary = 'xYzZY';
  const parts: Buffer[] = fields.map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${photo.name}"; filename="${photo.file}"\r\nContent-Type: ${photo.type}\r\n\r\n`,
    ),
    photo.data,
    Buffer.from('\r\n'),
  );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const tag = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!);
const q = (params: Record<string, string>) =>
  new URLSearchParams({ jurisdiction_id: JURISDICTION, ...params }).toString();

describe.each(ENGINES)('FixMyStreet sequence against Open311 (%s)', (engine) => {
  let t: TestApp;
  let apiKey: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
    apiKey = (
      await createApiToken({
        ctx: t.db.ctx,
        actor: SYSTEM_ACTOR,
        input: { username: 'tiepdan.thanhphuoc', name: 'FixMyStreet' },
      })
    ).token;
  }, 180_000);
  afterAll(async () => t?.close());

  it('services → definition → POST (form and multipart) → requests by id and date → updates in the order they happened', async () => {
    const begin = new Date(Date.now() - 60_000).toISOString();

    // get_service_list, get_service_meta_info
    const services = await t.call(null, 'GET', `${BASE}/services.xml?${q({})}`);
    expect(services.statusCode).toBe(200);
    const codes = tag(services.body, 'service_code');
    expect(codes).toContain('infrastructure');
    const meta = await t.call(null, 'GET', `${BASE}/services/infrastructure.xml?${q({})}`);
    expect(meta.statusCode).toBe(200);
    expect(meta.body).toContain('<service_code>infrastructure</service_code>');

    // send_service_request, form-encoded (no photo uploads): media_url is the photo's link
    const sent = await t.call(
      null,
      'POST',
      `${BASE}/requests.xml`,
      new URLSearchParams([
        ['api_key', apiKey],
        ['jurisdiction_id', JURISDICTION],
        ['service_code', 'infrastructure'],
        ['description', 'Ổ gà lớn trên đường ấp 3, xe máy dễ ngã.'],
        ['first_name', 'Văn Mẫu'],
        ['last_name', 'Nguyễn'],
        ['email', 'mau@example.vn'],
        ['lat', '10.641200'],
        ['long', '106.153400'],
        ['media_url', 'https://fms.example.vn/photo/1001.0.full.jpeg'],
      ]).toString(),
      form,
    );
    expect(sent.statusCode).toBe(201);
    const formId = tag(sent.body, 'service_request_id')[0]!;

    // send_service_request with uploads: multipart/form-data, api_key among the fields, two media_url
    const mp = multipart(
      [
        ['api_key', apiKey],
        ['jurisdiction_id', JURISDICTION],
        ['service_code', 'environment'],
        ['description', 'Rác đổ bên kênh ấp 2.'],
        ['first_name', 'Thị Hoa'],
        ['last_name', 'Trần'],
        ['address_string', 'Kênh ấp 2'],
        ['attribute[easting]', '1'],
        ['media_url', 'https://fms.example.vn/photo/1002.0.full.jpeg'],
        ['media_url', 'https://fms.example.vn/photo/1002.1.full.jpeg'],
      ],
      {
        name: 'photo1',
        file: 'photo1.jpeg',
        type: 'image/jpeg',
        data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]),
      },
    );
    const sentMp = await t.call(null, 'POST', `${BASE}/requests.xml`, mp.body, mp.headers);
    expect(sentMp.statusCode, sentMp.body).toBe(201);
    const mpId = tag(sentMp.body, 'service_request_id')[0]!;

    // get_service_requests({ report_ids }) — service_request_id overrides every other filter
    const byId = await t.call(
      null,
      'GET',
      `${BASE}/requests.xml?${q({ service_request_id: `${formId},${mpId}`, service_code: 'no_such_ignored', status: 'closed' })}`,
    );
    expect(byId.statusCode).toBe(200);
    expect(tag(byId.body, 'service_request_id').sort()).toEqual([formId, mpId].sort());
    expect(tag(byId.body, 'media_url').sort()).toEqual([
      'https://fms.example.vn/photo/1001.0.full.jpeg',
      'https://fms.example.vn/photo/1002.0.full.jpeg',
    ]);
    const json = (
      await t.call(null, 'GET', `${BASE}/requests.json?${q({ service_request_id: formId })}`)
    ).json() as Array<Record<string, unknown>>;
    expect(json[0]).toMatchObject({
      service_request_id: formId,
      status: 'open',
      lat: 10.6412,
      long: 106.1534,
      media_url: 'https://fms.example.vn/photo/1001.0.full.jpeg',
    });
    const mpJson = (
      await t.call(null, 'GET', `${BASE}/requests.json?${q({ service_request_id: mpId })}`)
    ).json() as Array<Record<string, unknown>>;
    expect(mpJson[0]).toMatchObject({ address: 'Kênh ấp 2', service_code: 'environment' });

    // by date range (and service_code=a,b)
    const end = new Date(Date.now() + 60_000).toISOString();
    const ranged = await t.call(
      null,
      'GET',
      `${BASE}/requests.xml?${q({ start_date: begin, end_date: end, service_code: 'infrastructure,environment' })}`,
    );
    expect(tag(ranged.body, 'service_request_id')).toEqual(expect.arrayContaining([formId, mpId]));

    // staff see the links in the case file, answer and close the case
    const desk = await t.login('tiepdan.thanhphuoc');
    const head = await t.login('chutich.thanhphuoc');
    const row = await t.db.ctx.db
      .selectFrom('petitions')
      .select(['id'])
      .where('tracking_code', '=', formId)
      .executeTakeFirstOrThrow();
    const file = (await t.call(desk, 'GET', `/api/v1/petitions/${row.id}`)).json();
    expect(file.mediaLinks).toEqual(['https://fms.example.vn/photo/1001.0.full.jpeg']);
    await mustAct(t, desk, row.id, 'process_accept');
    await mustAct(t, head, row.id, 'assign', {
      assigneeId: await userId(t, 'diachinh.thanhphuoc'),
    });
    await mustAct(t, head, row.id, 'decide', {
      result: 'accepted',
      summary: 'Đã vá ổ gà ngày 28/11.',
    });
    await mustAct(t, head, row.id, 'close');

    // get_service_request_updates(start, end): api_key in the query, W3C datetimes
    const updates = await t.call(
      null,
      'GET',
      `${BASE}/servicerequestupdates.xml?${q({ api_key: apiKey, start_date: begin, end_date: new Date(Date.now() + 60_000).toISOString() })}`,
    );
    expect(updates.statusCode).toBe(200);
    expect(updates.body).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?><service_request_updates><request_update><update_id>/,
    );
    const entries = [...updates.body.matchAll(/<request_update>(.*?)<\/request_update>/g)]
      .map((m) => m[1]!)
      .filter((x) => x.includes(`<service_request_id>${formId}<`));
    expect(entries.map((x) => tag(x, 'status')[0])).toEqual([
      'open',
      'investigating',
      'in_progress',
      'closed',
      'closed',
    ]);
    const times = entries.map((x) => tag(x, 'updated_datetime')[0]!);
    expect(times.every((x) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/.test(x))).toBe(true);
    expect([...times].sort()).toEqual(times);
    expect(tag(entries[3]!, 'description')[0]).toContain('Đã vá ổ gà ngày 28/11.');
    expect(new Set(entries.map((x) => tag(x, 'update_id')[0])).size).toBe(5);
    expect(updates.body).not.toContain('Nguyễn Văn Mẫu');
    const after = (
      await t.call(null, 'GET', `${BASE}/requests.json?${q({ service_request_id: formId })}`)
    ).json() as Array<Record<string, unknown>>;
    expect(after[0]).toMatchObject({ status: 'closed', status_notes: 'Đã vá ổ gà ngày 28/11.' });
    const jsonUpdates = (
      await t.call(
        null,
        'GET',
        `${BASE}/servicerequestupdates.json?${q({ start_date: begin, end_date: new Date(Date.now() + 60_000).toISOString() })}`,
      )
    ).json() as Array<Record<string, unknown>>;
    expect(Object.keys(jsonUpdates[0]!).sort()).toEqual([
      'description',
      'media_url',
      'service_request_id',
      'status',
      'update_id',
      'updated_datetime',
    ]);
  });

  it('dates requests by receipt, answers 404 for an unknown jurisdiction and a W3C changeset', async () => {
    const desk = await t.login('tiepdan.thanhphuoc');
    // A letter received 15 days ago and entered today.
    const receivedOn = new Date(Date.parse(`${t.db.ctx.clock.today()}T00:00:00Z`) - 15 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const late = await t.call(desk, 'POST', '/api/v1/petitions', {
      unitCode: JURISDICTION,
      kinds: ['feedback'],
      channel: 'post',
      topicCode: 'infrastructure',
      title: 'Thư gửi qua bưu điện về cầu tre',
      content: 'Cầu tre ấp 4 xuống cấp, đề nghị sửa.',
      receivedOn,
      petitioners: [],
      anonymous: true,
      location: '10.650000, 106.160000',
    });
    expect(late.statusCode, late.body).toBe(201);
    const code = late.json().cases[0].trackingCode as string;
    const r = (
      (
        await t.call(null, 'GET', `${BASE}/requests.json?service_request_id=${code}`)
      ).json() as Array<Record<string, string>>
    )[0]!;
    expect(r.requested_datetime).toBe(`${receivedOn}T00:00:00+07:00`);
    expect(r.requested_datetime! < r.expected_datetime!).toBe(true);
    const window = (
      await t.call(
        null,
        'GET',
        `${BASE}/requests.json?start_date=${receivedOn}T00:00:00%2B07:00&end_date=${receivedOn}T23:59:59%2B07:00`,
      )
    ).json() as Array<{ service_request_id: string }>;
    expect(window.map((x) => x.service_request_id)).toContain(code);
    expect(
      (await t.call(null, 'GET', `${BASE}/requests.json?jurisdiction_id=99999`)).statusCode,
    ).toBe(404);
    expect(
      (await t.call(null, 'GET', `${BASE}/servicerequestupdates.xml?jurisdiction_id=99999`))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.call(null, 'GET', `${BASE}/requests.json?service_code=no_such`)).statusCode,
    ).toBe(404);
    expect((await t.call(null, 'GET', `${BASE}/discovery.json`)).json().changeset).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/,
    );
  });
});
