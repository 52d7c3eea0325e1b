/**
 * Every workspace route's JavaScript, from the web build's manifest (deterministic: no server, no
 * browser): what a cold browser downloads for each screen — the entry's static imports, plus
 * (inside the workspace) the shell's, plus the screen's own chunk and its static imports. Sizes as
 * sent (brotli, from the `.br` copies the build writes, or compressed here if they are missing)
 * and as run (uncompressed). Used by bench/workspace.ts; on its own:
 *
 *   npx tsx bench/route-js.ts [dist/web] [--files]
 *
 * prints one line per route (and with --files, the queue route's files with their sizes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
}

export interface RouteScripts {
  route: string;
  files: number;
  brotliKiB: number;
  rawKiB: number;
  /** The route's files (output names), for a closer look. */
  fileNames: string[];
}

/** Bytes of `file` as sent: its `.br` copy, or brotli (quality 11, as the build) computed here. */
function brotliSize(dir: string, file: string): number {
  const br = path.join(dir, `${file}.br`);
  if (fs.existsSync(br)) return fs.statSync(br).size;
  return brotliCompressSync(fs.readFileSync(path.join(dir, file)), {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}

export function routeScripts(dir: string): RouteScripts[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const closure = (key: string, into: Set<string>) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const k of manifest[key]?.imports ?? []) closure(k, into);
    return into;
  };
  const sizes = new Map<string, { raw: number; br: number }>();
  const size = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      s = { raw: fs.statSync(path.join(dir, file)).size, br: brotliSize(dir, file) };
      sizes.set(file, s);
    }
    return s;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const layout = Object.keys(manifest).find((k) => k.endsWith('workspace/WorkspaceLayout.tsx'))!;
  const rows: RouteScripts[] = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || key === layout) continue;
    const outside = /pages\/(LoginPage|NotFoundPage)\.tsx$/.test(key);
    const keys = closure(key, closure(entry, outside ? new Set() : closure(layout, new Set())));
    const files = [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
    rows.push({
      route: key.replace(/\.tsx?$/, ''),
      files: files.length,
      brotliKiB: Math.round(files.reduce((a, f) => a + size(f).br, 0) / 1024),
      rawKiB: Math.round(files.reduce((a, f) => a + size(f).raw, 0) / 1024),
      fileNames: files,
    });
  }
  return rows.sort((a, b) => a.route.localeCompare(b.route));
}

/** The number of JavaScript files in the build (not counting source maps or compressed copies). */
export function jsFileCount(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') && !f.includes('.vite')).length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(
    process.argv.slice(2).find((a) => !a.startsWith('--')) ??
      path.join(import.meta.dirname, '../dist/web'),
  );
  const rows = routeScripts(dir);
  console.log(`${dir}: ${jsFileCount(dir)} JavaScript files`);
  for (const r of rows)
    console.log(
      `${r.route.padEnd(44)} ${String(r.files).padStart(3)} files ${String(r.brotliKiB).padStart(5)} KiB br ${String(r.rawKiB).padStart(6)} KiB raw`,
    );
  if (process.argv.includes('--files')) {
    const queue = rows.find((r) => r.route.endsWith('petitions/QueuePage'))!;
    for (const f of queue.fileNames) {
      const raw = fs.statSync(path.join(dir, f)).size;
      console.log(
        `  ${f.padEnd(48)} ${String(Math.round(brotliSize(dir, f) / 1024)).padStart(5)} KiB br ${String(Math.round(raw / 1024)).padStart(6)} KiB raw`,
      );
    }
  }
}
