import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Ctx } from './context.js';
import type { Engine } from './connect.js';
import { DomainError } from '../domain/errors.js';
import { normaliseIdentity, normaliseVietnamesePhone } from '../domain/petition/duplicates.js';
import {
  deriveKey,
  generateKeyMaterial,
  nameAddressKey,
  parseKeyMaterial,
  SealedKeyError,
  SealedKeyring,
  type SealedKey,
} from '../domain/sealed/keyring.js';
import type { Database } from './schema.js';

/** Key file in the data directory (created at first start when DANVAN_SEALED_KEY is unset). */
export const KEY_FILE = 'sealed.key';
/** Earlier keys, one a line, kept while a rotation runs and for archives made before it. */
export const PREVIOUS_KEY_FILE = 'sealed.key.previous';

/** The personal fields of a sealed identity row, encrypted one by one. */
export const SEALED_FIELDS = ['full_name', 'address', 'identity_number', 'phone', 'email'] as const;

export interface KeySource {
  dataDir: string;
  /** DANVAN_SEALED_KEY; null means the key file. */
  envKey: string | null;
  envPrevious: string[];
}

/** Whether the keys are ready, or a rotation has been started (new key configured, data not yet re-encrypted). */
export type KeyState = 'fresh' | 'ok' | 'rotation_start';

function readLines(file: string): string[] {
  return fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}

function parseOrFail(text: string, where: string): Buffer {
  const b = parseKeyMaterial(text);
  if (!b)
    throw new SealedKeyError(
      'bad_key',
      `Khoá niêm phong trong ${where} không hợp lệ (cần 32 byte, base64 hoặc hex).`,
      `The sealing key in ${where} is invalid (32 bytes, base64 or hex).`,
    );
  return b;
}

/** Writes a key file atomically with mode 0600 (owner read/write only). */
export function writeKeyFile(file: string, lines: string[]): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, `${lines.join('\n')}\n`, { mode: 0o600 });
  fs.chmodSync(tmp, 0o600);
  fs.renameSync(tmp, file);
}

/** The registered key check values, or null when the table does not exist yet (before migrations). */
export async function registeredKeys(
  db: Kysely<Database>,
): Promise<Array<{ key_id: string; check_value: string; state: string }> | null> {
  try {
    return await db.selectFrom('sealed_keys').select(['key_id', 'check_value', 'state']).execute();
  } catch {
    return null;
  }
}

const held = (ring: SealedKeyring, check: string) =>
  ring.all.some((k) => SealedKeyring.checkMatches(k, check));

/**
 * Loads the sealing keys and checks them against the database before anything is written: a wrong
 * or missing key refuses with a bilingual message and changes nothing (no key file is created for
 * a database that already has one). A fresh database gets a new key file (mode 0600).
 */
