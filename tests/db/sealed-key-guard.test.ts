import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { beginRotation, reencryptSealed } from '../../src/commands/sealed/rotate-sealed-keys.js';
import { submitPetition } from '../../src/commands/petitions/submit-petition.js';
import type { Ctx } from '../../src/db/context.js';
import { openIdentity, registerKey } from '../../src/db/sealed-keys.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import { deriveKey, generateKeyMaterial, SealedKeyring } from '../../src/domain/sealed/keyring.js';
import { STATUS_BY_CODE } from '../../src/http/problem.js';
import { createTestDb, ENGINES, type TestDb } from '../helpers/engines.js';

const ringOf = (material: string, previous: string[] = []) =>
  new SealedKeyring(
    deriveKey(Buffer.from(material, 'base64')),
    previous.map((p) => deriveKey(Buffer.from(p, 'base64'))),
  );

const denunciation = (name: string) => ({
  unitCode: '27877',
  kinds: ['denunciation' as const],
  channel: 'post' as const,
  title: 'Tố cáo cán bộ địa chính nhận tiền',
  content: 'Tố cáo cán bộ địa chính xã nhận tiền khi làm hồ sơ cấp giấy chứng nhận.',
  petitioners: [{ fullName: name, address: 'Ấp 3', phone: '0909555111' }],
});

/**
 * A server started before `danvan keys rotate` (PostgreSQL: nothing stops it from running) must
 * not seal new identities under the key the rotation is retiring: it refuses, saves nothing, and
 * asks for a restart; a restarted server (holding the new key) writes under the new key.
 */
describe.each(ENGINES)('sealing under a rotated key (%s)', (engine) => {
  let t: TestDb | null = null;
  afterEach(async () => {
    await t?.destroy();
    t = null;
  });

  it('refuses to seal under a key the database no longer calls current, and changes nothing', async () => {
    t = await createTestDb(engine);
    const db = t.handle.db;
    await db
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
    const k1 = generateKeyMaterial();
    const k2 = generateKeyMaterial();
    const ring1 = ringOf(k1);
    await registerKey(db, ring1.current, new Date());
    const oldServer: Ctx = { ...t.ctx, keys: ring1 };
    await submitPetition({ ctx: oldServer, actor: SYSTEM_ACTOR, input: denunciation('Người Một') });

    // `danvan keys rotate` runs in another process while this server keeps running.
    const ring2 = ringOf(k2, [k1]);
    const newServer: Ctx = { ...t.ctx, keys: ring2 };
    await beginRotation(newServer, ring2);
    const count = async () =>
      Promise.all(
        (['petitions', 'sealed_identities', 'audit_events'] as const).map(async (table) =>
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await count();
    const refused = await submitPetition({
      ctx: oldServer,
      actor: SYSTEM_ACTOR,
      input: denunciation('Người Hai'),
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'sealing_key_changed' });
    expect((refused as { messageVi: string }).messageVi).toMatch(/khởi động lại/);
    expect((refused as { messageEn: string }).messageEn).toMatch(/Restart the server/);
    expect(STATUS_BY_CODE.sealing_key_changed).toBe(503);
    expect(await count()).toEqual(before);

    // Petitions that seal nothing are not held up by a rotation.
    const named = await submitPetition({
      ctx: oldServer,
      actor: SYSTEM_ACTOR,
      input: {
        ...denunciation('Người Ba'),
        kinds: ['recommendation'],
        title: 'Kiến nghị sửa đường ấp 3',
        content: 'Đường đất ấp 3 bị sạt lở sau mưa, đề nghị xã sửa chữa sớm.',
      },
    });
    expect(named.cases).toHaveLength(1);

    // The rotation finishes; the restarted server seals under the new key; everything decrypts.
    await reencryptSealed(newServer, ring2);
    await submitPetition({ ctx: newServer, actor: SYSTEM_ACTOR, input: denunciation('Người Bốn') });
    const rows = await db
      .selectFrom('sealed_identities')
      .selectAll()
      .orderBy('full_name')
      .execute();
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.key_id))).toEqual(new Set([ring2.current.id]));
    expect(rows.map((r) => openIdentity(ringOf(k2), r).full_name).sort()).toEqual([
      'Người Bốn',
      'Người Một',
    ]);
  });
});
