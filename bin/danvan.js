#!/usr/bin/env node
// Runs the built server (dist/server/main.mjs) with plain node when the build is current.
// Otherwise: `start` builds first (so `npm ci && npm start` works on a fresh clone), and every
// other command runs the TypeScript source through tsx (development, or DANVAN_FROM_SOURCE=1).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist/server/main.mjs');
const command = process.argv[2];

/** Newest modification time of the server's sources (the web app is checked by its own build). */
function newestSource() {
  let newest = fs.statSync(path.join(root, 'package.json')).mtimeMs;
  const src = path.join(root, 'src');
  if (!fs.existsSync(src)) return newest;
  for (const e of fs.readdirSync(src, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || e.name.endsWith('.test.ts')) continue;
    const file = path.join(e.parentPath, e.name);
    if (file.startsWith(path.join(src, 'web') + path.sep)) continue;
    newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

function bundleCurrent() {
  return fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= newestSource();
}

async function fromSource() {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    console.error(
      'Bản dựng trong dist/ chưa có hoặc cũ hơn mã nguồn, và công cụ dựng chưa được cài. / The build in dist/ is missing or older than the sources, and the build tools are not installed.\n' +
        'Run: npm ci && npm run build && npm prune --omit=dev',
    );
    process.exit(1);
  }
  register();
  await import('../src/cli/main.ts');
}

if (process.env.DANVAN_FROM_SOURCE === '1' || command === 'build' || command === 'build-web') {
  await fromSource();
} else if (bundleCurrent()) {
  await import(pathToFileURL(bundle).href);
} else if (command === 'start') {
  const res = spawnSync(
    process.execPath,
    [path.join(root, 'bin/danvan.js'), 'build', '--if-needed'],
    { stdio: 'inherit' },
  );
  if (res.status !== 0) process.exit(res.status ?? 1);
  await import(pathToFileURL(bundle).href);
} else {
  await fromSource();
}