export async function openKeyring(
  db: Kysely<Database>,
  src: KeySource,
  purpose: 'serve' | 'rotate',
): Promise<{ keyring: SealedKeyring; state: KeyState }> {
  const registered = (await registeredKeys(db)) ?? [];
  const keyFile = path.join(src.dataDir, KEY_FILE);
  let material: Buffer | null = src.envKey ? parseOrFail(src.envKey, 'DANVAN_SEALED_KEY') : null;
  if (!src.envKey && fs.existsSync(keyFile))
    material = parseOrFail(readLines(keyFile)[0] ?? '', keyFile);
  const previousText = src.envKey
    ? src.envPrevious
    : readLines(path.join(src.dataDir, PREVIOUS_KEY_FILE));
  const previous = previousText.map((t) =>
    deriveKey(parseOrFail(t, src.envKey ? 'DANVAN_SEALED_KEY_PREVIOUS' : PREVIOUS_KEY_FILE)),
  );

  if (!material) {
    if (registered.length > 0) {
      throw new SealedKeyError(
        'missing_key',
        `Không tìm thấy khoá niêm phong danh tính người tố cáo (${keyFile} hoặc DANVAN_SEALED_KEY) cho cơ sở dữ liệu đã có dữ liệu. Không khởi động; không thay đổi gì.`,
        `The key sealing denouncers' identities is missing (${keyFile} or DANVAN_SEALED_KEY) for a database that has one. Not starting; nothing was changed.`,
      );
    }
    const text = generateKeyMaterial();
    fs.mkdirSync(src.dataDir, { recursive: true });
    writeKeyFile(keyFile, [text]);
    material = parseOrFail(text, keyFile);
  }
  const keyring = new SealedKeyring(deriveKey(material), previous);
  if (registered.length === 0) return { keyring, state: 'fresh' };

  const current = registered.find((r) => r.state === 'current');
  if (current && SealedKeyring.checkMatches(keyring.current, current.check_value)) {
    for (const r of registered.filter((x) => x.state === 'retiring')) {
      if (!held(keyring, r.check_value)) {
        throw new SealedKeyError(
          'missing_key',
          'Đang đổi khoá niêm phong dở dang: cần cả khoá cũ (DANVAN_SEALED_KEY_PREVIOUS hoặc sealed.key.previous). Chạy lại `npx danvan keys rotate`. Không thay đổi gì.',
          'A sealing-key rotation is unfinished and needs the previous key too (DANVAN_SEALED_KEY_PREVIOUS or sealed.key.previous). Run `npx danvan keys rotate` again. Nothing was changed.',
        );
      }
    }
    return { keyring, state: 'ok' };
  }
  if (current && held(keyring, current.check_value)) {
    if (purpose === 'rotate') return { keyring, state: 'rotation_start' };
    throw new SealedKeyError(
      'rotation_pending',
      'Đã cấu hình khoá niêm phong mới nhưng dữ liệu chưa được mã hoá lại: chạy `npx danvan keys rotate` trước. Không thay đổi gì.',
      'A new sealing key is configured but the data is not re-encrypted yet: run `npx danvan keys rotate` first. Nothing was changed.',
    );
  }
  throw new SealedKeyError(
    'wrong_key',
    'Khoá niêm phong danh tính người tố cáo không khớp với cơ sở dữ liệu (sai DANVAN_SEALED_KEY hoặc tệp sealed.key). Không khởi động; không thay đổi gì.',
    "The key sealing denouncers' identities does not match this database (wrong DANVAN_SEALED_KEY or sealed.key file). Not starting; nothing was changed.",
  );
}

/** Records the current key's check value on a fresh database (after migrations). */
export async function registerKey(db: Kysely<Database>, key: SealedKey, now: Date): Promise<void> {
  const rows = await db.selectFrom('sealed_keys').select('key_id').execute();
  if (rows.length === 0)
    await db
      .insertInto('sealed_keys')
      .values({
        key_id: key.id,
        check_value: key.check,
        state: 'current',
        created_at: now.toISOString(),
        retired_at: null,
      })
      .execute();
}

/** A sealed identity's plain fields. */
export interface PlainIdentity {
  full_name: string;
  address: string | null;
  identity_number: string | null;
  phone: string | null;
  email: string | null;
}

/** The stored form of a sealed identity: ciphertext fields, blind indexes, no plain-text helpers. */
export function sealIdentity(ring: SealedKeyring, p: PlainIdentity) {
  return {
    full_name: ring.encrypt(p.full_name, 'full_name')!,
    address: ring.encrypt(p.address, 'address'),
    identity_number: ring.encrypt(p.identity_number, 'identity_number'),
    phone: ring.encrypt(p.phone, 'phone'),
    email: ring.encrypt(p.email, 'email'),
    folded_name: '',
    phone_norm: null,
    key_id: ring.current.id,
    id_index: ring.index('id', normaliseIdentity(p.identity_number)),
    phone_index: ring.index('phone', normaliseVietnamesePhone(p.phone)),
    name_index: ring.index('name_address', nameAddressKey(p.full_name, p.address)),
  };
}

