import type { Kysely } from 'kysely';
import { verifyChain, type ChainProblem } from '../../domain/audit/chain.js';
import type { Database } from '../../db/schema.js';

export interface AuditVerification {
  rows: number;
  problems: ChainProblem[];
}

/** Reads the whole audit chain in order (in pages) and checks every link. */
export async function verifyAuditChain({
  db,
}: {
  db: Kysely<Database>;
}): Promise<AuditVerification> {
  const all = [];
  let after = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(5000)
      .execute();
    all.push(...page);
    if (page.length < 5000) break;
    after = page[page.length - 1]!.seq;
  }
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return { rows: all.length, problems: verifyChain(all, head ?? null) };
}
