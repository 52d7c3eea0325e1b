import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/commands/demo/demo-users.js';
import { whenDuplicatesScored } from '../../src/commands/petitions/score-duplicates.js';
import { IDENTITY_MASK } from '../../src/domain/sealed/mask-identity.js';
import { foldVietnamese } from '../../src/domain/text/fold.js';
import { ENGINES } from '../helpers/engines.js';
import { mustAct, userId } from '../helpers/petitions.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';
import { zipTexts } from '../helpers/unzip.js';

/**
 * Issue 11's canary: a denouncer's identity planted in a denunciation and in a mixed letter must
 * never reach anyone without the grant, on any read, search or duplicate endpoint the OpenAPI
 * document lists (enumerated, so a new endpoint fails here until it is classified), and must not
 * be in the database files in plain text.
 */
const CANARY = {
  fullName: 'Hoàng Thị Chim Canh',
  phone: '0912 777 313',
  identityNumber: '079300777313',
  address: 'Số 13 ngõ Hoàng Yến, ấp Canh Gác, xã Thạnh Phước',
  email: 'canh.gac.canary@example.vn',
};
const NEEDLES = [
  'Chim Canh',
  foldVietnamese('Chim Canh'),
  '0912 777 313',
  '0912777313',
  '912777313',
  '079300777313',
  'Hoàng Yến',
  'hoang yen',
  'Canh Gác',
  'canh gac',
  'canh.gac.canary',
];
/** How letters really begin: the denouncer's identity written into the text itself. */
const SELF_INTRODUCTION = `Tôi tên là ${CANARY.fullName.toUpperCase()}, CCCD số ${CANARY.identityNumber}, điện thoại 0912.777.313, ở ${CANARY.address}, thư ${CANARY.email}. `;
const IDENTITY_CODES = ['same_identity', 'same_phone', 'same_name_address'];
const DENUNCIATION = {
  title: 'Tố cáo cán bộ thu tiền cấp giấy chứng nhận',
  content:
    'Cán bộ địa chính xã yêu cầu nộp thêm năm triệu đồng ngoài phí quy định mới làm hồ sơ cấp giấy chứng nhận quyền sử dụng đất.',
};

/** State-changing operations: not read paths (their answers are checked by their own tests). */
const WRITES = new Set([
  'POST /api/public/v1/petitions',
  'POST /api/v1/admin/agencies',
  'PATCH /api/v1/admin/agencies/{id}',
  'POST /api/v1/admin/calendar/entries',
  'DELETE /api/v1/admin/calendar/entries/{id}',
  'PUT /api/v1/admin/deadline-rules/{id}',
  'POST /api/v1/admin/topics',
  'PATCH /api/v1/admin/topics/{code}',
  'POST /api/v1/admin/units/import',
  'POST /api/v1/admin/users',
  'PATCH /api/v1/admin/users/{id}',
  'POST /api/v1/admin/users/{id}/reset-password',
  'POST /api/v1/admin/users/{id}/unlock',
  // Register import: its preview shows the uploader's own file (denouncers' names hidden; tested there).
  'POST /api/v1/admin/imports',
  // Issue 13: a unit's workflow setting, and sending a failed outbox message again.
  'PUT /api/v1/units/{code}/workflow-settings',
  'POST /api/v1/admin/outbox/{id}/retry',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/campaigns',
  'PATCH /api/v1/campaigns/{id}',
  'POST /api/v1/campaigns/{id}/reports',
  'POST /api/v1/dialogues',
  'PATCH /api/v1/dialogues/{id}',
  'POST /api/v1/dialogues/{id}/actions',
  'POST /api/v1/dialogues/{id}/commitments',
  'PATCH /api/v1/dialogues/{id}/commitments/{commitmentId}',
  'PATCH /api/v1/findings/{id}',
  'POST /api/v1/findings/{id}/actions',
  'POST /api/v1/inspections',
  'PATCH /api/v1/inspections/{id}',
  'POST /api/v1/inspections/{id}/sessions',
  'PATCH /api/v1/inspections/{id}/sessions/{sessionId}',
  'POST /api/v1/inspections/{id}/sessions/{sessionId}/findings',
  'POST /api/v1/models',
  'PATCH /api/v1/models/{id}',
  'POST /api/v1/models/{id}/actions',
  'POST /api/v1/news',
  'POST /api/v1/news/images',
  'PUT /api/v1/news/{id}',
  'POST /api/v1/news/{id}/publish',
  'POST /api/v1/notifications/{id}/read',
  'POST /api/v1/petitions',
  'POST /api/v1/petitions/{id}/actions/{action}',
  'POST /api/v1/petitions/{id}/attachments',
  'POST /api/v1/petitions/{id}/duplicates/{candidateId}',
  'POST /api/v1/unit-reports/{id}/actions',
  'PUT /api/v1/unit-reports/{id}/content',
  // A unit's named report signer (issue 14): names accounts, never a petitioner.
  'PUT /api/v1/units/{code}/report-signer',
  // The reveal itself: tested below (404 for everyone without the grant, audited).
  'POST /api/v1/petitions/{id}/identity',
  // Personal-data requests and the breach register (issue 12): they write; a request needs the
  // tracking code and the contact given at submission (the status probe is tested below).
  'POST /api/public/v1/privacy-requests',
  'POST /api/v1/privacy/requests',
  'POST /api/v1/privacy/requests/{id}/answer',
  'POST /api/v1/privacy/breaches',
  'POST /api/v1/privacy/breaches/{id}/notified',
]);

