import fs from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import { STATUS_BY_CODE, errorHandler } from '../../src/http/problem.js';
import { PETITION_ERROR_CODES } from '../../src/domain/petition/errors.js';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'web' ? [] : sourceFiles(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Every error code the server can throw: literal codes at `new XError('code'` and the declared code unions. */
function thrownCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new [A-Za-z]*Error\(\s*'([a-z_]+)'/g))
      codes.set(m[1]!, path.relative(SRC, file));
    // Declared unions of codes (`export type XErrorCode = | 'a' | 'b'`).
    for (const m of text.matchAll(/export type [A-Za-z]*ErrorCode\s*=([^;]+);/g)) {
      for (const c of m[1]!.matchAll(/'([a-z_]+)'/g)) codes.set(c[1]!, path.relative(SRC, file));
    }
  }
  for (const c of PETITION_ERROR_CODES) codes.set(c, 'domain/petition/errors.ts');
  return codes;
}

describe('error codes', () => {
  it('every code thrown in src/ has an HTTP status (an unmapped code would be answered 500)', () => {
    const codes = thrownCodes();
    expect(codes.size).toBeGreaterThan(10);
    const unmapped = [...codes]
      .filter(([code]) => STATUS_BY_CODE[code] === undefined)
      .map(([code, file]) => `${code} (${file})`);
    expect(unmapped).toEqual([]);
  });

  it('answers an unmapped code 500 (a bug), a mapped one with its status', async () => {
    const app = Fastify({ logger: false });
    app.setErrorHandler(errorHandler);
    app.get('/unmapped', async () => {
      throw new DomainError('made_up_code', 'x', 'x');
    });
    app.get('/mapped', async () => {
      throw new DomainError('conflict', 'Xung đột', 'Conflict');
    });
    const unmapped = await app.inject({ method: 'GET', url: '/unmapped' });
    expect(unmapped.statusCode).toBe(500);
    expect(unmapped.json()).toMatchObject({ code: 'internal_error' });
    const mapped = await app.inject({ method: 'GET', url: '/mapped' });
    expect(mapped.statusCode).toBe(409);
    expect(mapped.headers['content-type']).toMatch(/application\/problem\+json/);
    await app.close();
  });
});
