import { appendAudit } from '../../db/audit.js';
import { openIdentity, SEALED_FIELDS, sealIdentity } from '../../db/sealed-keys.js';
import { SealedKeyring } from '../../domain/sealed/keyring.js';
import { inTransaction, type Ctx } from '../../db/context.js';

export interface RotationProgress {
  done: number;
  remaining: number;
}

/**
 * Makes the keyring's current key the database's current key (the previous current key becomes
 * "retiring"). Idempotent: nothing happens when it already is.
 */
export async function beginRotation(ctx: Ctx, keys: SealedKeyring): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const known = await tx.selectFrom('sealed_keys').select(['key_id', 'state']).execute();
    if (known.some((k) => k.key_id === keys.current.id && k.state === 'current')) return;
    await tx
      .updateTable('sealed_keys')
      .set({ state: 'retiring' })
      .where('state', '=', 'current')
      .execute();
    if (known.some((k) => k.key_id === keys.current.id))
      await tx
        .updateTable('sealed_keys')
        .set({ state: 'current', retired_at: null })
        .where('key_id', '=', keys.current.id)
        .execute();
    else
      await tx
        .insertInto('sealed_keys')
        .values({
          key_id: keys.current.id,
          check_value: keys.current.check,
          state: 'current',
          created_at: ctx.clock.now().toISOString(),
          retired_at: null,
        })
        .execute();
  });
}

/**
 * Re-encrypts every sealed identity (and sealed cases' identity papers) not yet under the current
 * key, in batches of `batch` rows, each batch one transaction. Resumable: a row carries the id of
 * its key, so a run stopped at any point continues where it left off; a row changed meanwhile
 * (guarded by its old key id) is picked up by the next batch. Ends by retiring the old keys.
 */
export async function reencryptSealed(
  ctx: Ctx,
  keys: SealedKeyring,
  opts: { batch?: number; onProgress?: (p: RotationProgress) => void } = {},
): Promise<{ rows: number }> {
  const batch = opts.batch ?? 500;
  const currentId = keys.current.id;
  const stale = () =>
    ctx.db
      .selectFrom('sealed_identities')
      .where((eb) => eb.or([eb('key_id', 'is', null), eb('key_id', '!=', currentId)]));
  let done = 0;
  for (;;) {
    const rows = await stale()
      .select(['id', 'key_id', 'position', ...SEALED_FIELDS])
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    await inTransaction(ctx, async (tx) => {
      for (const r of rows) {
        const plain = r.key_id ? openIdentity(keys, r) : r; // key_id null: written before encryption
        const q = tx
          .updateTable('sealed_identities')
          .set(sealIdentity(keys, plain))
          .where('id', '=', r.id);
        await (
          r.key_id ? q.where('key_id', '=', r.key_id) : q.where('key_id', 'is', null)
        ).execute();
      }
    });
    done += rows.length;
    const left = await stale()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    opts.onProgress?.({ done, remaining: Number(left.n) });
  }
  // Reception-register fields of sealed cases: the identity paper and, from 1/7/2026, why no
  // identity document was checked (migration 0014-h12).
  for (const field of ['identity_paper', 'identity_unchecked_reason'] as const) {
    const papers = await ctx.db
      .selectFrom('reception_visits as v')
      .innerJoin('petitions as p', 'p.id', 'v.petition_id')
      .select(['v.id', `v.${field} as value`])
      .where('p.sealed', '=', 1)
      .where(`v.${field}`, 'is not', null)
      .execute();
    for (const v of papers) {
      if (SealedKeyring.keyIdOf(v.value) === currentId) continue;
      const plain = SealedKeyring.keyIdOf(v.value) ? keys.decrypt(v.value, field) : v.value;
      await ctx.db
        .updateTable('reception_visits')
        .set({ [field]: keys.encrypt(plain, field) })
        .where('id', '=', v.id)
        .execute();
      done += 1;
    }
  }
  await inTransaction(ctx, async (tx) => {
    const retiring = await tx
      .selectFrom('sealed_keys')
      .select('key_id')
      .where('state', '=', 'retiring')
      .execute();
    if (retiring.length === 0) return;
    await tx
      .updateTable('sealed_keys')
      .set({ state: 'retired', retired_at: ctx.clock.now().toISOString() })
      .where('state', '=', 'retiring')
      .execute();
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: null,
        actorName: 'system',
        entityType: 'sealed_keys',
        entityId: currentId,
        eventType: 'sealed.keys_rotated',
        payload: { rows: done, retired: retiring.map((r) => r.key_id) },
      },
      ctx.clock.now(),
    );
  });
  return { rows: done };
}