/**
 * Refuses to seal anything under a key that is no longer the database's current one: a server
 * started before `danvan keys rotate` (PostgreSQL has no data-directory lock) would otherwise write
 * identities the rotation has already passed over, left under the old key when it is retired. On
 * PostgreSQL the current key's row is share-locked until the transaction ends, so a rotation that
 * starts meanwhile waits for this write and then re-encrypts it.
 */
export async function assertCurrentSealingKey(
  tx: Kysely<Database>,
  engine: Engine,
  keys: SealedKeyring,
): Promise<void> {
  const q = tx.selectFrom('sealed_keys').select('key_id').where('state', '=', 'current');
  const row = await (engine === 'postgres' ? q.forShare() : q).executeTakeFirst();
  if (row && row.key_id !== keys.current.id)
    throw new DomainError(
      'sealing_key_changed',
      'Khoá niêm phong danh tính đã được đổi (danvan keys rotate) sau khi máy chủ này khởi động. Cần khởi động lại máy chủ; đơn chưa được lưu.',
      'The sealing key was rotated (danvan keys rotate) after this server started. Restart the server; the petition was not saved.',
    );
}

/** Decrypts a stored sealed identity row. */
export function openIdentity(ring: SealedKeyring, row: PlainIdentity): PlainIdentity {
  return {
    full_name: ring.decrypt(row.full_name, 'full_name') ?? '',
    address: ring.decrypt(row.address, 'address'),
    identity_number: ring.decrypt(row.identity_number, 'identity_number'),
    phone: ring.decrypt(row.phone, 'phone'),
    email: ring.decrypt(row.email, 'email'),
  };
}

/**
 * Encrypts rows stored in plain text before encryption existed (key_id null), and the reception
 * register's identity paper of sealed cases, in batches. Run at start after migrations.
 */
export async function sealLegacyRows(
  db: Kysely<Database>,
  ring: SealedKeyring,
  batch = 500,
): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db
      .selectFrom('sealed_identities')
      .select(['id', ...SEALED_FIELDS])
      .where('key_id', 'is', null)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    await db.transaction().execute(async (tx) => {
      for (const r of rows)
        await tx
          .updateTable('sealed_identities')
          .set(sealIdentity(ring, r))
          .where('id', '=', r.id)
          .where('key_id', 'is', null)
          .execute();
    });
    done += rows.length;
  }
  const papers = await db
    .selectFrom('reception_visits as v')
    .innerJoin('petitions as p', 'p.id', 'v.petition_id')
    .select(['v.id', 'v.identity_paper'])
    .where('p.sealed', '=', 1)
    .where('v.identity_paper', 'is not', null)
    .where('v.identity_paper', 'not like', 's1.%')
    .execute();
  for (const v of papers)
    await db
      .updateTable('reception_visits')
      .set({ identity_paper: ring.encrypt(v.identity_paper, 'identity_paper') })
      .where('id', '=', v.id)
      .execute();
  return done + papers.length;
}

const fallback = new Map<string, SealedKeyring>();

/**
 * The keyring of a context: the one the runtime checked at start, or (for a context built without
 * the runtime, e.g. a test database) the key file of its data directory, created when missing.
 */
export function keyringOf(ctx: Ctx): SealedKeyring {
  if (ctx.keys) return ctx.keys;
  let ring = fallback.get(ctx.dataDir);
  if (!ring) {
    const file = path.join(ctx.dataDir, KEY_FILE);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(ctx.dataDir, { recursive: true });
      writeKeyFile(file, [generateKeyMaterial()]);
    }
    ring = new SealedKeyring(
      deriveKey(parseOrFail(readLines(file)[0] ?? '', file)),
      readLines(path.join(ctx.dataDir, PREVIOUS_KEY_FILE)).map((t) =>
        deriveKey(parseOrFail(t, PREVIOUS_KEY_FILE)),
      ),
    );
    fallback.set(ctx.dataDir, ring);
  }
  return ring;
}
