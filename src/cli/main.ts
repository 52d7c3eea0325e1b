import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, SETTINGS, loadConfig } from '../config/config.js';
import { openDatabase, openSqliteReadOnly } from '../db/connect.js';
import { isStorageFault } from '../db/storage-faults.js';
import { DataDirLockedError } from '../db/lock.js';
import { SealedKeyError } from '../domain/sealed/keyring.js';
import { verifyAuditChain } from '../queries/audit/verify-audit-chain.js';
import { buildWebIfNeeded } from './build-web.js';
import { runCalendarCommand, runDeadlineCommand } from './calendar.js';
import { openRuntime } from './runtime.js';
import { runUnitsCommand } from './units.js';
import { startServer } from './serve.js';

const HELP = `danvan <command>

  start                 build if needed, then serve from the build (what \`npm start\` runs)
  build                 bundle the server (dist/server) and the web app (dist/web): \`npm run build\`
  serve                 serve the API and the built web app
  build-web             build the workspace app into dist/web (with .gz/.br copies)
  migrate               bring the database schema up to date
  audit verify          check the audit trail's hash chain, reading only (works on a read-only copy; exit 1 on any problem)
  backup FILE           archive every table, attachment and news image while the server runs (.tar.gz)
  backup verify FILE    check an archive (checksums, row counts, audit chain) without restoring it
  restore FILE          restore an archive into an empty data directory or empty PostgreSQL database
  facts rebuild         recompute the report facts of every case (after a bulk import)
  search rebuild        rebuild the search index of every case from the cases
  units import FILE     import administrative units from CSV, report rejected lines (--dry-run)
  petitions import FILE --unit CODE [--dry-run] [--channel C]
                        import a legacy petition register (.xlsx/.csv: sổ tiếp công dân, sổ theo dõi
                        đơn thư); dry run previews with per-row errors; re-runs skip imported rows
  petitions score-duplicates
                        look again for duplicates of cases whose scoring after intake failed
  token create <username> <name>
                        create an API token for a user (Bearer / Open311 api_key), printed once
  keys rotate           new key for denouncers' sealed identities; re-encrypts them in batches (resumable)
  calendar <year>       non-working days with reasons and sources, make-up working days
  deadline --start YYYY-MM-DD --days N --counting working|calendar
                        due date on the working calendar, with its explanation
  help                  this text

Settings (environment variables):
${Object.entries(SETTINGS)
  .map(([k, v]) => `  ${k.padEnd(26)}${v}`)
  .join('\n')}
`;

async function serve(): Promise<void> {
  const server = await startServer();
  const stop = async (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      buildWebIfNeeded();
      await serve();
      return -1;
    case 'build':
      await (await import('./build.js')).runBuild({ force: !rest.includes('--if-needed') });
      return 0;
    case 'build-web':
      buildWebIfNeeded(console.log, true);
      return 0;
    case 'serve':
      await serve();
      return -1;
    case 'migrate': {
      const rt = await openRuntime({ exclusive: false });
      console.log('Cơ sở dữ liệu đã được cập nhật / Database schema is up to date');
      await rt.close();
      return 0;
    }
    case 'units':
      return runUnitsCommand(rest);
    case 'petitions':
      return (await import('./petitions.js')).runPetitionsCommand(rest);
    case 'backup':
      return (await import('./backup.js')).runBackupCommand(rest);
    case 'restore':
      return (await import('./backup.js')).runRestoreCommand(rest);
    case 'token':
      return (await import('./token.js')).runTokenCommand(rest);
    case 'keys':
      return (await import('./keys.js')).runKeysCommand(rest);
    case 'calendar':
      return runCalendarCommand(rest);
    case 'deadline':
      return runDeadlineCommand(rest);
    case 'facts':
      return (await import('./facts.js')).runFactsCommand(rest);
    case 'search':
      return (await import('./search.js')).runSearchCommand(rest);
    case 'audit': {
      if (rest[0] !== 'verify') break;
      // Read only, no migration, no key check: it must work on a copy on a read-only mount, or on
      // a database another version wrote, without changing a byte of what it checks.
      const config = loadConfig();
      const handle = config.databaseUrl
        ? openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
        : openSqliteReadOnly(path.join(config.dataDir, 'danvan.sqlite'));
      const result = await verifyAuditChain({ db: handle.db }).finally(() => handle.close());
      if (result.problems.length === 0) {
        console.log(`Nhật ký kiểm toán toàn vẹn / Audit trail intact: ${result.rows} rows`);
        return 0;
      }
      console.error(
        `Nhật ký kiểm toán bị can thiệp / Audit trail tampered: ${result.problems.length} problem(s) in ${result.rows} rows`,
      );
      for (const p of result.problems) console.error(`  seq ${p.seq}: ${p.problem}: ${p.detail}`);
      return 1;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
    default:
      break;
  }
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  console.error(`Lệnh không hợp lệ / Unknown command: ${positionals.join(' ')}\n\n${HELP}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    if (e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof SealedKeyError)
      console.error(e.message);
    else if (isStorageFault(e))
      // A read-only or full data directory: say what to do, not a stack trace.
      console.error(
        `Không ghi được vào thư mục dữ liệu hoặc cơ sở dữ liệu (${(e as { code: string }).code}: ${(e as Error).message}).\n` +
          `Kiểm tra DANVAN_DATA_DIR có quyền ghi và còn dung lượng (df -h), rồi khởi động lại.\n` +
          `Cannot write to the data directory or database (${(e as { code: string }).code}). Check that DANVAN_DATA_DIR is writable and has free space (df -h), then start again.\n` +
          `To check a read-only copy's audit trail: npx danvan audit verify (reads only).`,
      );
    else console.error(e);
    process.exit(1);
  },
);
