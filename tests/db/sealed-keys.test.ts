import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRuntime } from '../../src/cli/runtime.js';
import { rotateKeys } from '../../src/cli/keys.js';
import { beginRotation, reencryptSealed } from '../../src/commands/sealed/rotate-sealed-keys.js';
import { submitPetition } from '../../src/commands/petitions/submit-petition.js';
import { loadConfig } from '../../src/config/config.js';
import { openIdentity, registerKey, sealIdentity } from '../../src/db/sealed-keys.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import {
  deriveKey,
  generateKeyMaterial,
  SealedKeyError,
  SealedKeyring,
} from '../../src/domain/sealed/keyring.js';
import { createTestDb, ENGINES, type TestDb } from '../helpers/engines.js';

const ringOf = (material: string, previous: string[] = []) =>
  new SealedKeyring(
    deriveKey(Buffer.from(material, 'base64')),
    previous.map((p) => deriveKey(Buffer.from(p, 'base64'))),
  );

async function withUnit(t: TestDb): Promise<TestDb> {
  await t.handle.db
    .insertInto('units')
    .values({
      id: randomUUID(),
      code: '27877',
      name: 'Thạnh Phước',
      full_name: 'Xã Thạnh Phước',
      name_en: null,
      level: 'commune',
      type: 'xa',
      parent_code: null,
      valid_from: '2000-01-01',
      valid_to: null,
      successor_codes: '[]',
      sample: 0,
    })
    .execute();
  return t;
}

async function snapshot(t: TestDb) {
  const db = t.handle.db;
  return JSON.stringify({
    files: fs
      .readdirSync(t.dataDir)
      .filter((f) => !f.endsWith('-shm') && !f.endsWith('-wal'))
      .sort(),
    sealed: await db.selectFrom('sealed_identities').selectAll().orderBy('id').execute(),
    keys: await db.selectFrom('sealed_keys').selectAll().orderBy('key_id').execute(),
    audit: await db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq').execute(),
    petitions: await db.selectFrom('petitions').select(['id', 'version']).orderBy('id').execute(),
  });
}

