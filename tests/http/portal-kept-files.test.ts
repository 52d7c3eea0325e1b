/**
 * Portal form: a file attached to a submission that fails validation is kept on the server for
 * that attempt, the corrected form lists it (ticked) and says so, and it is filed with the petition
 * once the form is sent again without choosing the file a second time. Unticked files are dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const boundary = '----keptfiles';
const citizen = {
  kind: 'feedback',
  unitCode: '27877',
  topicCode: 'infrastructure',
  title: 'Cột điện nghiêng ấp 6',
  content: 'Cột điện đầu ấp 6 bị nghiêng sau cơn mưa, có nguy cơ đổ.',
  location: 'Ấp 6',
  fullName: 'Nguyễn Thị Thử',
  phone: '0909 555 666',
  email: '',
  address: '',
  identityNumber: '',
  consent: 'yes',
};

/** A multipart body: fields (repeated names allowed) and text files. */
function multipart(fields: Array<[string, string]>, files: Array<[string, string]>): Buffer {
  const parts = fields.map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const fileParts = files.map(
    ([name, body]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${body}\r\n`,
  );
  return Buffer.from(`${parts.join('')}${fileParts.join('')}--${boundary}--\r\n`);
}

describe.each(ENGINES)('portal form keeps attachments across a validation error (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
  }, 180_000);
  afterAll(async () => t?.close());

  const post = (fields: Array<[string, string]>, files: Array<[string, string]>, lang = '') =>
    t.call(null, 'POST', `${lang}/gui-don`, multipart(fields, files), {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });

  it('keeps the photo when the consent box was forgotten, then files it with the petition', async () => {
    const key = 'kept-files-key-0001';
    const base = Object.entries({ ...citizen, idempotencyKey: key });
    const first = await post(
      base.filter(([k]) => k !== 'consent'),
      [
        ['cot-dien.txt', 'Ảnh cột điện (mô tả).'],
        ['ghi-chu.txt', 'Ghi chú thêm.'],
      ],
    );
    expect(first.statusCode).toBe(400);
    expect(first.body).toContain('Tệp đính kèm (2) vẫn được giữ lại');
    expect(first.body).toContain('cot-dien.txt');
    expect(first.body).toMatch(/name="keep" value="0" checked/);
    expect(first.body).toContain(`name="idempotencyKey" value="${key}"`);

    // Sent again with consent, no file chosen, the second kept file unticked.
    const second = await post([...base, ['keep', '0']], []);
    expect(second.statusCode).toBe(201);
    const code = /id="tracking-code"[^>]*>([0-9A-Z-]{12})</.exec(second.body)![1]!;
    const p = await t.db.ctx.db
      .selectFrom('petitions')
      .select('id')
      .where('tracking_code', '=', code)
      .executeTakeFirstOrThrow();
    const files = await t.db.ctx.db
      .selectFrom('attachments')
      .select('file_name')
      .where('petition_id', '=', p.id)
      .execute();
    expect(files.map((f) => f.file_name)).toEqual(['cot-dien.txt']);
  });

  it('says so in English too, and a new attempt key starts with nothing kept', async () => {
    const first = await post(
      Object.entries({ ...citizen, title: 'x', idempotencyKey: 'kept-files-key-0002' }),
      [['a.txt', 'Nội dung tệp.']],
      '/en',
    );
    expect(first.statusCode).toBe(400);
    expect(first.body).toContain('Your attachments (1) have been kept');
    const other = await post(
      Object.entries({ ...citizen, title: 'y', idempotencyKey: 'kept-files-key-0003' }),
      [],
    );
    expect(other.statusCode).toBe(400);
    expect(other.body).not.toContain('name="keep"');
  });
});
