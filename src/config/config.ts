import path from 'node:path';
import { parseKeyMaterial } from '../domain/sealed/keyring.js';

/** Typed application configuration, parsed once at start from the environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  adminPassword: string | null;
  demo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionTtlHours: number;
  trustProxy: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  /** Minutes between deadline-reminder sweeps; 0 turns them off. */
  reminderMinutes: number;
  /** Seconds between outbox delivery passes; 0 turns sending off (messages stay queued). */
  outboxSeconds: number;
  /** HTTP SMS gateway (POST JSON { to, text, reference }, Bearer token); null = outbox only. */
  smsGatewayUrl: string | null;
  smsGatewayToken: string | null;
  /** Zalo OA relay with the same HTTP shape; null = outbox only. */
  zaloGatewayUrl: string | null;
  zaloGatewayToken: string | null;
  /** Which channel a citizen's phone number is reached on: sms or zalo. */
  citizenPhoneChannel: 'sms' | 'zalo';
  /** Scheduled backups: directory (null = off), hours between archives, archives kept. */
  backup: { dir: string | null; hours: number; keep: number };
  /** Login attempts allowed per client address per minute. */
  loginRateLimit: number;
  /** Clock override for demos and tests (YYYY-MM-DD); null means the real date. */
  today: string | null;
  /** Key sealing denouncers' identities (base64/hex, 32 bytes); null: the key file in the data directory. */
  sealedKey: string | null;
  /** Earlier sealing keys still needed while `danvan keys rotate` runs. */
  sealedKeyPrevious: string[];
  /** Statements slower than this many milliseconds are logged (SQL text only); null = off. */
  slowQueryMs: number | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting, with its default and meaning; the README documents the same list. */
export const SETTINGS = {
  PORT: 'HTTP port (default 3000)',
  HOST: 'listen address (default 0.0.0.0)',
  DANVAN_DATA_DIR: 'data directory: SQLite file, attachments, lock (default ./data)',
  DATABASE_URL: 'postgres://… to use PostgreSQL; unset means embedded SQLite in the data directory',
  DANVAN_ADMIN_PASSWORD:
    'password of the admin account, set at every start (>= 10 characters); unset: a random one is printed once at first start',
  DANVAN_DEMO: 'load the demo scenario into an empty database: on/off (default on)',
  DANVAN_LOG_LEVEL: 'fatal|error|warn|info|debug|trace|silent (default info)',
  DANVAN_SESSION_TTL_HOURS: 'session lifetime in hours (default 12)',
  DANVAN_TRUST_PROXY: 'trust X-Forwarded-* headers from a reverse proxy: on/off (default off)',
  DANVAN_SMTP_URL: 'smtp://user:pass@host:port for e-mail notifications (default: log transport)',
  DANVAN_MAIL_FROM: 'sender address of notifications (default no-reply@danvan.local)',
  DANVAN_REMINDER_MINUTES: 'minutes between deadline reminder sweeps; 0 = off (default 15)',
  DANVAN_OUTBOX_SECONDS:
    'seconds between outbox delivery passes (e-mail, SMS, Zalo); 0 = off (default 15)',
  DANVAN_SMS_GATEWAY_URL:
    'https://… HTTP SMS gateway for citizens (POST JSON {to,text,reference}); unset = outbox only',
  DANVAN_SMS_GATEWAY_TOKEN: 'Bearer token of the SMS gateway',
  DANVAN_ZALO_GATEWAY_URL:
    'https://… Zalo OA relay, same shape as the SMS gateway; unset = outbox only',
  DANVAN_ZALO_GATEWAY_TOKEN: 'Bearer token of the Zalo relay',
  DANVAN_CITIZEN_PHONE_CHANNEL:
    'sms|zalo: channel for citizens who left a phone number (default sms)',
  DANVAN_BACKUP_DIR:
    'directory for scheduled backup archives (danvan backup); unset = no scheduled backups',
  DANVAN_BACKUP_HOURS: 'hours between scheduled backups (default 24)',
  DANVAN_BACKUP_KEEP: 'scheduled archives kept; older ones are deleted (default 14)',
  DANVAN_LOGIN_RATE_LIMIT: 'login attempts per client address per minute (default 10)',
  DANVAN_REPORT_TIMEOUT_SECONDS:
    'seconds a summary report may take before it is stopped with 503 report_timeout (default 120)',
  DANVAN_SLOW_QUERY_MS:
    'report statements slower than this many ms (SQL text only, never parameters); unset = off',
  DANVAN_SEALED_KEY:
    "key (32 bytes, base64 or hex) encrypting denouncers' identities; unset = <data>/sealed.key, created at first start (mode 0600). LOSING IT LOSES THE IDENTITIES",
  DANVAN_SEALED_KEY_PREVIOUS:
    'earlier sealing keys, comma-separated, while `danvan keys rotate` re-encrypts (default none)',
  DANVAN_TODAY: 'pretend today is YYYY-MM-DD (demos and tests only; default: the real date)',
} as const;

function parseBool(
  name: string,
  raw: string | undefined,
  dflt: boolean,
  problems: string[],
): boolean {
  if (raw === undefined || raw === '') return dflt;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'on', 'yes'].includes(v)) return true;
  if (['0', 'false', 'off', 'no'].includes(v)) return false;
  problems.push(`${name} must be on/off (got "${raw}")`);
  return dflt;
}

