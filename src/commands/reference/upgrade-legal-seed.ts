import { createHash } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import { SYSTEM_ACTOR } from '../../domain/access/actor.js';
import {
  DEADLINE_RULES,
  OFFICIAL_DECISIONS,
  type DeadlineRule,
} from '../../domain/calendar/index.js';
import { invalidateCalendar, readCalendar } from '../../queries/calendar/load-calendar.js';
import {
  recomputeOpenDeadlines,
  type RecomputeSummary,
} from '../calendar/recompute-open-deadlines.js';
import { inTransaction, type Ctx } from '../../db/context.js';

const KEY = 'legal_seed_fingerprint';

/** A fingerprint of the legal data shipped in code (official calendar decisions and deadline rules). */
export function legalSeedFingerprint(): string {
  return createHash('sha256')
    .update(JSON.stringify([OFFICIAL_DECISIONS, DEADLINE_RULES]))
    .digest('hex');
}

export interface LegalSeedUpgrade {
  upgraded: boolean;
  rulesAdded: string[];
  rulesEnded: string[];
  recompute: RecomputeSummary | null;
}

/**
 * Brings a database up to the legal data of this release, once per change of that data: adds the
 * seed deadline rules it lacks (new steps, rules of a new law), closes the stored rules that a
 * newer version replaces (their `effectiveTo`, when the database has none), and recomputes the
 * open deadlines with the new official calendar (e.g. the 2026 National Day schedule) through the
 * same recompute as an administrator's edit, audited. Rules an administrator edited keep their data.
 */
export async function upgradeLegalSeed(ctx: Ctx): Promise<LegalSeedUpgrade> {
  const fingerprint = legalSeedFingerprint();
  const stored = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', KEY)
    .executeTakeFirst();
  if (stored?.value === fingerprint)
    return { upgraded: false, rulesAdded: [], rulesEnded: [], recompute: null };
  const result = await inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const rows = await tx.selectFrom('deadline_rules').select(['id', 'data']).execute();
    const have = new Map(rows.map((r) => [r.id, JSON.parse(r.data) as DeadlineRule]));
    const rulesAdded: string[] = [];
    const rulesEnded: string[] = [];
    for (const seed of DEADLINE_RULES) {
      const current = have.get(seed.id);
      if (!current) {
        await tx
          .insertInto('deadline_rules')
          .values({ id: seed.id, data: JSON.stringify(seed), updated_at: now })
          .execute();
        rulesAdded.push(seed.id);
      } else if (current.effectiveTo === null && seed.effectiveTo !== null) {
        await tx
          .updateTable('deadline_rules')
          .set({
            data: JSON.stringify({ ...current, effectiveTo: seed.effectiveTo }),
            updated_at: now,
          })
          .where('id', '=', seed.id)
          .execute();
        rulesEnded.push(seed.id);
      }
    }
    const snapshot = await readCalendar(tx);
    const recompute = await recomputeOpenDeadlines({
      ctx,
      actor: SYSTEM_ACTOR,
      tx,
      input: {
        snapshot,
        changedRuleIds: rulesEnded,
        cause: { eventType: 'legal_seed.upgraded', entityType: 'settings', entityId: KEY },
      },
    });
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: null,
        actorName: SYSTEM_ACTOR.username,
        entityType: 'settings',
        entityId: KEY,
        eventType: 'legal_seed.upgraded',
        payload: { fingerprint, rulesAdded, rulesEnded, moved: recompute.moved },
      },
      ctx.clock.now(),
    );
    await tx
      .insertInto('settings')
      .values({ key: KEY, value: fingerprint })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: fingerprint }))
      .execute();
    return { upgraded: true, rulesAdded, rulesEnded, recompute };
  });
  invalidateCalendar();
  return result;
}
