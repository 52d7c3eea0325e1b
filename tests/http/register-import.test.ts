import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app.js';

const SAMPLES = path.resolve(import.meta.dirname, '..', '..', 'resources', 'samples');
const XLSX = 'so-tiep-cong-dan-MAU.xlsx';
const CSV = 'so-theo-doi-don-thu-MAU.csv';
const BAD = 'so-theo-doi-don-thu-LOI-MAU.csv';

function form(fileName: string, bytes: Buffer, fields: Record<string, string>) {
  const boundary = `----danvan${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    body: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe.each(ENGINES)('legacy register import (%s)', (engine) => {
  let t: TestApp;
  let head: Session;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units', today: '2026-06-30' });
    head = await t.login('chutich.thanhphuoc');
    admin = await t.login('admin');
  }, 120_000);
  afterAll(async () => t?.close());

  const db = () => t.db.ctx.db;
  const count = async (
    table:
      | 'petitions'
      | 'audit_events'
      | 'petition_import_sources'
      | 'sealed_identities'
      | 'petitioners'
      | 'outbox'
      | 'notifications',
  ) =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => ({
    petitions: await count('petitions'),
    audit: await count('audit_events'),
    sources: await count('petition_import_sources'),
    sealed: await count('sealed_identities'),
    petitioners: await count('petitioners'),
    outbox: await count('outbox'),
    notifications: await count('notifications'),
  });
  const send = (as: Session, file: string, fields: Record<string, string>) => {
    const f = form(file, fs.readFileSync(path.join(SAMPLES, file)), fields);
    return t.call(as, 'POST', '/api/v1/admin/imports', f.body, f.headers);
  };

  it('previews a sample register without writing anything', async () => {
    const before = await counts();
    const res = await send(head, CSV, { unitCode: '27877', dryRun: 'true' });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({
      read: 40,
      added: 40,
      skipped: 0,
      errors: 0,
      dryRun: true,
      format: 'csv',
    });
    expect(r.titleLines[0]).toMatch(/MẪU/);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Denouncers are never shown in the preview.
    const denunciations = r.rows.filter((x: { kind: string }) => x.kind === 'denunciation');
    expect(denunciations.length).toBeGreaterThan(0);
    for (const d of denunciations) expect(d.petitioner).toMatch(/bí mật/);
    // Open rows show the processing deadline they would get.
    const open = r.rows.filter((x: { status: string }) => x.status === 'received');
    expect(open.length).toBe(8);
    for (const o of open) expect(o.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await counts()).toEqual(before);
  });

  it('imports both samples, sealing denouncers, computing deadlines, recording source and audit', async () => {
    const before = await counts();
    for (const file of [XLSX, CSV]) {
      const preview = (await send(head, file, { unitCode: '27877', dryRun: 'true' })).json();
      const res = await send(head, file, {
        unitCode: '27877',
        dryRun: 'false',
        expectedSha256: preview.sha256,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ read: 40, added: 40, skipped: 0, errors: 0 });
    }
    const after = await counts();
    expect(after.petitions - before.petitions).toBe(80);
    expect(after.sources - before.sources).toBe(80);
    // One petition.submitted (intake) + one petition.imported per case, one batch event per file.
    expect(after.audit - before.audit).toBe(80 * 2 + 2);
    // Old cases notify nobody: no messages to citizens, no hand-off notifications.
    expect(after.outbox).toBe(before.outbox);
    expect(after.notifications).toBe(before.notifications);

    const imported = await db()
      .selectFrom('petitions')
      .innerJoin('petition_import_sources as s', 's.petition_id', 'petitions.id')
      .select([
        'petitions.id',
        'kind',
        'status',
        'sealed',
        'due_on',
        'received_on',
        'result',
        'closed_on',
        's.file_name',
        's.row_number',
        's.row_key',
      ])
      .execute();
    expect(imported).toHaveLength(80);
    // Denunciations: identity sealed exactly as intake seals it (no clear petitioner rows).
    const den = imported.filter((p) => p.kind === 'denunciation');
    expect(den.length).toBe(8);
    for (const d of den) {
      expect(d.sealed).toBe(1);
      expect(
        await db().selectFrom('petitioners').select('id').where('petition_id', '=', d.id).execute(),
      ).toHaveLength(0);
      const s = await db()
        .selectFrom('sealed_identities')
        .select(['full_name'])
        .where('petition_id', '=', d.id)
        .executeTakeFirstOrThrow();
      expect(s.full_name).toMatch(/^s1\./);
    }
    // Open cases: a processing deadline computed on the legal calendar, after receipt.
    const open = imported.filter((p) => p.status === 'received');
    expect(open.length).toBe(16);
    for (const o of open) {
      expect(o.due_on).toBeTruthy();
      expect(o.due_on! > o.received_on).toBe(true);
      const dl = await db()
        .selectFrom('petition_deadlines')
        .select(['step', 'state', 'rule_id'])
        .where('petition_id', '=', o.id)
        .where('state', '=', 'open')
        .execute();
      expect(dl.some((d) => d.step === 'process' && d.rule_id)).toBe(true);
    }
    // Resolved rows: final status, result and resolution date, no deadline left open.
    const closed = imported.filter((p) => p.status === 'closed');
    expect(closed.length).toBe(64);
    for (const c of closed) {
      expect(c.result).toBeTruthy();
      expect(c.closed_on! >= c.received_on).toBe(true);
      expect(c.due_on).toBeNull();
    }
    const firstRow = imported.find((p) => p.file_name === XLSX && p.row_number === 9);
    expect(firstRow?.row_key).toMatch(/^[0-9a-f]{64}$/);
    const audit = await db()
      .selectFrom('audit_events')
      .select(['payload'])
      .where('event_type', '=', 'petition.imported')
      .where('entity_id', '=', firstRow!.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.payload)).toMatchObject({ fileName: XLSX, row: 9 });
    // Never personal data in the audit trail.
    expect(audit.payload).not.toMatch(/ấp|09\d{8}/);
  });

  it('a second run adds nothing and counts the skipped rows', async () => {
    const before = await counts();
    const preview = (await send(admin, CSV, { unitCode: '27877', dryRun: 'true' })).json();
    expect(preview).toMatchObject({ read: 40, added: 0, skipped: 40, errors: 0 });
    const res = await send(admin, CSV, {
      unitCode: '27877',
      dryRun: 'false',
      expectedSha256: preview.sha256,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ added: 0, skipped: 40 });
    const after = await counts();
    expect(after.petitions).toBe(before.petitions);
    expect(after.audit).toBe(before.audit + 1); // the batch only
  });

  it('the bad register: per-row errors with row numbers, and nothing written on confirm', async () => {
    const before = await counts();
    const preview = await send(head, BAD, { unitCode: '27877', dryRun: 'true' });
    expect(preview.statusCode, preview.body).toBe(200);
    const r = preview.json();
    expect(r).toMatchObject({ read: 8, added: 1, errors: 7 });
    const codes = Object.fromEntries(
      r.rows.map((x: { row: number; problems: Array<{ code: string }> }) => [
        x.row,
        x.problems.map((p) => p.code),
      ]),
    );
    expect(codes).toMatchObject({
      3: [],
      4: ['bad_date'],
      5: ['bad_date'],
      6: ['missing_content'],
      7: ['unknown_kind'],
      8: ['unknown_unit'],
      9: ['resolved_before_received'],
      10: ['missing_date'],
    });
    const p = r.rows.find((x: { row: number }) => x.row === 4).problems[0];
    expect(p.vi).toContain('31/02/2025');
    expect(p.en).toContain('not a valid date');
    const res = await send(head, BAD, {
      unitCode: '27877',
      dryRun: 'false',
      expectedSha256: r.sha256,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'register_rows_invalid' });
    expect(res.json().details.rows).toHaveLength(7);
    expect(await counts()).toEqual(before);
  });

  it('a confirm must carry the previewed file’s hash; another file is refused (409)', async () => {
    const before = await counts();
    const missing = await send(head, BAD, { unitCode: '27877', dryRun: 'false' });
    expect(missing.statusCode).toBe(400);
    const other = await send(head, XLSX, {
      unitCode: '27877',
      dryRun: 'false',
      expectedSha256: 'a'.repeat(64),
    });
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('register_file_changed');
    const junk = form('notes.pdf', Buffer.from('%PDF-1.4'), { unitCode: '27877' });
    const pdf = await t.call(head, 'POST', '/api/v1/admin/imports', junk.body, junk.headers);
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json().code).toBe('register_unsupported_type');
    expect(await counts()).toEqual(before);
  });

  it('refuses other roles (403) and units outside the head’s scope (404)', async () => {
    const reception = await t.login('tiepdan.thanhphuoc');
    const before = await counts();
    const r1 = await send(reception, CSV, { unitCode: '27877', dryRun: 'true' });
    expect(r1.statusCode).toBe(403);
    const other = await send(head, CSV, { unitCode: '27865', dryRun: 'true' });
    expect(other.statusCode).toBe(404);
    const anon = form(CSV, fs.readFileSync(path.join(SAMPLES, CSV)), { unitCode: '27877' });
    const r3 = await t.call(null, 'POST', '/api/v1/admin/imports', anon.body, anon.headers);
    expect(r3.statusCode).toBe(401);
    expect(await counts()).toEqual(before);
  });
});
