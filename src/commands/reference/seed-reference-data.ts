import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { DEADLINE_RULES } from '../../domain/calendar/index.js';
import { SEED_TOPICS } from '../../domain/petition/topics.js';

/**
 * Seeds the editable reference data (topic taxonomy, deadline rules) into a database that has none.
 * From then on the database is the source: administrators edit it, with audit.
 */
export async function seedReferenceData(
  db: Kysely<Database>,
  nowIso = new Date().toISOString(),
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const topic = await tx.selectFrom('topics').select('code').limit(1).executeTakeFirst();
    if (!topic) {
      await tx
        .insertInto('topics')
        .values(
          SEED_TOPICS.map((t, i) => ({
            code: t.code,
            name_vi: t.label.vi,
            name_en: t.label.en,
            kinds: JSON.stringify(t.kinds),
            open311: (t.kinds as readonly string[]).some(
              (k) => k === 'feedback' || k === 'recommendation',
            )
              ? 1
              : 0,
            active: 1,
            sort: i,
          })),
        )
        .execute();
    }
    const rule = await tx.selectFrom('deadline_rules').select('id').limit(1).executeTakeFirst();
    if (!rule) {
      await tx
        .insertInto('deadline_rules')
        .values(
          DEADLINE_RULES.map((r) => ({ id: r.id, data: JSON.stringify(r), updated_at: nowIso })),
        )
        .execute();
    }
  });
}
