import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { REPO_ROOT } from './runtime.js';

export const WEB_DIST = path.join(REPO_ROOT, 'dist/web');
const WEB_SRC = path.join(REPO_ROOT, 'src/web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const m = fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

/** Builds the web app with Vite when dist/web is missing or older than its sources. */
export function buildWebIfNeeded(log: (s: string) => void = console.log, force = false): void {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(WEB_SRC)) return;
  if (!force && fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestMtime(WEB_SRC)) return;
  log('Đang xây dựng giao diện web… / Building the web app…');
  const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  const res = spawnSync(
    process.execPath,
    [vite, 'build', '--config', path.join(WEB_SRC, 'vite.config.ts'), '--logLevel', 'warn'],
    { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (res.status !== 0) throw new Error('The web build failed (vite build).');
  precompress(WEB_DIST);
}

/** Writes .gz (and .br) beside every script, style and SVG, which the server sends to browsers that accept them. */
export function precompress(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(js|css|svg|html)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = fs.readFileSync(file);
    fs.writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
    fs.writeFileSync(
      `${file}.br`,
      brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
}