function parseInt10(
  name: string,
  raw: string | undefined,
  dflt: number,
  min: number,
  max: number,
  problems: string[],
): number {
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    return dflt;
  }
  return n;
}

/** Parses the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const port = parseInt10('PORT', env.PORT, 3000, 0, 65535, problems);
  const sessionTtlHours = parseInt10(
    'DANVAN_SESSION_TTL_HOURS',
    env.DANVAN_SESSION_TTL_HOURS,
    12,
    1,
    24 * 30,
    problems,
  );
  const loginRateLimit = parseInt10(
    'DANVAN_LOGIN_RATE_LIMIT',
    env.DANVAN_LOGIN_RATE_LIMIT,
    10,
    1,
    100_000,
    problems,
  );
  const reminderMinutes = parseInt10(
    'DANVAN_REMINDER_MINUTES',
    env.DANVAN_REMINDER_MINUTES,
    15,
    0,
    24 * 60,
    problems,
  );
  const outboxSeconds = parseInt10(
    'DANVAN_OUTBOX_SECONDS',
    env.DANVAN_OUTBOX_SECONDS,
    15,
    0,
    3600,
    problems,
  );
  const gateway = (name: 'DANVAN_SMS_GATEWAY_URL' | 'DANVAN_ZALO_GATEWAY_URL'): string | null => {
    const v = env[name]?.trim() || null;
    if (v && !/^https?:\/\//.test(v)) problems.push(`${name} must start with http:// or https://`);
    return v;
  };
  const smsGatewayUrl = gateway('DANVAN_SMS_GATEWAY_URL');
  const zaloGatewayUrl = gateway('DANVAN_ZALO_GATEWAY_URL');
  const phoneChannel = env.DANVAN_CITIZEN_PHONE_CHANNEL?.trim() || 'sms';
  if (phoneChannel !== 'sms' && phoneChannel !== 'zalo')
    problems.push(`DANVAN_CITIZEN_PHONE_CHANNEL must be sms or zalo (got "${phoneChannel}")`);
  const slowQueryMs = env.DANVAN_SLOW_QUERY_MS?.trim()
    ? parseInt10('DANVAN_SLOW_QUERY_MS', env.DANVAN_SLOW_QUERY_MS, 0, 1, 3_600_000, problems)
    : null;
  const backupHours = parseInt10(
    'DANVAN_BACKUP_HOURS',
    env.DANVAN_BACKUP_HOURS,
    24,
    1,
    24 * 365,
    problems,
  );
  const backupKeep = parseInt10(
    'DANVAN_BACKUP_KEEP',
    env.DANVAN_BACKUP_KEEP,
    14,
    1,
    10_000,
    problems,
  );
  const demo = parseBool('DANVAN_DEMO', env.DANVAN_DEMO, true, problems);
  const trustProxy = parseBool('DANVAN_TRUST_PROXY', env.DANVAN_TRUST_PROXY, false, problems);

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const logLevel = (env.DANVAN_LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`DANVAN_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const adminPassword = env.DANVAN_ADMIN_PASSWORD ?? null;
  if (adminPassword !== null && adminPassword.length < 10) {
    problems.push('DANVAN_ADMIN_PASSWORD must have at least 10 characters');
  }
  const smtpUrl = env.DANVAN_SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    problems.push('DANVAN_SMTP_URL must start with smtp:// or smtps://');
  const today = env.DANVAN_TODAY?.trim() || null;
  if (today && !/^\d{4}-\d{2}-\d{2}$/.test(today)) problems.push('DANVAN_TODAY must be YYYY-MM-DD');

  const sealedKey = env.DANVAN_SEALED_KEY?.trim() || null;
  if (sealedKey && !parseKeyMaterial(sealedKey))
    problems.push(
      'DANVAN_SEALED_KEY must be 32 bytes written as base64 (44 characters) or hex (64 characters)',
    );
  const sealedKeyPrevious = (env.DANVAN_SEALED_KEY_PREVIOUS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (sealedKeyPrevious.some((k) => !parseKeyMaterial(k)))
    problems.push(
      'DANVAN_SEALED_KEY_PREVIOUS must list 32-byte keys (base64 or hex), comma-separated',
    );

  if (problems.length) throw new ConfigError(problems);
  return {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: path.resolve(cwd, env.DANVAN_DATA_DIR?.trim() || './data'),
    databaseUrl,
    adminPassword,
    demo,
    logLevel,
    sessionTtlHours,
    trustProxy,
    smtpUrl,
    mailFrom: env.DANVAN_MAIL_FROM?.trim() || 'no-reply@danvan.local',
    loginRateLimit,
    reminderMinutes,
    outboxSeconds,
    smsGatewayUrl,
    smsGatewayToken: env.DANVAN_SMS_GATEWAY_TOKEN?.trim() || null,
    zaloGatewayUrl,
    zaloGatewayToken: env.DANVAN_ZALO_GATEWAY_TOKEN?.trim() || null,
    citizenPhoneChannel: phoneChannel === 'zalo' ? 'zalo' : 'sms',
    backup: {
      dir: env.DANVAN_BACKUP_DIR?.trim() ? path.resolve(cwd, env.DANVAN_BACKUP_DIR.trim()) : null,
      hours: backupHours,
      keep: backupKeep,
    },
    today,
    sealedKey,
    sealedKeyPrevious,
    slowQueryMs,
  };
}