describe.each(ENGINES)('sealing key (%s)', (engine) => {
  let t: TestDb | null = null;
  afterEach(async () => {
    await t?.destroy();
    t = null;
  });

  it('refuses to start with a wrong or missing key, with a bilingual message, and changes nothing', async () => {
    t = await withUnit(await createTestDb(engine));
    const env = (key?: string) => ({
      DANVAN_DATA_DIR: t!.dataDir,
      DANVAN_LOG_LEVEL: 'silent',
      ...(t!.databaseUrl ? { DATABASE_URL: t!.databaseUrl } : {}),
      ...(key ? { DANVAN_SEALED_KEY: key } : {}),
    });
    const good = generateKeyMaterial();
    const rt = await openRuntime({ exclusive: false, config: loadConfig(env(good)) });
    await submitPetition({
      ctx: rt.ctx,
      actor: SYSTEM_ACTOR,
      input: {
        unitCode: '27877',
        kinds: ['denunciation'],
        channel: 'post',
        title: 'Tố cáo cán bộ địa chính',
        content: 'Tố cáo cán bộ địa chính xã nhận tiền khi làm hồ sơ đất.',
        petitioners: [
          {
            fullName: 'Người Tố Cáo Thử',
            address: 'Ấp 2',
            identityNumber: '079123456789',
            phone: '0909123456',
          },
        ],
      },
    });
    await rt.close();
    const before = await snapshot(t);

    const wrong = await openRuntime({
      exclusive: false,
      config: loadConfig(env(generateKeyMaterial())),
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(wrong).toBeInstanceOf(SealedKeyError);
    expect((wrong as SealedKeyError).code).toBe('wrong_key');
    expect((wrong as Error).message).toMatch(/không khớp[\s\S]*does not match/);
    expect(await snapshot(t)).toBe(before);

    // Key file mode without a key file, on a database that has a key: refused, and no key file is created.
    const missing = await openRuntime({ exclusive: false, config: loadConfig(env()) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((missing as SealedKeyError).code).toBe('missing_key');
    expect(fs.existsSync(path.join(t.dataDir, 'sealed.key'))).toBe(false);
    expect(await snapshot(t)).toBe(before);

    const again = await openRuntime({ exclusive: false, config: loadConfig(env(good)) });
    await again.close();
  });

  it('rotates the key over 10,000 sealed cases, resumes after an interruption, and every identity still decrypts', async () => {
    t = await createTestDb(engine);
    const db = t.handle.db;
    const k1 = generateKeyMaterial();
    const k2 = generateKeyMaterial();
    const ring1 = ringOf(k1);
    await registerKey(db, ring1.current, new Date());
    const now = new Date().toISOString();
    const N = 10_000;
    const expected = new Map<string, string>();
    for (let start = 0; start < N; start += 500) {
      const petitions = [];
      const people = [];
      for (let i = start; i < Math.min(start + 500, N); i += 1) {
        const id = randomUUID();
        petitions.push({
          id,
          tracking_code: `ROT${String(i).padStart(7, '0')}`,
          unit_code: '27877',
          kind: 'denunciation',
          channel: 'post',
          title: 'Tố cáo',
          content: 'Nội dung',
          status: 'received',
          received_on: '2026-11-02',
          sealed: 1,
          search_text: 'to cao',
          created_at: now,
          updated_at: now,
        });
        const name = `Người tố cáo số ${i}`;
        expected.set(id, name);
        people.push({
          id: randomUUID(),
          petition_id: id,
          position: 0,
          is_representative: 0,
          ...sealIdentity(ring1, {
            full_name: name,
            address: `Ấp ${i % 9}`,
            identity_number: String(790_000_000_000 + i),
            phone: `09${String(i).padStart(8, '0')}`,
            email: null,
          }),
        });
      }
      await db
        .insertInto('petitions')
        .values(petitions as never)
        .execute(); // columns with defaults left out
      await db.insertInto('sealed_identities').values(people).execute();
    }

    const ring2 = ringOf(k2, [k1]);
    const ctx = { ...t.ctx, keys: ring2 };
    await beginRotation(ctx, ring2);
    // Interrupted after the first batch (a crash, a kill): the run resumes where it stopped.
    const stop = new Error('interrupted');
    await expect(
      reencryptSealed(ctx, ring2, {
        batch: 1000,
        onProgress: () => {
          throw stop;
        },
      }),
    ).rejects.toBe(stop);
    const half = await db
      .selectFrom('sealed_identities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('key_id', '=', ring2.current.id)
      .executeTakeFirstOrThrow();
    expect(Number(half.n)).toBe(1000);
    const done = await reencryptSealed(ctx, ring2, { batch: 1000 });
    expect(done.rows).toBe(N - 1000);

    const only2 = ringOf(k2);
    const rows = await db
      .selectFrom('sealed_identities')
      .select([
        'petition_id',
        'key_id',
        'full_name',
        'address',
        'identity_number',
        'phone',
        'email',
        'id_index',
      ])
      .execute();
    expect(rows).toHaveLength(N);
    let ok = 0;
    for (const r of rows) {
      expect(r.key_id).toBe(only2.current.id);
      if (openIdentity(only2, r).full_name === expected.get(r.petition_id)) ok += 1;
    }
    expect(ok).toBe(N);
    // The blind index was recomputed under the new key: a lookup by ID number still finds the row.
    const hit = await db
      .selectFrom('sealed_identities')
      .select('petition_id')
      .where('id_index', '=', only2.index('id', String(790_000_000_000 + 4242)))
      .execute();
    expect(hit).toHaveLength(1);
    expect(() => ringOf(k1).decrypt(rows[0]!.full_name, 'full_name')).toThrow(SealedKeyError);
    const keys = await db
      .selectFrom('sealed_keys')
      .select(['key_id', 'state'])
      .orderBy('state')
      .execute();
    expect(keys).toEqual(
      [
        { key_id: ring2.current.id, state: 'current' },
        { key_id: ring1.current.id, state: 'retired' },
      ].sort((a, b) => a.state.localeCompare(b.state)),
    );
    const audit = await db
      .selectFrom('audit_events')
      .select('event_type')
      .where('event_type', '=', 'sealed.keys_rotated')
      .execute();
    expect(audit).toHaveLength(1);
  }, 600_000);

  it('`danvan keys rotate` in key-file mode writes a new 0600 key, keeps the old one, and the server starts with it', async () => {
    t = await withUnit(await createTestDb(engine));
    const env = {
      DANVAN_DATA_DIR: t.dataDir,
      DANVAN_LOG_LEVEL: 'silent',
      ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}),
    };
    fs.rmSync(path.join(t.dataDir, 'sealed.key'), { force: true });
    await t.handle.db.deleteFrom('sealed_keys').execute();
    const rt = await openRuntime({ exclusive: false, config: loadConfig(env) });
    const keyFile = path.join(t.dataDir, 'sealed.key');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const res = await submitPetition({
      ctx: rt.ctx,
      actor: SYSTEM_ACTOR,
      input: {
        unitCode: '27877',
        kinds: ['denunciation'],
        channel: 'post',
        title: 'Tố cáo',
        content: 'Tố cáo việc thu tiền sai quy định.',
        petitioners: [{ fullName: 'Trần Văn Khoá', address: 'Ấp 5' }],
      },
    });
    await rt.close();
    const oldKey = fs.readFileSync(keyFile, 'utf8');
    const lines: string[] = [];
    await rotateKeys(loadConfig(env), (s) => lines.push(s));
    expect(fs.readFileSync(keyFile, 'utf8')).not.toBe(oldKey);
    expect(fs.readFileSync(path.join(t.dataDir, 'sealed.key.previous'), 'utf8')).toBe(oldKey);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const rt2 = await openRuntime({ exclusive: false, config: loadConfig(env) });
    const row = await rt2.ctx.db
      .selectFrom('sealed_identities')
      .selectAll()
      .where('petition_id', '=', res.cases[0]!.id)
      .executeTakeFirstOrThrow();
    expect(openIdentity(rt2.ctx.keys!, row).full_name).toBe('Trần Văn Khoá');
    await rt2.close();
    expect(lines.join('\n')).toMatch(/Key rotation complete/);
  });
});
