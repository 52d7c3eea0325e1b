import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_COLUMNS } from '../../src/queries/reports/form-columns.js';
import { XLSX_FIRST_DATA_ROW } from '../../src/queries/reports/export-xlsx.js';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { SummaryReportSchema } from '../../src/http/reports/schemas.js';
import { resolvePeriod } from '../../src/queries/reports/report-access.js';
import { computeSummary } from '../../src/queries/reports/summary-report.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const ARTICLE = '/api/v1/reports/summary?unit=800&from=2019-01-01&to=2019-10-18';
const col = (label: string) => 4 + FORM_COLUMNS.findIndex((c) => c.label.vi === label);

describe.each(ENGINES)('reports (%s)', (engine) => {
  let t: TestApp;
  let head: Session;
  beforeAll(async () => {
    t = await createTestApp(engine); // the demo loader replays the article's 71 petitions through the commands
    head = await t.login('chutich.thanhhoa');
  }, 120_000);
  afterAll(async () => t?.close());

  it('tells clients the data is the demo scenario', async () => {
    const res = await t.call(null, 'GET', '/api/public/v1/system');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', demo: true });
  });

  it('shows the article: 71 received, 59 resolved (83.1%), 12 under verification on 18/10/2019', async () => {
    const res = await t.call(head, 'GET', ARTICLE);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.unit).toEqual({ code: '800', name: 'Huyện Thạnh Hóa' });
    expect(r.total).toMatchObject({
      carriedOver: 0,
      newReceived: 71,
      total: 71,
      eligible: 71,
      resolutionRate: 83.1,
    });
    expect(r.total.byStatus).toEqual({
      resolved: 59,
      inProgress: 12,
      notResolved: 0,
      endedWithoutResult: 0,
    });
    expect(r.total.byKind.complaint + r.total.byKind.denunciation).toBe(71);
    expect(r.total.oneSignatory + r.total.manySignatories).toBe(71);
    const results = r.total.results as Record<string, number>;
    expect(Object.values(results).reduce((a, b) => a + b, 0)).toBe(59);
    expect(r.byTopic.reduce((a: number, x: { count: number }) => a + x.count, 0)).toBe(71);
    // Historical structure: the district's 11 communes of 2019, adding up to the district.
    const communes = r.rows.filter((x: { depth: number }) => x.depth === 1);
    expect(communes).toHaveLength(11);
    expect(
      communes.reduce((a: number, x: { counters: { total: number } }) => a + x.counters.total, 0),
    ).toBe(71);
    expect(communes.map((x: { code: string }) => x.code)).toContain('27874');
  });

  // The worker thread runs on SQLite; PostgreSQL cancels the statement itself (statement_timeout),
  // which a 1 ms limit cannot trigger reliably on a small database.
  it.runIf(engine === 'sqlite')(
    'stops a report that overruns its time limit with a clean 503, and the next one works',
    async () => {
      process.env.DANVAN_REPORT_TIMEOUT_SECONDS = '0.001';
      try {
        // A period nobody asked for yet: a stored result of a closed period (ARTICLE, asked above)
        // comes back fast enough to beat even a 1 ms limit now and then.
        const res = await t.call(
          head,
          'GET',
          ARTICLE.replace('from=2019-01-01', 'from=2019-01-02'),
        );
        expect(res.statusCode).toBe(503);
        expect(res.json()).toMatchObject({ code: 'report_timeout' });
        expect(res.json().message.vi).toContain('quá nhiều thời gian');
      } finally {
        delete process.env.DANVAN_REPORT_TIMEOUT_SECONDS;
      }
      const again = await t.call(head, 'GET', ARTICLE);
      expect(again.statusCode).toBe(200);
      expect(again.json().total.newReceived).toBe(71);
    },
  );

  it('answers a stored closed period with the bytes the response serialiser makes of the computed report (decision 0020-h21d)', async () => {
    const url = '/api/v1/reports/summary?from=2019-01-01&to=2019-09-30';
    // The bytes the route sent before it kept them: the zod serialiser over a freshly computed report.
    const period = await resolvePeriod(t.db.ctx, { from: '2019-01-01', to: '2019-09-30' });
    const computed = await computeSummary(t.db.ctx.db, {
      unitCode: null,
      period,
      structure: 'historical',
      today: t.db.ctx.clock.today(),
    });
    const serialise = serializerCompiler({
      schema: SummaryReportSchema,
      method: 'GET',
      url: '/api/v1/reports/summary',
    });
    const expected = serialise(computed);
    const admin = await t.login('admin');
    const first = await t.call(admin, 'GET', url); // computed, then stored
    const second = await t.call(admin, 'GET', url); // read from storage, serialised once
    const third = await t.call(admin, 'GET', url); // the same bytes kept
    for (const res of [first, second, third]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.body).toBe(expected);
    }
    expect(JSON.parse(expected).rows.length).toBeGreaterThan(10);
    // The stored result is read on the request's own connection, not in the worker: even a 1 ms
    // limit cannot stop it.
    process.env.DANVAN_REPORT_TIMEOUT_SECONDS = '0.001';
    try {
      const stored = await t.call(admin, 'GET', url);
      expect(stored.statusCode).toBe(200);
      expect(stored.body).toBe(expected);
      // Scope is checked before storage is read: the district's chair still cannot read Hà Nội.
      const other = await t.call(head, 'GET', `${url}&unit=01`);
      expect(other.statusCode).toBe(404);
    } finally {
      delete process.env.DANVAN_REPORT_TIMEOUT_SECONDS;
    }
  });

  it('lays the totals out as form Biểu 01/XLD is published, with its identities (issue 12 item 11)', async () => {
    const f = (await t.call(head, 'GET', ARTICLE)).json().total.form;
    // 71 petitions received in the period, none carried over; every one eligible and accepted.
    expect(f.c1).toBe(71);
    expect(f.c1).toBe(f.c2 + f.c3 + f.c4 + f.c5 + f.c6 + f.c7);
    expect(f.c5 + f.c6 + f.c7).toBe(0);
    expect(f.c9).toBe(71);
    expect(f.c9).toBe(f.c11 + f.c12 + f.c13);
    expect(f.c9).toBe(f.c14 + f.c15 + f.c16 + f.c17);
    expect(f.c9).toBe(f.c18 + f.c22);
    expect(f.c18).toBe(f.c19 + f.c20 + f.c21);
    expect(f.c22).toBe(f.c23 + f.c24 + f.c25);
    // 59 resolved: first-time decisions plus the demo's second complaints; 12 under verification.
    expect(f.c14 + f.c15).toBe(59);
    expect(f.c15).toBeGreaterThan(0);
    expect(f.c16).toBe(12);
    expect(f.c17).toBe(0);
  });

  it('judges status as of the period end: a case decided later counts as in progress', async () => {
    const r = (
      await t.call(head, 'GET', '/api/v1/reports/summary?unit=800&from=2019-01-01&to=2019-06-30')
    ).json();
    const s = r.total.byStatus;
    expect(r.total.total).toBeLessThan(71);
    expect(s.resolved + s.inProgress + s.notResolved + s.endedWithoutResult).toBe(r.total.total);
    expect(s.inProgress).toBeGreaterThan(0);
    // The next period carries the open ones over.
    const next = (
      await t.call(head, 'GET', '/api/v1/reports/summary?unit=800&from=2019-07-01&to=2019-10-18')
    ).json();
    expect(next.total.carriedOver).toBe(s.inProgress + s.notResolved);
    expect(next.total.carriedOver + next.total.newReceived).toBe(next.total.total);
  });

  it('groups the same cases by the current structure: the four 2025 communes', async () => {
    const r = (await t.call(head, 'GET', `${ARTICLE}&structure=current`)).json();
    const rows = r.rows.filter((x: { depth: number }) => x.depth === 1);
    expect(rows.map((x: { code: string }) => x.code).sort()).toEqual([
      '27865',
      '27868',
      '27877',
      '27889',
    ]);
    expect(
      rows.reduce((a: number, x: { counters: { total: number } }) => a + x.counters.total, 0),
    ).toBe(71);
    expect(r.total.byStatus.resolved).toBe(59);
    // And the other way round: today's Xã Thạnh Phước sees its predecessors' 2019 cases.
    const thanhPhuoc = rows.find((x: { code: string }) => x.code === '27877').counters.total;
    const chair = await t.login('chutich.thanhphuoc');
    const own = (
      await t.call(
        chair,
        'GET',
        '/api/v1/reports/summary?unit=27877&from=2019-01-01&to=2019-10-18&structure=current',
      )
    ).json();
    expect(own.total.total).toBe(thanhPhuoc);
    expect(own.unit.name).toBe('Xã Thạnh Phước');
  });

  it('exports an .xlsx laid out like the form, with the same numbers', async () => {
    const res = await t.call(head, 'GET', ARTICLE.replace('summary?', 'summary.xlsx?'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const total = ws.getRow(XLSX_FIRST_DATA_ROW);
    expect(total.getCell(1).value).toBe('Tổng');
    expect(total.getCell(col('Tổng số đơn')).value).toBe(71);
    expect(
      Number(total.getCell(col('Đã giải quyết lần đầu')).value) +
        Number(total.getCell(col('Đã giải quyết lần hai')).value),
    ).toBe(59);
    // The published row of column numbers (MS) sits above the data.
    expect(ws.getRow(XLSX_FIRST_DATA_ROW - 1).getCell(col('Số vụ việc')).value).toBe('10');
    expect(total.getCell(col('Đang giải quyết')).value).toBe(12);
    expect(total.getCell(col('Tỷ lệ giải quyết (%)')).value).toBe(83.1);
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(
      expect.arrayContaining([
        'NGƯỜI LẬP BIỂU',
        'THỦ TRƯỞNG ĐƠN VỊ',
        'Biểu số 01/XLD',
        'Phân loại theo nội dung',
      ]),
    );
    // Official: Times New Roman everywhere, a Vietnamese-only title, no standard-period note on a custom range.
    const fonts = new Set<string | undefined>();
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) => row.eachCell((c) => fonts.add(c.font?.name)));
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(String(ws.getCell(3, 1).value)).not.toMatch(/[()]|Summary|Report/);
    expect(texts.some((x) => x.startsWith('Căn cứ kỳ báo cáo'))).toBe(false);
    const detail = wb.worksheets[1]!;
    const longest = Math.max(
      ...Array.from(detail.getColumn(1).values as unknown[], (v) =>
        typeof v === 'string' ? v.length : 0,
      ),
    );
    expect(detail.getColumn(1).width!).toBeGreaterThanOrEqual(longest);
    expect(texts.some((x) => x.includes('01/01/2019') && x.includes('18/10/2019'))).toBe(true);
    expect(
      Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).length,
    ).toBeGreaterThan(5);
  });

  it('exports a CSV for Excel (UTF-8 BOM) with the same numbers', async () => {
    const res = await t.call(head, 'GET', ARTICLE.replace('summary?', 'summary.csv?'));
    expect(res.statusCode).toBe(200);
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    const split = (line: string) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
        .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
        .slice(0, -1);
    // A plain table by default: the header row first.
    const header = split(lines[0]!);
    expect(header.slice(0, 3)).toEqual(['STT', 'Mã đơn vị', 'Đơn vị']);
    const totalLine = split(lines[1]!);
    expect(totalLine[0]).toBe('Tổng');
    const at = (h: string) => Number(totalLine[header.indexOf(h)]);
    expect(
      at('(14) Phân loại theo tình trạng giải quyết - Đã giải quyết lần đầu') +
        at('(15) Phân loại theo tình trạng giải quyết - Đã giải quyết lần hai'),
    ).toBe(59);
    expect(totalLine[header.indexOf('(1) Tổng số đơn')]).toBe('71');
    const titled = (
      await t.call(head, 'GET', `${ARTICLE.replace('summary?', 'summary.csv?')}&layout=titled`)
    ).rawPayload
      .subarray(3)
      .toString('utf8')
      .split('\r\n');
    expect(titled[0]).toContain('01/XLD');
    expect(split(titled[2]!).slice(0, 3)).toEqual(['STT', 'Mã đơn vị', 'Đơn vị']);
  });

  it('lists the periods of a year and accepts period ids', async () => {
    const res = await t.call(head, 'GET', '/api/v1/reports/periods?year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.find((p: { id: string }) => p.id === 'q1-2026')).toMatchObject({
      from: '2025-12-15',
      to: '2026-03-14',
    });
    const q = await t.call(head, 'GET', '/api/v1/reports/summary?unit=800&period=q3-2019');
    expect(q.statusCode).toBe(200);
    expect(q.json().period).toMatchObject({ from: '2019-06-15', to: '2019-09-14' });
    expect(
      (await t.call(head, 'GET', '/api/v1/reports/summary?unit=800&period=q9-2019')).statusCode,
    ).toBe(400);
  });

  it('serves dashboard data, with the per-officer breakdown for a head', async () => {
    const res = await t.call(head, 'GET', '/api/v1/reports/dashboard?unit=800&to=2019-10-18');
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.trend).toHaveLength(12);
    expect(
      d.trend.reduce((a: number, m: { received: number }) => a + m.received, 0),
    ).toBeGreaterThan(0);
    expect(Array.isArray(d.byOfficer)).toBe(true);
  });

  it('publishes statistics without personal data, small cells suppressed', async () => {
    const res = await t.call(
      null,
      'GET',
      '/api/public/v1/statistics?unit=800&from=2019-01-01&to=2019-10-18',
    );
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.received).toBe(71);
    expect(s.byStatus).toEqual({ resolved: 59, inProgress: 12, other: 0 });
    expect(s.resolutionRate).toBe(83.1);
    const counts = s.byChannel.map((c: { count: number | string }) => c.count);
    expect(
      counts.every(
        (c: number | string) => c === '<3' || c === 0 || (typeof c === 'number' && c >= 3),
      ),
    ).toBe(true);
    expect(res.body).not.toMatch(/000\d{9}/); // no identity numbers
    expect(
      (
        await t.call(
          null,
          'GET',
          '/api/public/v1/statistics?unit=99999&from=2019-01-01&to=2019-10-18',
        )
      ).statusCode,
    ).toBe(404);
  });

  it('answers 404 to an outsider, for every report endpoint', async () => {
    const outsider = await t.login('diachinh.tantay');
    for (const url of [
      ARTICLE,
      ARTICLE.replace('summary?', 'summary.xlsx?'),
      ARTICLE.replace('summary?', 'summary.csv?'),
      '/api/v1/reports/dashboard?unit=800',
    ]) {
      const res = await t.call(outsider, 'GET', url);
      expect(res.statusCode, url).toBe(404);
    }
    expect((await t.call(null, 'GET', ARTICLE)).statusCode).toBe(401);
  });
});
