/**
 * The production build: the server bundled once with esbuild into dist/server (plain `node` runs
 * it, no TypeScript loader at run time), the report and duplicate-scoring workers as their own
 * entries beside it (named as the sources' `.mjs` entries, so `new URL(…, import.meta.url)` finds
 * them from either place), the portal's static files copied next to the bundle, and the workspace
 * app built by Vite into dist/web.
 * esbuild and Vite are build-time tools (devDependencies): after `npm prune --omit=dev` the build
 * output runs without them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildWebIfNeeded } from './build-web.js';
import { REPO_ROOT } from './runtime.js';

export const SERVER_DIST = path.join(REPO_ROOT, 'dist/server');
export const SERVER_BUNDLE = path.join(SERVER_DIST, 'main.mjs');
/** Files the portal reads next to its module (src/http/portal in source, dist/server in the build). */
const PORTAL_ASSETS = ['portal.css', 'portal.js', 'icon.svg'];

/** Bundles the server and its workers; returns the bundle's size in bytes. */
export async function buildServer(): Promise<number> {
  // Imported here, not at the top: the bundle must not import esbuild when it starts.
  const esbuild = await import('esbuild');
  fs.rmSync(SERVER_DIST, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [
      { in: 'src/cli/main.ts', out: 'main' },
      { in: 'src/queries/reports/worker.ts', out: 'worker-entry' },
      { in: 'src/commands/petitions/scoring-worker.ts', out: 'scoring-worker-entry' },
    ],
    outdir: SERVER_DIST,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay in node_modules (better-sqlite3 is native; the rest is loaded as published).
    packages: 'external',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const f of PORTAL_ASSETS)
    fs.copyFileSync(path.join(REPO_ROOT, 'src/http/portal', f), path.join(SERVER_DIST, f));
  return fs.statSync(SERVER_BUNDLE).size;
}

/** `danvan build`: the server bundle and the web app (the web app only when stale unless forced). */
export async function runBuild({
  force,
  log = console.log,
}: {
  force: boolean;
  log?: (s: string) => void;
}): Promise<void> {
  const t0 = performance.now();
  log('Đang đóng gói máy chủ… / Bundling the server…');
  const size = await buildServer();
  log(
    `  dist/server/main.mjs ${(size / 1024).toFixed(0)} KB (${Math.round(performance.now() - t0)} ms)`,
  );
  buildWebIfNeeded(log, force);
  log(`Đã xây dựng / Built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
