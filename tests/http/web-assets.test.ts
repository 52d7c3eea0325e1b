/**
 * The workspace's files (issue 17): content-named files under assets/ are cached for good
 * (immutable, a year), other files for an hour, the single-page shell never without asking;
 * pre-compressed copies are sent to browsers that accept them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/http/app.js';
import { createTestDb } from '../helpers/engines.js';

describe('workspace files', () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-web-'));
  afterAll(() => fs.rmSync(webDir, { recursive: true, force: true }));

  it('caches hashed assets for good, the rest for an hour, the shell not at all', async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Dân Vận</title>');
    fs.writeFileSync(path.join(webDir, 'preload.js'), 'void 0;');
    const js = 'export const a = 1;\n'.repeat(200);
    fs.writeFileSync(path.join(webDir, 'assets', 'index-AbC123.js'), js);
    fs.writeFileSync(
      path.join(webDir, 'assets', 'index-AbC123.js.br'),
      zlib.brotliCompressSync(js),
    );
    const db = await createTestDb('sqlite');
    const app = await buildApp({
      ctx: db.ctx,
      config: loadConfig({ DANVAN_DATA_DIR: db.dataDir }),
      webDir,
      logger: false,
    });
    try {
      const asset = await app.inject({
        method: 'GET',
        url: '/app/assets/index-AbC123.js',
        headers: { 'accept-encoding': 'br, gzip' },
      });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(asset.rawPayload).toString()).toBe(js);

      const preload = await app.inject({ method: 'GET', url: '/app/preload.js' });
      expect(preload.statusCode).toBe(200);
      expect(preload.headers['cache-control']).toBe('public, max-age=3600');

      const shell = await app.inject({ method: 'GET', url: '/app/queue' });
      expect(shell.statusCode).toBe(200);
      expect(shell.headers['cache-control']).toBe('no-cache');
      expect(shell.body).toContain('Dân Vận');

      const missing = await app.inject({ method: 'GET', url: '/app/assets/nope-000.js' });
      expect(missing.headers['cache-control'] ?? '').not.toContain('immutable');
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
