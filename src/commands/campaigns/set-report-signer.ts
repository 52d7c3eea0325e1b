import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import { notFound } from '../../domain/errors.js';
import { signerCandidates } from '../../queries/campaigns/report-signer.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { assertUpdated, audit, checkVersion, forbidden, invalid } from './shared.js';

/**
 * A unit's setting naming who signs off (and may return) its campaign reports — for a unit
 * without a head account. `signerUserId: null` clears it. Guarded by `version` (0 = not set yet);
 * audited as `unit.report_signer_set`.
 */
export async function setReportSigner({
  ctx,
  actor,
  unitCode,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  unitCode: string;
  input: { signerUserId: string | null; note?: string | null; version: number };
}): Promise<{ unitCode: string; version: number }> {
  const unit = await ctx.db
    .selectFrom('units')
    .select('code')
    .where('code', '=', unitCode)
    .executeTakeFirst();
  if (!unit) throw notFound('unit');
  if (!campaignPolicy.setReportSigner(actor, unitCode)) {
    if (!campaignPolicy.readCampaign(actor, { unitCodes: [unitCode] })) throw notFound('unit');
    throw forbidden();
  }
  if (
    input.signerUserId !== null &&
    !(await signerCandidates(ctx, unitCode)).some((c) => c.id === input.signerUserId)
  )
    throw invalid(
      'Người ký duyệt phải là tài khoản đang hoạt động của đơn vị hoặc cấp trên, có quyền xem báo cáo.',
      'The signer must be an active account of the unit or a unit above it that reads campaign reports.',
      { field: 'signerUserId' },
    );
  const note = input.note?.trim() || null;
  return inTransaction(ctx, async (tx) => {
    const now = ctx.clock.now().toISOString();
    const cur = await tx
      .selectFrom('unit_report_signers')
      .selectAll()
      .where('unit_code', '=', unitCode)
      .executeTakeFirst();
    checkVersion(cur?.version ?? 0, input.version);
    const by = actor.id === 'system' ? null : actor.id;
    let version = (cur?.version ?? 0) + 1;
    if (input.signerUserId === null) {
      if (cur)
        assertUpdated({
          numUpdatedRows: (
            await tx
              .deleteFrom('unit_report_signers')
              .where('unit_code', '=', unitCode)
              .where('version', '=', cur.version)
              .executeTakeFirst()
          ).numDeletedRows,
        });
      version = 0;
    } else if (cur) {
      assertUpdated(
        await tx
          .updateTable('unit_report_signers')
          .set({
            signer_user_id: input.signerUserId,
            note,
            version,
            updated_by: by,
            updated_at: now,
          })
          .where('unit_code', '=', unitCode)
          .where('version', '=', cur.version)
          .executeTakeFirst(),
      );
    } else {
      // A concurrent first setting loses on the primary key: the caller retries with the new version.
      await tx
        .insertInto('unit_report_signers')
        .values({
          unit_code: unitCode,
          signer_user_id: input.signerUserId,
          note,
          version,
          updated_by: by,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('unit_code').doNothing())
        .executeTakeFirst()
        .then((r) => assertUpdated({ numUpdatedRows: r.numInsertedOrUpdatedRows ?? 0n }));
    }
    await audit(tx, ctx, actor, {
      entityType: 'unit',
      entityId: unitCode,
      eventType: 'unit.report_signer_set',
      payload: {
        from: cur?.signer_user_id ?? null,
        to: input.signerUserId,
        version,
      },
    });
    return { unitCode, version };
  });
}