/** Families of state-changing operations: each lifecycle action has its own path. */
const WRITE_PATTERNS = [/^POST \/api\/v1\/petitions\/\{id\}\/actions\/[a-z_]+$/];

interface Planted {
  ids: string[];
  codes: string[];
}

/** Every method + path the server answers (Fastify's route table), `:name` written `{name}`. */
function routeTable(app: TestApp['app']): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4}|├── |└── )*)(\S.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m || !m[1]) continue;
    const depth = m[1].length / 4;
    stack.length = depth - 1;
    const path = stack.join('') + m[2]!;
    stack.push(m[2]!);
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD'))
      out.push(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
  }
  return out;
}

/**
 * Routes outside the OpenAPI document (portal pages, Open311, docs, probes, static files): each GET
 * is called with these URLs (planted codes where a case is addressed, the canary where a search
 * takes text); `null` marks a write, checked by its own tests. A new route fails the test until
 * it is listed here.
 */
function hiddenRoutes(p: Planted): Record<string, string[] | null> {
  const qs = [CANARY.fullName, 'chim canh', CANARY.identityNumber, '0912777313', 'Hoàng Yến'];
  const portal = (prefix: string): Record<string, string[] | null> => ({
    [`GET ${prefix}/`]: [`${prefix}/`],
    [`GET ${prefix}/cong-khai`]: [
      `${prefix}/cong-khai`,
      ...qs.map((q) => `${prefix}/cong-khai?q=${encodeURIComponent(q)}`),
      ...p.codes.map((c) => `${prefix}/cong-khai?q=${c}`),
    ],
    [`GET ${prefix}/thong-ke`]: [`${prefix}/thong-ke`, `${prefix}/thong-ke?unit=27877`],
    [`GET ${prefix}/tin-tuc`]: [`${prefix}/tin-tuc`],
    [`GET ${prefix}/tin-tuc/{slug}`]: [`${prefix}/tin-tuc/none`],
    [`GET ${prefix}/tra-cuu`]: p.codes.map((c) => `${prefix}/tra-cuu?code=${c}`),
    [`GET ${prefix}/tra-cuu/khoi-phuc`]: [`${prefix}/tra-cuu/khoi-phuc`],
    [`GET ${prefix}/tra-cuu/{code}`]: p.codes.map((c) => `${prefix}/tra-cuu/${c}`),
    [`GET ${prefix}/tra-cuu/{code}/tai-lieu/{id}`]: p.codes.map(
      (c) => `${prefix}/tra-cuu/${c}/tai-lieu/none`,
    ),
    [`GET ${prefix}/gui-don`]: [`${prefix}/gui-don`],
    [`GET ${prefix}/doi-thoai`]: [`${prefix}/doi-thoai`],
    [`GET ${prefix}/du-lieu-ca-nhan`]: [
      `${prefix}/du-lieu-ca-nhan`,
      ...p.codes.map((c) => `${prefix}/du-lieu-ca-nhan?ma=${c}`),
    ],
    [`GET ${prefix}/du-lieu-ca-nhan/tinh-trang`]: [`${prefix}/du-lieu-ca-nhan/tinh-trang`],
    // Writes of the portal: the contact probes are compared with a wrong contact below.
    [`POST ${prefix}/gui-don`]: null,
    [`POST ${prefix}/tra-cuu/khoi-phuc`]: null,
    // Personal-data requests: the same commands as /api/public/v1/privacy-requests (probed below).
    [`POST ${prefix}/du-lieu-ca-nhan`]: null,
    [`POST ${prefix}/du-lieu-ca-nhan/tinh-trang`]: null,
    [`POST ${prefix}/tra-cuu/{code}/danh-gia`]: null,
    [`POST ${prefix}/tra-cuu/{code}/xem-xet-lai`]: null,
  });
  const o311 = (f: string): Record<string, string[] | null> => ({
    [`GET /open311/v2/discovery.${f}`]: [`/open311/v2/discovery.${f}`],
    [`GET /open311/v2/services.${f}`]: [`/open311/v2/services.${f}`],
    [`GET /open311/v2/servicerequestupdates.${f}`]: [
      `/open311/v2/servicerequestupdates.${f}`,
      `/open311/v2/servicerequestupdates.${f}?service_request_id=${p.codes.join(',')}`,
    ],
    [`GET /open311/v2/requests.${f}`]: [
      `/open311/v2/requests.${f}`,
      `/open311/v2/requests.${f}?service_request_id=${p.codes.join(',')}`,
    ],
    [`POST /open311/v2/requests.${f}`]: null,
  });
  return {
    ...portal(''),
    ...portal('/en'),
    'GET /en': ['/en'],
    ...o311('json'),
    ...o311('xml'),
    'GET /open311/v2/services/{file}': ['/open311/v2/services/officials_conduct.json'],
    'GET /open311/v2/requests/{file}': p.codes.flatMap((c) => [
      `/open311/v2/requests/${c}.json`,
      `/open311/v2/requests/${c}.xml`,
    ]),
    'GET /open311/v2/tokens/{file}': p.codes.map((c) => `/open311/v2/tokens/${c}.json`),
    'GET /api/openapi.json': ['/api/openapi.json'],
    'GET /api/docs': ['/api/docs'],
    'GET /api/docs/': ['/api/docs/'],
    'GET /api/docs/static/index.html': ['/api/docs/static/index.html'],
    'GET /api/docs/static/swagger-initializer.js': ['/api/docs/static/swagger-initializer.js'],
    'GET /api/docs/*': ['/api/docs/static/swagger-ui.css'],
    'GET /api/docs/json': ['/api/docs/json'],
    'GET /api/docs/yaml': ['/api/docs/yaml'],
    'GET /app': ['/app'],
    'GET /app/*': ['/app/petitions'],
    'GET /metrics': ['/metrics'],
    'GET /healthz': ['/healthz'],
    'GET /livez': ['/livez'],
    'GET /readyz': ['/readyz'],
    'GET /media/news/{file}': ['/media/news/none.png'],
    'GET /portal/assets/{name}': ['/portal/assets/portal.css'],
    // Lifecycle actions registered by name beside the generic one (all writes).
    'POST /api/v1/petitions/{id}/actions/{action}': null,
  };
}

