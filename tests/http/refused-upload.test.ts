/**
 * A refused upload never stalls the connection: a citizen attaching five 300 KB photos (the portal
 * takes three) gets the 413 page at once, and the next request on the same keep-alive connection
 * is answered at once too (before the fix it waited 73 s for the unread rest of the body).
 * HTTP-level behaviour over a real socket; the engine plays no part, so SQLite only.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

interface Answer {
  status: number;
  ms: number;
  body: string;
  connection: string | undefined;
}

function send(
  agent: http.Agent,
  port: number,
  method: string,
  path: string,
  body?: Buffer,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            ms: performance.now() - t0,
            body: text,
            connection: res.headers.connection,
          }),
        );
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error('timed out after 20 s')));
    req.on('error', reject);
    req.end(body);
  });
}

function portalForm(files: number, fileBytes: number): { body: Buffer; type: string } {
  const b = 'refusedUploadBoundary';
  const parts: Buffer[] = [];
  const fields = {
    kind: 'feedback',
    unitCode: '27877',
    title: 'Đèn đường hỏng',
    content: 'Đèn đường ấp 3 không sáng từ tuần trước.',
    fullName: 'Trần Thị Mẫu',
    phone: '0909555001',
    consent: 'yes',
    idempotencyKey: 'refused-upload-0001',
  };
  for (const [k, v] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
  for (let i = 0; i < files; i++)
    parts.push(
      Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="files"; filename="anh-${i}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      Buffer.alloc(fileBytes, 0x41),
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${b}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${b}` };
}

describe('a refused upload never stalls the connection (sqlite, real socket)', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { world: 'units' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as { port: number }).port;
  }, 180_000);
  afterAll(async () => t?.close());

  it('five 300 KB photos: 413 page at once, then the next request on a keep-alive agent at once', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const form = portalForm(5, 300_000);
      const refused = await send(agent, port, 'POST', '/gui-don', form.body, {
        'content-type': form.type,
      });
      expect(refused.status).toBe(413);
      expect(refused.body).toContain('tối đa 3 tệp');
      // The server closes a connection whose body it did not read, so nothing waits behind it.
      expect(refused.connection).toBe('close');
      const next = await send(agent, port, 'GET', '/livez');
      expect(next.status).toBe(200);
      // A stall would end in the 20 s socket timeout above and fail the request.
    } finally {
      agent.destroy();
    }
  }, 60_000);

  it('a body read in full keeps the connection alive', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const ok = await send(agent, port, 'GET', '/livez');
      expect(ok.connection).toBe('keep-alive');
    } finally {
      agent.destroy();
    }
  });
});
