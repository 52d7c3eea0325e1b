/**
 * antd's styles for the workspace theme as a static style sheet, written at build time.
 *
 * antd writes its CSS at run time: the first time each component renders, it turns the theme's
 * tokens into a style object, serialises and hashes it and inserts a `<style>`. Profiled on a cold
 * visit of the queue (2026-12-02, idle machine), that was ~0.4 s of the ~1.1 s React needed for the
 * first render. The same CSS is computed here once, by rendering every antd component the workspace
 * imports with the same theme (`@ant-design/static-style-extract`), and the sheet ends with the
 * map of what it holds (`.data-ant-cssinjs-cache-path`): at run time, antd finds each component's
 * style already there and skips it. A component or theme this sheet lacks is still styled at run
 * time, as before (only slower), so a stale list cannot break a screen.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { extractStyle } from '@ant-design/static-style-extract';
import { ConfigProvider } from 'antd';
import { createElement } from 'react';
import type { Plugin } from 'vite';
import { theme } from './app/theme.ts';

/** Components rendered inside others (a table's pagination, a select's empty state, …). */
const INNER = ['Pagination', 'Empty', 'Spin', 'Checkbox', 'Radio', 'Tooltip', 'Popover', 'Button'];

/** Every value the workspace imports from 'antd' whose name is a component's. */
export function antdComponentsUsed(webRoot: string): string[] {
  const names = new Set(INNER);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'test') walk(file);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const code = fs.readFileSync(file, 'utf8');
        for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'antd'/g))
          for (const part of m[1]!.split(',')) {
            const name = part.trim().replace(/\s+as\s+.*$/, '');
            if (/^[A-Za-z]+$/.test(name) && name !== 'ConfigProvider' && name !== 'theme')
              names.add(name);
          }
      }
    }
  };
  walk(webRoot);
  return [...names].sort();
}

/** The style sheet's text: antd's CSS for those components in the workspace theme. */
export function antdStyleSheet(components: string[]): string {
  // antd names its class hash after the build mode ("css-dev-only-do-not-override-…" otherwise):
  // the sheet must carry the production names that the bundle will look for.
  const mode = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return extractStyle({
      includes: components,
      customTheme: (node) => createElement(ConfigProvider, { theme }, node),
    });
  } finally {
    // Assigning undefined to process.env would store the string "undefined".
    if (mode === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = mode;
  }
}

/** Vite plugin: writes the sheet as `assets/antd-<hash>.css` and links it first in index.html. */
export function antdStaticStyle(webRoot: string): Plugin {
  let fileName = '';
  return {
    name: 'danvan-antd-static-style',
    apply: 'build',
    buildStart() {
      const source = antdStyleSheet(antdComponentsUsed(webRoot));
      if (source.includes('css-dev-only')) throw new Error('antd style sheet built in dev mode');
      fileName = `assets/antd-${createHash('sha256').update(source).digest('hex').slice(0, 10)}.css`;
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'link',
          attrs: { rel: 'stylesheet', href: `/app/${fileName}` },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
