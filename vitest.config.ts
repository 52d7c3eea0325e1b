import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Honest output: what was NOT tested (engine, browser) is printed at the top and the bottom;
    // under CI=true a missing engine or browser fails the run. The global setup also builds the
    // migrated template databases every test database is copied from (tests/setup/db-template.ts).
    // Both run once per run, for the root project (projects below do not repeat them).
    globalSetup: ['tests/setup/global-setup.ts'],
    reporters: ['default', './tests/setup/omissions-reporter.ts'],
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['node_modules', 'dist', 'src/web/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        // React component tests (Testing Library) on happy-dom; HTTP mocked at fetch.
        test: {
          name: 'web',
          include: ['src/web/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['src/web/test/setup.ts'],
          // A form test renders the whole antd form several times: seconds each on a loaded machine.
          testTimeout: 60_000,
          pool: 'forks',
        },
      },
    ],
  },
});
