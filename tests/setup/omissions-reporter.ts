/** Vitest reporter: repeats, below the summary, what this run did not test. */
import type { Reporter } from 'vitest/node';
import { describeOmissions, probeTestEnvironment } from './test-environment.js';

export default class OmissionsReporter implements Reporter {
  async onTestRunEnd(): Promise<void> {
    console.log(`\n${describeOmissions(await probeTestEnvironment())}\n`);
  }
}
