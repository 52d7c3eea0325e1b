/**
 * What a test run covers and what it leaves out. The suite runs every database test on SQLite,
 * and on PostgreSQL only when TEST_DATABASE_URL (or DATABASE_URL) is set; browser tests need
 * Debian's Chromium; the full-disk tests need to mount a tmpfs (root). A run that leaves something out must say so at its top and bottom, and
 * under CI=true it must fail instead (see vitest.config.ts: globalSetup + reporter).
 */
import { existsSync } from 'node:fs';
import pg from 'pg';
import { mountTmpfs } from '../helpers/tmpfs.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface Omission {
  what: string;
  why: string;
  how: string;
}

/** The parts of the suite that this environment cannot run, with the reason and the remedy. */
export async function probeTestEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Omission[]> {
  const omissions: Omission[] = [];
  const pgUrl = env.TEST_DATABASE_URL || env.DATABASE_URL || '';
  if (!pgUrl) {
    omissions.push({
      what: 'PostgreSQL half of the database and HTTP tests',
      why: 'TEST_DATABASE_URL is not set',
      how: 'TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm test',
    });
  } else {
    const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('select 1');
    } catch (e) {
      omissions.push({
        what: 'PostgreSQL half of the database and HTTP tests',
        why: `the server at TEST_DATABASE_URL does not answer (${(e as Error).message})`,
        how: 'start PostgreSQL (pg_ctlcluster … main start) or fix TEST_DATABASE_URL',
      });
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  if (!existsSync(CHROMIUM_PATH)) {
    omissions.push({
      what: 'browser tests (tests/browser)',
      why: `no Chromium at ${CHROMIUM_PATH}`,
      how: 'apt-get install -y chromium',
    });
  }
  const tmpfs = mountTmpfs(1);
  if (tmpfs) tmpfs.unmount();
  else
    omissions.push({
      what: 'full-disk tests (tests/ops/full-disk.test.ts)',
      why: 'this user cannot mount a small tmpfs to fill',
      how: 'run the tests as root (mount -t tmpfs must be allowed)',
    });
  return omissions;
}

/** The banner printed at the top and the bottom of every run. */
export function describeOmissions(omissions: Omission[]): string {
  if (omissions.length === 0)
    return '== Test coverage of this run: SQLite, PostgreSQL and browser (Chromium) — nothing left out.';
  const lines = omissions.map(
    (o) => `   - NOT TESTED: ${o.what} — ${o.why}. To include it: ${o.how}`,
  );
  const ci =
    process.env.CI === 'true'
      ? ' Under CI=true this run fails.'
      : ' (Under CI=true this run would fail.)';
  return ['== Test coverage of this run: parts were LEFT OUT.' + ci, ...lines].join('\n');
}