function textsOf(res: LightMyRequestResponse): string[] {
  const type = String(res.headers['content-type'] ?? '');
  return /openxmlformats|zip/.test(type) ? [res.body, ...zipTexts(res.rawPayload)] : [res.body];
}

/**
 * The ids and codes of the other cases made from the same mixed letter as the case a URL
 * addresses: the link between them is the denouncer's identity by another name.
 */
function sameLetterOf(planted: Planted, url: string): string[] {
  const letter = [1, 2];
  const mine = letter.filter(
    (i) => url.includes(planted.ids[i]!) || url.includes(planted.codes[i]!),
  );
  if (mine.length !== 1) return [];
  return letter.filter((i) => i !== mine[0]).flatMap((i) => [planted.ids[i]!, planted.codes[i]!]);
}

/** Fails with the first needle found in an answer, or an identity reason tied to a planted case. */
function assertClean(
  res: LightMyRequestResponse,
  where: string,
  planted: Planted,
  urlHasPlanted: boolean,
  url = '',
) {
  const siblings = sameLetterOf(planted, url);
  // A search page may repeat what was typed into its box: that echo is the caller's own input.
  const echo = new URL(url || '/', 'http://x').searchParams.get('q');
  for (const raw of textsOf(res)) {
    const text = echo
      ? [echo, encodeURIComponent(echo), new URLSearchParams({ q: echo }).toString().slice(2)]
          .filter(Boolean)
          .reduce((t, e) => t.split(e).join(''), raw)
      : raw;
    const lower = text.toLowerCase();
    for (const n of NEEDLES)
      expect(lower.includes(n.toLowerCase()), `${where} leaks "${n}"`).toBe(false);
    for (const n of siblings)
      expect(text.includes(n), `${where} links the mixed letter's cases ("${n}")`).toBe(false);
    if (urlHasPlanted)
      for (const c of IDENTITY_CODES)
        expect(text.includes(c), `${where} gives identity reason ${c}`).toBe(false);
  }
  if (!String(res.headers['content-type'] ?? '').includes('json')) return;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (
      Array.isArray(o.reasons) &&
      (planted.ids.includes(String(o.id)) || planted.codes.includes(String(o.trackingCode)))
    ) {
      expect(JSON.stringify(o.reasons), `${where}: identity reason on a sealed case`).not.toMatch(
        /same_identity|same_phone|same_name_address/,
      );
    }
    Object.values(o).forEach(walk);
  };
  walk(JSON.parse(res.body || 'null'));
}

