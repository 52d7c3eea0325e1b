import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'src/web/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Honest output: what was NOT tested (engine, browser) is printed at the top and the bottom;
    // under CI=true a missing engine or browser fails the run.
    globalSetup: ['tests/setup/global-setup.ts'],
    reporters: ['default', './tests/setup/omissions-reporter.ts'],
  },
});
