import type { Kysely } from 'kysely';

/**
 * Issue 14, remaining items:
 * - A conclusion notice number is unique per issuing body and year in the database itself:
 *   `inspection_sessions.notice_issuer` (the delegation's issuing body, copied when a number is
 *   given) and `notice_year` (of the session date) with a unique index over (issuer, year,
 *   number). Sessions without a number keep both null (never constrained). Existing numbers are
 *   filled in; a duplicate already stored (checked only in code before) keeps null there.
 * - The notice as issued: `notice_findings` (JSON: kind, text, unit, due date of each finding)
 *   and `notice_frozen_at`, written when the notice gets its number; the .docx prints them.
 * - Who signs off a unit's campaign reports when the unit has no head account:
 *   `unit_report_signers` (one row per unit, versioned; its changes are audited).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('inspection_sessions').addColumn('notice_issuer', 'text').execute();
  await db.schema.alterTable('inspection_sessions').addColumn('notice_year', 'text').execute();
  await db.schema.alterTable('inspection_sessions').addColumn('notice_findings', 'text').execute();
  await db.schema.alterTable('inspection_sessions').addColumn('notice_frozen_at', 'text').execute();
  const k = db as Kysely<{
    inspection_sessions: {
      id: string;
      inspection_id: string;
      held_on: string;
      notice_number: string | null;
      notice_issuer: string | null;
      notice_year: string | null;
      created_at: string;
    };
    inspections: { id: string; issuing_body: string };
  }>;
  const rows = await k
    .selectFrom('inspection_sessions as s')
    .innerJoin('inspections as i', 'i.id', 's.inspection_id')
    .select(['s.id', 's.held_on', 's.notice_number', 'i.issuing_body'])
    .where('s.notice_number', 'is not', null)
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
  const seen = new Set<string>();
  for (const r of rows) {
    const key = JSON.stringify([r.issuing_body, r.held_on.slice(0, 4), r.notice_number]);
    if (seen.has(key)) continue;
    seen.add(key);
    await k
      .updateTable('inspection_sessions')
      .set({ notice_issuer: r.issuing_body, notice_year: r.held_on.slice(0, 4) })
      .where('id', '=', r.id)
      .execute();
  }
  await db.schema
    .createIndex('inspection_sessions_notice_number_uq')
    .on('inspection_sessions')
    .columns(['notice_issuer', 'notice_year', 'notice_number'])
    .unique()
    .execute();

  await db.schema
    .createTable('unit_report_signers')
    .addColumn('unit_code', 'text', (c) => c.primaryKey())
    .addColumn('signer_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
