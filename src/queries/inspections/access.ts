import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { FindingsTable, InspectionsTable } from '../../db/schema-campaigns.js';
import type { DelegationFacts } from '../../domain/access/campaign.policy.js';
import type { DelegationMember } from '../campaigns/access.js';

/** A delegation with its members, targets and access facts. */
export interface LoadedDelegation {
  row: Selectable<InspectionsTable>;
  members: DelegationMember[];
  targets: string[];
  facts: DelegationFacts;
}

export async function loadDelegation(
  db: Kysely<Database>,
  id: string,
): Promise<LoadedDelegation | null> {
  const row = await db
    .selectFrom('inspections')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const targets = (
    await db
      .selectFrom('inspection_targets')
      .select('unit_code')
      .where('inspection_id', '=', id)
      .orderBy('unit_code')
      .execute()
  ).map((t) => t.unit_code);
  const members = JSON.parse(row.members) as DelegationMember[];
  return {
    row,
    members,
    targets,
    facts: {
      headUserId: row.head_user_id,
      memberUserIds: members.map((m) => m.userId).filter((u): u is string => Boolean(u)),
      targetUnitCodes: targets,
    },
  };
}

/** A finding with its delegation. */
export async function loadFinding(
  db: Kysely<Database>,
  id: string,
): Promise<{ finding: Selectable<FindingsTable>; delegation: LoadedDelegation } | null> {
  const finding = await db
    .selectFrom('findings')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!finding) return null;
  const delegation = await loadDelegation(db, finding.inspection_id);
  return delegation ? { finding, delegation } : null;
}
