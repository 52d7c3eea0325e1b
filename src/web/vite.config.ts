import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { antdStaticStyle } from './antd-static-style.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));
const reactRouterProduction = fileURLToPath(
  new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url),
);
/** Where `vite` (dev server) forwards API calls; the backend's default port. */
const apiTarget = process.env.DANVAN_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Fewer, larger chunks (issue 17 item 4: a cold start paid for ~100 small files), without making
 * the queue's route carry code it does not run (its target: < 300 KiB compressed).
 * Vite 8 bundles with Rolldown: `codeSplitting.groups` is its (non-deprecated) manualChunks.
 * - `vendor`: React, the router and the query cache — every screen needs them, they change rarely.
 * - `antd-core`: antd's theme, CSS-in-JS, locale and shared utilities (every screen).
 * - `antd-start` / `app-start`: the antd components and the workspace's own modules that a cold
 *   start runs — the entry, the login page, the shell and the queue ({@link startRoots}) — when two
 *   chunks or more share them. Everything in them is needed by the first screen an official sees.
 * - `antd` / `app`: the other antd components and workspace modules shared by two screens or more,
 *   one file each, loaded by the screens beyond the queue (a component or module only one screen
 *   uses stays with that screen). `antd-data`: the heavier antd components (tables, trees,
 *   pickers, uploads).
 * - `echarts`: the chart library (only the charts the dashboard draws, via `echarts/core`), loaded
 *   by the dashboard alone.
 * Each screen keeps its own chunk, loaded when its route is opened.
 * `npx tsx bench/route-js.ts` prints every route's files and sizes from the build.
 */
/** antd components the shell and the queue do not use: tables, trees, pickers, uploads… */
const antdData =
  /node_modules[\\/](antd[\\/]es[\\/](table|tree|tree-select|transfer|descriptions|steps|progress|upload|timeline|collapse|input-number|date-picker|calendar|time-picker|statistic|list|pagination|cascader|image|qr-code|color-picker)|@rc-component[\\/](table|tree|tree-select|upload|steps|progress|input-number|mini-decimal|picker|cascader|pagination|collapse|image))[\\/]/;
const antdAny =
  /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+|dayjs|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|json2mq|copy-to-clipboard|toggle-selection|@ctrl)[\\/]/;
const appModule = /src[\\/]web[\\/]/;

/** What a cold start runs: the entry, the login page, the workspace shell and the queue screen. */
const startRoots = [
  'main.tsx',
  'pages/LoginPage.tsx',
  'workspace/WorkspaceLayout.tsx',
  'petitions/QueuePage.tsx',
  // The queue's filter pickers: a lazy chunk, but asked for as soon as the queue is drawn.
  'petitions/FilterSelects.tsx',
].map((file) => fileURLToPath(new URL(file, import.meta.url)));

/**
 * antd's index re-exports every component: a module that imports `{ Button } from 'antd'` has
 * them all among its imports, though only the button's code is kept. The start modules therefore
 * follow, through that index, only the components each module names.
 */
const antdIndex = /node_modules[\\/]antd[\\/]es[\\/]index\.js$/;

/** `Button` → the id of `antd/es/button/index.js`, from the index's `export { default as … }`. */
function antdComponents(indexId: string, ctx: Rolldown.ChunkingContext): Map<string, string> {
  const components = new Map<string, string>();
  const code = ctx.getModuleInfo(indexId)?.code ?? '';
  for (const [, name, from] of code.matchAll(
    /export\s*\{\s*default as (\w+)\s*\}\s*from\s*["'](\.[^"']+)["']/g,
  )) {
    const base = path.join(path.dirname(indexId), from!);
    const id = [`${base}/index.js`, `${base}.js`].find((c) => ctx.getModuleInfo(c));
    if (id) components.set(name!, id);
  }
  return components;
}

/** The names a module imports from 'antd', or undefined when it takes more (a namespace, a re-export). */
function antdNames(code: string | null | undefined): string[] | undefined {
  if (!code || /(import\s*\*\s*as\s+\w+|export\s*(\*|\{[^}]*\}))\s*from\s*["']antd["']/.test(code))
    return undefined;
  return [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']antd["']/g)].flatMap(([, list]) =>
    list!
      .split(',')
      .map(
        (n) =>
          n
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]!,
      )
      .filter(Boolean),
  );
}