describe.each(ENGINES)('sealed identity canary (%s)', (engine) => {
  let t: TestApp;
  let desk: Session;
  let head: Session;
  const planted: Planted = { ids: [], codes: [] };
  const sessions: Array<[string, Session | null]> = [];

  beforeAll(async () => {
    t = await createTestApp(engine, { today: '2026-03-02' });
    desk = await t.login('tiepdan.thanhphuoc');
    head = await t.login('chutich.thanhphuoc');
    const base = {
      unitCode: '27877',
      channel: 'in_person',
      topicCode: 'officials_conduct',
      petitioners: [CANARY],
      reception: { identityPaper: `CCCD ${CANARY.identityNumber}`, peopleCount: 1 },
    };
    const d = await t.call(desk, 'POST', '/api/v1/petitions', {
      ...base,
      kinds: ['denunciation'],
      title: DENUNCIATION.title,
      content: SELF_INTRODUCTION + DENUNCIATION.content,
    });
    expect(d.statusCode, d.body).toBe(201);
    const mixed = await t.call(desk, 'POST', '/api/v1/petitions', {
      ...base,
      kinds: ['complaint', 'denunciation'],
      title: 'Đơn khiếu nại và tố cáo về đất đai',
      content: `${SELF_INTRODUCTION}Đơn gồm hai phần.`,
      parts: [
        {
          kind: 'complaint',
          title: 'Khiếu nại quyết định thu hồi đất làm đường ấp 4',
          content: `${SELF_INTRODUCTION}Tôi khiếu nại quyết định thu hồi đất vì chưa được thông báo trước chín mươi ngày.`,
        },
        {
          kind: 'denunciation',
          title: 'Tố cáo cán bộ đo đạc nhận tiền',
          content: `Tôi, ${CANARY.fullName}, tố cáo: cán bộ đo đạc nhận tiền để đo lệch ranh đất cho hộ bên cạnh.`,
        },
      ],
    });
    expect(mixed.statusCode, mixed.body).toBe(201);
    for (const c of [...d.json().cases, ...mixed.json().cases] as Array<{
      id: string;
      trackingCode: string;
    }>) {
      planted.ids.push(c.id);
      planted.codes.push(c.trackingCode);
    }
    await mustAct(t, desk, planted.ids[0]!, 'process_accept');
    await mustAct(t, head, planted.ids[0]!, 'assign', {
      assigneeId: await userId(t, 'diachinh.thanhphuoc'),
    });
    // The grant holder's identity matching and reveal (audited; the admin's log lists them without the identity).
    const match = await t.call(head, 'POST', '/api/v1/petitions/duplicate-check', {
      unitCode: '27877',
      title: 'x',
      content: 'y',
      petitioners: [{ identityNumber: CANARY.identityNumber }],
    });
    expect(match.statusCode).toBe(200);
    expect(
      (
        await t.call(head, 'POST', `/api/v1/petitions/${planted.ids[0]}/identity`, {
          purpose: 'Xác minh để bảo vệ người tố cáo',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.call(desk, 'POST', `/api/v1/petitions/${planted.ids[0]}/identity`, {
          purpose: 'Tò mò',
        })
      ).statusCode,
    ).toBe(404);

    for (const u of DEMO_USERS.filter((x) => !x.canReadIdentity))
      sessions.push([u.username, await t.login(u.username)]);
    sessions.push(['admin', await t.login('admin')], ['anonymous', null]);
  }, 300_000);
  afterAll(async () => t?.close());

  it("keeps the mixed letter's cases apart for everyone without the grant, and links them for the head", async () => {
    const complaintId = planted.ids[1]!;
    const asDesk = (await t.call(desk, 'GET', `/api/v1/petitions/${complaintId}`)).json();
    expect(asDesk.sealed).toBe(true);
    expect(asDesk.petitioners).toEqual([]);
    expect(asDesk.content).not.toContain('đo lệch');
    // The self-introduction at the top of the letter is masked in the stored text.
    expect(asDesk.content).toContain(`${IDENTITY_MASK}, CCCD số ${IDENTITY_MASK}`);
    expect(asDesk.links.parent).toBeNull();
    expect(asDesk.links.children).toEqual([]);
    expect(asDesk.links.sameLetter).toEqual([]);
    const asHead = (await t.call(head, 'GET', `/api/v1/petitions/${complaintId}`)).json();
    expect(asHead.links.sameLetter.map((x: { id: string }) => x.id)).toEqual([planted.ids[2]]);
  });

  it('leaks nothing on any GET, search or duplicate endpoint of the OpenAPI document, to any role without the grant', async () => {
    const doc = (await t.call(null, 'GET', '/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
    };
    const unclassified: string[] = [];
    const reads: Array<{ url: string; hasPlanted: boolean }> = [];
    const probes: string[] = [];
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const key = `${method.toUpperCase()} ${path}`;
        documented.add(key);
        if (method !== 'get') {
          if (
            /duplicate-check|eligibility|suggest|search|track\/\{code\}\/rating$|track\/\{code\}\/reopen$|privacy-requests\/\{code\}\/status$/.test(
              path,
            )
          )
            probes.push(key);
          else if (!WRITES.has(key) && !WRITE_PATTERNS.some((r) => r.test(key)))
            unclassified.push(key);
          continue;
        }
        let urls = [{ url: path, hasPlanted: false }];
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)) {
          const values = /^(id|candidateId)$/.test(name)
            ? planted.ids
            : name === 'code'
              ? planted.codes
              : /Id$/.test(name)
                ? ['none']
                : name === 'date'
                  ? ['2026-03-02']
                  : name === 'year'
                    ? ['2026']
                    : null;
          if (!values) unclassified.push(`${key}: no value for {${name}}`);
          urls = urls.flatMap((u) =>
            (values ?? ['x']).map((v) => ({
              url: u.url.replace(`{${name}}`, encodeURIComponent(v)),
              hasPlanted: u.hasPlanted || planted.ids.includes(v) || planted.codes.includes(v),
            })),
          );
        }
        const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        if (query.includes('q'))
          urls = urls.flatMap((u) => [
            u,
            ...[
              CANARY.fullName,
              'chim canh',
              CANARY.identityNumber,
              '0912777313',
              'Hoàng Yến',
              CANARY.email,
            ].map((v) => ({ ...u, url: `${u.url}?q=${encodeURIComponent(v)}` })),
          ]);
        if (query.includes('mine'))
          urls.push({ url: `${path}?mine=true&open=true&sort=due`, hasPlanted: false });
        reads.push(...urls);
      }
    }
    // Every route the server answers outside the OpenAPI document, from Fastify's own table.
    const hidden = hiddenRoutes(planted);
    const served = routeTable(t.app);
    expect(served).toContain('GET /tra-cuu/{code}');
    for (const key of served) {
      if (documented.has(key) || WRITE_PATTERNS.some((r) => r.test(key))) continue;
      if (!(key in hidden)) unclassified.push(`${key} (outside the OpenAPI document)`);
      for (const url of hidden[key] ?? [])
        reads.push({ url, hasPlanted: planted.codes.some((c) => url.includes(c)) });
    }
    expect(unclassified, 'endpoints without canary coverage: classify them in this test').toEqual(
      [],
    );
    expect(probes.sort()).toEqual([
      'POST /api/public/v1/privacy-requests/{code}/status',
      'POST /api/public/v1/track/{code}/rating',
      'POST /api/public/v1/track/{code}/reopen',
      'POST /api/v1/petitions/duplicate-check',
      'POST /api/v1/petitions/{id}/eligibility',
    ]);
    expect(reads.length).toBeGreaterThan(40);

    for (const [name, s] of sessions) {
      for (const r of reads)
        assertClean(
          await t.call(s, 'GET', r.url),
          `${name} GET ${r.url}`,
          planted,
          r.hasPlanted,
          r.url,
        );

      // Duplicate check with the canary as input: unrelated content finds no planted case; related
      // content gives exactly what it gives without any identity input (no score or reason from it).
      const who = [
        {
          identityNumber: CANARY.identityNumber,
          phone: CANARY.phone,
          fullName: CANARY.fullName,
          address: CANARY.address,
        },
      ];
      const check = (body: Record<string, unknown>) =>
        t.call(s, 'POST', '/api/v1/petitions/duplicate-check', { unitCode: '27877', ...body });
      const unrelated = await check({
        title: 'Hỏi lịch tiêm phòng dại cho chó',
        content: 'Xin hỏi khi nào xã tổ chức tiêm phòng dại.',
        petitioners: who,
      });
      assertClean(unrelated, `${name} duplicate-check`, planted, true);
      if (unrelated.statusCode === 200) {
        for (const d of unrelated.json().duplicates as Array<{ id: string }>)
          expect(planted.ids, `${name}: found a sealed case by identity`).not.toContain(d.id);
        const withId = await check({ ...DENUNCIATION, petitioners: who });
        const without = await check({ ...DENUNCIATION, petitioners: [] });
        assertClean(withId, `${name} duplicate-check similar`, planted, true);
        expect(withId.body, `${name}: the canary changed the answer`).toBe(without.body);
      }
      for (const id of planted.ids) {
        const e = await t.call(s, 'POST', `/api/v1/petitions/${id}/eligibility`, {
          language: 'vi',
          withinAuthority: true,
        });
        assertClean(e, `${name} eligibility`, planted, true, id);
      }
    }
    // The citizen's rating / re-open: the canary's phone as contact answers exactly like a wrong one.
    for (const code of planted.codes) {
      for (const [path, extra] of [
        ['rating', { rating: 1 }],
        ['reopen', { reason: 'Tôi chưa đồng ý với kết quả giải quyết.' }],
      ] as const) {
        const right = await t.call(null, 'POST', `/api/public/v1/track/${code}/${path}`, {
          contact: CANARY.phone,
          ...extra,
        });
        const wrong = await t.call(null, 'POST', `/api/public/v1/track/${code}/${path}`, {
          contact: '0987000111',
          ...extra,
        });
        expect(right.statusCode).toBe(wrong.statusCode);
        expect({ ...right.json(), requestId: '' }).toEqual({ ...wrong.json(), requestId: '' });
      }
      // The portal's own forms for the same: the canary's phone answers exactly like a wrong one.
      if (code === planted.codes[0])
        for (const path of [`/tra-cuu/${code}/danh-gia`, `/tra-cuu/${code}/xem-xet-lai`]) {
          const form = (contact: string) =>
            t.call(
              null,
              'POST',
              path,
              new URLSearchParams({
                contact,
                rating: '1',
                reason: 'Tôi chưa đồng ý với kết quả giải quyết.',
              }).toString(),
              { 'content-type': 'application/x-www-form-urlencoded' },
            );
          const [right, wrong] = [await form(CANARY.phone), await form('0987000111')];
          assertClean(right, `portal ${path}`, planted, true, path);
          expect(right.statusCode).toBe(wrong.statusCode);
          expect(right.body).toBe(wrong.body);
        }
      // A personal-data request's status: the canary's phone answers exactly like a wrong one.
      const status = (contact: string) =>
        t.call(null, 'POST', '/api/public/v1/privacy-requests/YC-0000/status', {
          trackingCode: code,
          contact,
        });
      const [right, wrong] = [await status(CANARY.phone), await status('0987000111')];
      expect(right.statusCode).toBe(wrong.statusCode);
      expect({ ...right.json(), requestId: '' }).toEqual({ ...wrong.json(), requestId: '' });
    }
    // Lost codes: the canary's phone (and ID number) get the same page as an unknown contact.
    const recover = (contact: string) =>
      t.call(null, 'POST', '/tra-cuu/khoi-phuc', new URLSearchParams({ contact }).toString(), {
        'content-type': 'application/x-www-form-urlencoded',
      });
    const [known, unknown] = [await recover(CANARY.phone), await recover('0987000111')];
    assertClean(known, 'portal recover', planted, true);
    expect(known.statusCode).toBe(unknown.statusCode);
    expect(known.body).toBe(unknown.body);
  }, 900_000);

  it('records every reveal attempt and identity match, and the admin log lists them without the identity', async () => {
    const admin = await t.login('admin');
    const res = await t.call(admin, 'GET', '/api/v1/admin/identity-accesses');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{
      outcome: string;
      trackingCode: string;
      actorName: string;
      purpose: string;
    }>;
    expect(
      items.some(
        (i) =>
          i.outcome === 'allowed' &&
          i.actorName === 'chutich.thanhphuoc' &&
          i.trackingCode === planted.codes[0],
      ),
    ).toBe(true);
    expect(items.some((i) => i.outcome === 'refused' && i.actorName === 'tiepdan.thanhphuoc')).toBe(
      true,
    );
    expect(
      items
        .filter((i) => i.outcome === 'matched' && i.actorName === 'chutich.thanhphuoc')
        .map((i) => i.trackingCode)
        .sort(),
    ).toEqual([...planted.codes].sort());
    expect((await t.call(desk, 'GET', '/api/v1/admin/identity-accesses')).statusCode).toBe(404);
  });

  it('has no canary in the database files (SQLite file, PostgreSQL dump)', async () => {
    let dump: string;
    if (engine === 'sqlite') {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(t.db.ctx.db);
      const file = t.db.handle.file!;
      dump = [file, `${file}-wal`]
        .filter((f) => fs.existsSync(f))
        .map((f) => fs.readFileSync(f).toString('latin1'))
        .join('\n');
      dump = Buffer.from(dump, 'latin1').toString('utf8');
    } else {
      dump = execFileSync('pg_dump', ['--no-owner', t.db.databaseUrl!], {
        maxBuffer: 512 * 1024 * 1024,
      }).toString('utf8');
    }
    expect(dump.length).toBeGreaterThan(10_000);
    expect(dump).toContain(planted.codes[0]);
    const lower = dump.toLowerCase();
    for (const n of NEEDLES)
      expect(lower.includes(n.toLowerCase()), `database holds "${n}"`).toBe(false);
  });

  it('does not suggest the sealed denunciation "because of the same identity" when the same person later files a named petition', async () => {
    const res = await t.call(desk, 'POST', '/api/v1/petitions', {
      unitCode: '27877',
      kinds: ['recommendation'],
      channel: 'post',
      topicCode: 'infrastructure',
      title: 'Kiến nghị sửa cống thoát nước ấp 4',
      content: 'Cống thoát nước trước nhà văn hoá ấp 4 bị vỡ, nước tràn ra đường.',
      petitioners: [
        { fullName: 'Người Khác', phone: CANARY.phone, identityNumber: CANARY.identityNumber },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const named = res.json();
    expect(named.duplicateCheck).toBe('pending');
    await whenDuplicatesScored(t.db.ctx);
    const view = (await t.call(desk, 'GET', `/api/v1/petitions/${named.cases[0].id}`)).json();
    for (const d of view.duplicateSuggestions as Array<{ id: string }>)
      expect(planted.ids).not.toContain(d.id);
  });
});
