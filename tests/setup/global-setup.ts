/**
 * Vitest global setup: says at the top of the run what will not be tested (fails under CI=true),
 * then migrates the template databases every test database is copied from (db-template.ts),
 * removed again when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { buildDbTemplates } from './db-template.js';
import { describeOmissions, probeTestEnvironment } from './test-environment.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const omissions = await probeTestEnvironment();
  console.log(`\n${describeOmissions(omissions)}\n`);
  if (omissions.length > 0 && process.env.CI === 'true') {
    throw new Error(
      `CI=true: the run would leave out ${omissions.map((o) => o.what).join('; ')}. Install or start what is missing (see above).`,
    );
  }
  project.provide('dbTemplates', null);
  if (process.env.DANVAN_TEST_DB_TEMPLATE === 'off') return async () => undefined;
  const pgUp = !omissions.some((o) => o.what.startsWith('PostgreSQL'));
  const pgUrl = pgUp ? process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '' : '';
  try {
    const built = await buildDbTemplates(pgUrl);
    project.provide('dbTemplates', built.templates);
    return () => built.remove();
  } catch (e) {
    // Correct but slower: every test database then runs the migrations itself.
    console.warn(`Template databases not built (${(e as Error).message}); each test migrates.`);
    return async () => undefined;
  }
}
