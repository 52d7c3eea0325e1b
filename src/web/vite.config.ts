import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));
/** Where `vite` (dev server) forwards API calls; the backend's default port. */
const apiTarget = process.env.DANVAN_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Vendor chunks change rarely, so browsers keep them cached across app releases.
 * Vite 8 bundles with Rolldown: `codeSplitting.groups` is its (non-deprecated) manualChunks.
 * Only antd's core (theme, CSS-in-JS, locale, shared utilities) is pinned into one chunk;
 * components stay with the routes that use them, so the login page does not download the
 * table, tree and menu code.
 */
const vendorGroups = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
    priority: 30,
  },
  {
    name: 'antd-core',
    test: /node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color)|@rc-component[\\/](util|motion|portal|resize-observer)|antd[\\/]es[\\/](config-provider|theme|style|_util|locale|app)|@babel[\\/]runtime|stylis|@emotion|clsx|classnames)[\\/]/,
    priority: 20,
  },
  { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 10 },
];

export default defineConfig({
  root: webRoot,
  base: '/app/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
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
