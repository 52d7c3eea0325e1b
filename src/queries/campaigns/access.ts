import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CampaignsTable, UnitReportsTable } from '../../db/schema-campaigns.js';
import type { CampaignFacts, DelegationFacts } from '../../domain/access/campaign.policy.js';

/** A campaign row with its participating units. */
export interface LoadedCampaign {
  row: Selectable<CampaignsTable>;
  unitCodes: string[];
}

export async function loadCampaign(
  db: Kysely<Database>,
  id: string,
): Promise<LoadedCampaign | null> {
  const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const units = await db
    .selectFrom('campaign_units')
    .select('unit_code')
    .where('campaign_id', '=', id)
    .orderBy('unit_code')
    .execute();
  return { row, unitCodes: units.map((u) => u.unit_code) };
}

export async function loadReport(
  db: Kysely<Database>,
  id: string,
): Promise<Selectable<UnitReportsTable> | null> {
  return (
    (await db.selectFrom('unit_reports').selectAll().where('id', '=', id).executeTakeFirst()) ??
    null
  );
}

/** A delegation member as stored: name and title, and the user id when the member has an account. */
export interface DelegationMember {
  name: string;
  title: string;
  userId?: string | null;
}

/** Access facts of every delegation targeting one of `unitCodes` (for reading a unit's report). */
export async function delegationsTargeting(
  db: Kysely<Database>,
  unitCodes: readonly string[],
): Promise<DelegationFacts[]> {
  if (unitCodes.length === 0) return [];
  const ids = (
    await db
      .selectFrom('inspection_targets')
      .select('inspection_id')
      .distinct()
      .where('unit_code', 'in', [...unitCodes])
      .execute()
  ).map((r) => r.inspection_id);
  return delegationFacts(db, ids);
}

/** Access facts of the given delegations. */
export async function delegationFacts(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<DelegationFacts[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('inspections')
    .select(['id', 'head_user_id', 'members'])
    .where('id', 'in', [...ids])
    .execute();
  const targets = await db
    .selectFrom('inspection_targets')
    .selectAll()
    .where('inspection_id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    headUserId: r.head_user_id,
    memberUserIds: (JSON.parse(r.members) as DelegationMember[])
      .map((m) => m.userId)
      .filter((u): u is string => Boolean(u)),
    targetUnitCodes: targets
      .filter((t) => t.inspection_id === r.id)
      .map((t) => t.unit_code)
      .sort(),
  }));
}

/** Access facts of a campaign: owning unit and participating units. */
export async function campaignFacts(
  db: Kysely<Database>,
  id: string,
): Promise<CampaignFacts | undefined> {
  const c = await loadCampaign(db, id);
  return c
    ? {
        unitCodes: c.unitCodes,
        ownerUnitCode: c.row.owner_unit_code,
        reportSigners: await reportSigners(db, c.unitCodes),
      }
    : undefined;
}

/** Unit → the account named to sign off its campaign reports (unit settings, migration 0014-h14). */
export async function reportSigners(
  db: Kysely<Database>,
  unitCodes: readonly string[],
): Promise<Record<string, string>> {
  if (unitCodes.length === 0) return {};
  const rows = await db
    .selectFrom('unit_report_signers')
    .select(['unit_code', 'signer_user_id'])
    .where('unit_code', 'in', [...unitCodes])
    .execute();
  return Object.fromEntries(rows.map((r) => [r.unit_code, r.signer_user_id]));
}
