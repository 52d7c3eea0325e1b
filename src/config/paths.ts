import fs from 'node:fs';
import path from 'node:path';

/**
 * The application's root folder (the one holding package.json), found by walking up from this
 * module: it is `src/config/` when run from source through tsx and `dist/server/` when run from
 * the bundle, so a fixed `../..` would be wrong in one of the two.
 */
function findAppRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'danvan')
          return dir;
      } catch {
        /* not ours; keep walking */
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start, '../..');
    dir = parent;
  }
}

/** Root of the installed application (package.json, resources/, dist/). */
export const APP_ROOT = findAppRoot(import.meta.dirname);