/** The modules the start roots import statically (not what they load later), once per build. */
let startModules: Set<string> | undefined;
function isStartModule(id: string, ctx: Rolldown.ChunkingContext): boolean {
  if (!startModules) {
    const seen = new Set<string>();
    let components: Map<string, string> | undefined;
    const visit = (moduleId: string) => {
      if (seen.has(moduleId)) return;
      seen.add(moduleId);
      const info = ctx.getModuleInfo(moduleId);
      for (const dep of info?.importedIds ?? []) {
        const names = antdIndex.test(dep) ? antdNames(info?.code) : undefined;
        if (!names) {
          visit(dep);
          continue;
        }
        components ??= antdComponents(dep, ctx);
        for (const name of names) {
          const component = components.get(name);
          if (component) visit(component);
          else visit(dep); // not a component export: take the whole index, as before
        }
      }
    };
    startRoots.forEach(visit);
    startModules = seen;
  }
  return startModules.has(id);
}

const vendorGroups: Rolldown.CodeSplittingGroup[] = [
  {
    name: 'vendor',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack)[\\/]/,
    priority: 30,
  },
  {
    name: 'antd-core',
    test: /node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@rc-component[\\/](util|motion|portal|resize-observer)|antd[\\/]es[\\/](config-provider|theme|style|_util|locale|app)|@babel[\\/]runtime|stylis|@emotion|clsx|classnames)[\\/]/,
    priority: 20,
  },
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 25 },
  // The start groups come before the others, which then take only what is left.
  {
    debugName: 'antd-start',
    name: (id, ctx) => (isStartModule(id, ctx) ? 'antd-start' : null),
    test: antdAny,
    minShareCount: 2,
    priority: 15,
  },
  {
    debugName: 'app-start',
    name: (id, ctx) => (isStartModule(id, ctx) ? 'app-start' : null),
    test: appModule,
    minShareCount: 2,
    priority: 14,
  },
  // Taken before `antd-data`, with what they depend on, so that `antd-data` (which depends on
  // them) holds only the heavy components themselves.
  {
    name: 'antd',
    test: (id: string) => antdAny.test(id) && !antdData.test(id),
    minShareCount: 2,
    priority: 12,
  },
  { name: 'antd-data', test: antdAny, minShareCount: 2, priority: 10 },
  { name: 'app', test: appModule, minShareCount: 2, priority: 5 },
];

/** Forgets the start modules between builds (`vite build --watch`). */
function resetStartModules(): Plugin {
  return {
    name: 'danvan-reset-start-modules',
    apply: 'build',
    buildStart() {
      startModules = undefined;
    },
  };
}

/**
 * The shell's and the queue's chunks, the chunks they import and their style sheets are preloaded
 * by index.html, so that they download with the entry rather than after it has run (Vite itself
 * preloads only the entry's imports; Chromium does not fetch a preloaded module's imports).
 */
function preloadStartChunks(): Plugin {
  const start = /(workspace[\\/]WorkspaceLayout|petitions[\\/]QueuePage)\.tsx$/;
  return {
    name: 'danvan-preload-start-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = new Map<string, Rolldown.OutputChunk>();
        for (const c of Object.values(ctx.bundle ?? {}))
          if (c.type === 'chunk') chunks.set(c.fileName, c);
        const closure = (file: string, into: Set<string>): Set<string> => {
          if (!into.has(file)) {
            into.add(file);
            for (const dep of chunks.get(file)?.imports ?? []) closure(dep, into);
          }
          return into;
        };
        const preloaded = new Set<string>();
        for (const c of chunks.values()) if (c.isEntry) closure(c.fileName, preloaded);
        const wanted = new Set<string>();
        for (const c of chunks.values())
          if (c.isDynamicEntry && start.test(c.facadeModuleId ?? '')) closure(c.fileName, wanted);
        const tags: HtmlTagDescriptor[] = [];
        const styles = new Set<string>();
        for (const file of wanted) {
          if (preloaded.has(file)) continue;
          tags.push({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/app/${file}` },
            injectTo: 'head',
          });
          for (const css of chunks.get(file)?.viteMetadata?.importedCss ?? []) styles.add(css);
        }
        // Their style sheets too: Vite adds them when the chunk is imported, after the entry ran.
        for (const css of styles)
          tags.push({
            tag: 'link',
            // Vite's loader asks for them with crossorigin: the preload must match to be reused.
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/app/${css}` },
            injectTo: 'head',
          });
        return tags;
      },
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/app/',
  plugins: [react(), resetStartModules(), preloadStartChunks(), antdStaticStyle(webRoot)],
  resolve: {
    // react-router's package exports name only its development build (warnings, dev checks); its
    // production build ships beside it.
    alias: [{ find: /^react-router$/, replacement: reactRouterProduction }],
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    // Read by bench/workspace.ts to report every route's JavaScript (never served: a dot folder).
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/healthz': { target: apiTarget, changeOrigin: false },
    },
  },
});
