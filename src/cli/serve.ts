import type { FastifyInstance } from 'fastify';
import { bootstrapAdmin } from '../commands/users/bootstrap-admin.js';
import { demoStatus, loadDemo } from '../commands/demo/load-demo.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../commands/demo/demo-users.js';
import { hostname } from 'node:os';
import { buildApp } from '../http/app.js';
import { warmReports } from '../queries/reports/report-jobs.js';
import { scheduleBackgroundWork } from '../jobs/deadline-reminders.js';
import { configuredSenders } from '../jobs/senders.js';
import { scheduleBackups } from '../jobs/backup/schedule.js';
import { WEB_DIST } from './build-web.js';
import { openRuntime, type Runtime } from './runtime.js';

export interface Server {
  app: FastifyInstance;
  runtime: Runtime;
  url: string;
  adminPassword: string | null;
  stop(): Promise<void>;
}

/** Opens the database, prepares first-start data and listens. */
export async function startServer({
  runtime,
  log = console.log,
  logger = true,
}: { runtime?: Runtime; log?: (s: string) => void; logger?: boolean } = {}): Promise<Server> {
  const rt = runtime ?? (await openRuntime({ exclusive: true }));
  const { config, ctx } = rt;
  const admin = await bootstrapAdmin({ ctx, password: config.adminPassword });
  let demoLoaded = false;
  if (config.demo) demoLoaded = (await loadDemo({ ctx })).loaded;
  if ((await demoStatus(ctx)) === 'loading') {
    log(
      'CẢNH BÁO / WARNING: dữ liệu mẫu chưa nạp xong ở lần chạy trước / the demo load was interrupted earlier; delete the data directory and start again for a complete demo.',
    );
  }
  const app = await buildApp({ ctx, config, webDir: WEB_DIST, logger });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;

  log('');
  log(`Dân Vận đang chạy / is running:`);
  log(`  Cổng thông tin cho người dân / Citizens' portal: ${url}/`);
  log(`  Không gian làm việc của cán bộ / Officials' workspace: ${url}/app/`);
  log(`Cơ sở dữ liệu / Database: ${rt.handle.engine === 'sqlite' ? rt.handle.file : 'PostgreSQL'}`);
  if (admin.generatedPassword) {
    log(`Tài khoản quản trị / Admin account: admin / ${admin.generatedPassword}`);
    log(
      '  (mật khẩu chỉ hiện một lần; đặt DANVAN_ADMIN_PASSWORD để chọn mật khẩu / shown once; set DANVAN_ADMIN_PASSWORD to choose it)',
    );
  } else if (config.adminPassword) {
    log(
      'Tài khoản quản trị / Admin account: admin (mật khẩu từ DANVAN_ADMIN_PASSWORD / password from DANVAN_ADMIN_PASSWORD)',
    );
  }
  if (demoLoaded || config.demo) {
    log(
      `Dữ liệu mẫu / Demo data: ${demoLoaded ? 'vừa nạp / loaded now' : 'có sẵn / present'}; tài khoản mẫu / demo accounts (mật khẩu / password ${DEMO_PASSWORD}):`,
    );
    for (const u of DEMO_USERS) log(`  ${u.username.padEnd(22)} ${u.displayName}`);
  }
  log(`API: ${url}/api/docs   Health: ${url}/healthz`);

  const stopReminders = scheduleBackgroundWork(ctx, {
    instanceId: `${hostname()}:${process.pid}`,
    senders: configuredSenders(config),
    reminderMinutes: config.reminderMinutes,
    outboxSeconds: config.outboxSeconds,
    onError: (e) =>
      app.log.error({ err: e instanceof Error ? e.message : String(e) }, 'background work failed'),
  });
  // In the background: the first report then waits for neither the unit index nor the worker.
  warmReports(ctx).catch((e: unknown) =>
    app.log.error({ err: e instanceof Error ? e.message : String(e) }, 'report warm-up failed'),
  );
  const backup = config.backup;
  const stopBackups = backup.dir
    ? scheduleBackups({
        ...backup,
        dir: backup.dir,
        dataDir: config.dataDir,
        databaseUrl: config.databaseUrl,
        onResult: (r) =>
          r.ok
            ? app.log.info(
                { file: r.file, ms: r.ms, deleted: r.deleted.length },
                'scheduled backup written',
              )
            : app.log.error({ file: r.file }, 'scheduled backup failed'),
      })
    : () => {};
  const shutdown = async () => {
    stopBackups();
    stopReminders();
    await app.close();
    await rt.close();
  };
  return {
    app,
    runtime: rt,
    url,
    adminPassword: admin.generatedPassword ?? config.adminPassword,
    stop: shutdown,
  };
}
