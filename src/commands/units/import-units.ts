import type { Kysely } from 'kysely';
import { appendAudit } from '../../db/audit.js';
import type { Database } from '../../db/schema.js';
import { hasAbility, type Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';
import {
  parseUnitImport,
  unitKey,
  type UnitImportResult,
  type UnitVersion,
} from '../../domain/units/index.js';
import { invalidateUnitIndex } from '../../queries/reports/unit-index.js';
import { invalidateUnitScopes } from '../../queries/units/unit-scope.js';
import { inTransaction, type Ctx } from '../../db/context.js';

function toRow(u: UnitVersion) {
  return {
    id: unitKey(u),
    code: u.code,
    name: u.name,
    full_name: u.fullName,
    name_en: u.nameEn ?? null,
    level: u.level,
    type: u.type,
    parent_code: u.parentCode,
    valid_from: u.validFrom,
    valid_to: u.validTo,
    successor_codes: JSON.stringify(u.successorCodes),
    sample: u.sample ? 1 : 0,
  };
}

/** Inserts or replaces unit versions (by code and validFrom) inside an open transaction. */
export async function writeUnits(
  tx: Kysely<Database>,
  units: readonly UnitVersion[],
): Promise<void> {
  const rows = units.map(toRow);
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await tx
      .deleteFrom('units')
      .where(
        'id',
        'in',
        chunk.map((r) => r.id),
      )
      .execute();
    await tx.insertInto('units').values(chunk).execute();
  }
  invalidateUnitScopes(tx);
  invalidateUnitIndex(tx);
}

async function existingUnits(db: Kysely<Database>): Promise<UnitVersion[]> {
  const rows = await db.selectFrom('units').selectAll().execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    fullName: r.full_name,
    nameEn: r.name_en ?? undefined,
    level: r.level as UnitVersion['level'],
    type: r.type as UnitVersion['type'],
    parentCode: r.parent_code,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    successorCodes: JSON.parse(r.successor_codes) as string[],
    sample: r.sample === 1,
  }));
}

/**
 * Imports units from CSV (code, name, level, parent code, valid from, valid to, successor codes).
 * Accepted lines are written with one audit event; rejected lines come back with their reasons.
 */
export async function importUnits({
  ctx,
  actor,
  csv,
  dryRun = false,
}: {
  ctx: Ctx;
  actor: Actor;
  csv: string;
  dryRun?: boolean;
}): Promise<UnitImportResult> {
  if (!hasAbility(actor, 'admin.units')) throw notFound('unit');
  const result = parseUnitImport(csv, { existing: await existingUnits(ctx.db) });
  if (dryRun || result.accepted.length === 0) return result;
  await inTransaction(ctx, async (tx) => {
    await writeUnits(tx, result.accepted);
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: actor.id === 'system' ? null : actor.id,
        actorName: actor.username,
        entityType: 'unit',
        entityId: 'import',
        eventType: 'unit.imported',
        payload: {
          accepted: result.accepted.length,
          rejected: result.rejected.length,
          codes: result.accepted.slice(0, 50).map((u) => u.code),
        },
      },
      ctx.clock.now(),
    );
  });
  return result;
}
