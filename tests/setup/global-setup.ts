/** Vitest global setup: says at the top of the run what will not be tested; fails under CI=true. */
import { describeOmissions, probeTestEnvironment } from './test-environment.js';

export default async function setup(): Promise<void> {
  const omissions = await probeTestEnvironment();
  console.log(`\n${describeOmissions(omissions)}\n`);
  if (omissions.length > 0 && process.env.CI === 'true') {
    throw new Error(
      `CI=true: the run would leave out ${omissions.map((o) => o.what).join('; ')}. Install or start what is missing (see above).`,
    );
  }
}
