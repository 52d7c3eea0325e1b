import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));
/** Where `vite` (dev server) forwards API calls; the backend's default port. */
const apiTarget = process.env.DANVAN_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Fewer, larger chunks (issue 17 item 4: a cold start paid for ~100 small files).
 * Vite 8 bundles with Rolldown: `codeSplitting.groups` is its (non-deprecated) manualChunks.
 * - `vendor`: React, the router and the query cache — every screen needs them, they change rarely.
 * - `antd-core`: antd's theme, CSS-in-JS, locale and shared utilities (every screen).
 * - `antd`: the antd components used by two screens or more, in one file; a component only one
 *   screen uses stays with that screen. `antd-data`: the heavier ones the shell and the queue do
 *   not use (tables, trees, forms, pickers, uploads), so the queue's route stays small.
 * - `echarts`: the chart library (only the charts the dashboard draws, via `echarts/core`), loaded
 *   by the dashboard alone.
 * - `app`: the workspace's own modules shared by two screens or more (API client, labels,
 *   formatting, shared widgets) instead of a dozen files of 1–2 KB.
 * Each screen keeps its own chunk, loaded when its route is opened.
 */
/** antd components the shell and the queue do not use: tables, trees, pickers, uploads… */
const antdData =
  /node_modules[\\/](antd[\\/]es[\\/](table|tree|tree-select|transfer|descriptions|steps|progress|upload|timeline|collapse|input-number|date-picker|calendar|time-picker|statistic|list|pagination|cascader|image|qr-code|color-picker)|@rc-component[\\/](table|tree|tree-select|upload|steps|progress|input-number|mini-decimal|picker|cascader|pagination|collapse|image))[\\/]/;
const antdAny =
  /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+|dayjs|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|json2mq|copy-to-clipboard|toggle-selection|@ctrl)[\\/]/;

const vendorGroups = [
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
  // Taken first, with what they depend on, so that `antd-data` (which depends on them) holds only
  // the heavy components themselves.
  {
    name: 'antd',
    test: (id: string) => antdAny.test(id) && !antdData.test(id),
    minShareCount: 2,
    priority: 12,
  },
  { name: 'antd-data', test: antdAny, minShareCount: 2, priority: 10 },
  { name: 'app', test: /src[\\/]web[\\/]/, minShareCount: 2, priority: 5 },
];

/**
 * The shell's and the queue's chunks are `modulepreload`ed by index.html, so that they download
 * with the entry rather than after it has run (they import nothing the entry does not already).
 */
function preloadStartChunks(): Plugin {
  const start = /(workspace[\\/]WorkspaceLayout|petitions[\\/]QueuePage)\.tsx$/;
  return {
    name: 'danvan-preload-start-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [];
        for (const chunk of Object.values(ctx.bundle ?? {}))
          if (
            chunk.type === 'chunk' &&
            chunk.isDynamicEntry &&
            start.test(chunk.facadeModuleId ?? '')
          )
            tags.push({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/app/${chunk.fileName}` },
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
  plugins: [react(), preloadStartChunks()],
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
