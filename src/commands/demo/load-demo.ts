import { appendAudit } from '../../db/audit.js';
import { SYSTEM_ACTOR } from '../../domain/access/actor.js';
import { createUser } from '../users/create-user.js';
import { inTransaction, type Ctx } from '../context.js';
import { agencyId, loadDemoUnits } from './demo-units.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';

export interface DemoSummary {
  loaded: boolean;
  units: number;
  users: string[];
}

/** True when the database holds no business data yet (only the bootstrap admin). */
export async function isEmptyDatabase(ctx: Ctx): Promise<boolean> {
  const unit = await ctx.db.selectFrom('units').select('id').limit(1).executeTakeFirst();
  return !unit;
}

/**
 * Loads the seed article's scenario (sample data, marked as such) into an empty database:
 * units and agencies, one account per role, then the scenario's own records.
 */
export async function loadDemo({ ctx }: { ctx: Ctx }): Promise<DemoSummary> {
  if (!(await isEmptyDatabase(ctx))) return { loaded: false, units: 0, users: [] };
  const units = await inTransaction(ctx, async (tx) => {
    const written = await loadDemoUnits(tx, ctx.clock.now().toISOString());
    await appendAudit(tx, ctx.engine, { actorId: null, actorName: 'system', entityType: 'demo', entityId: 'units', eventType: 'demo.loaded', payload: { part: 'units', count: written.length } }, ctx.clock.now());
    return written;
  });
  for (const u of DEMO_USERS) {
    await createUser({
      ctx,
      actor: SYSTEM_ACTOR,
      input: { username: u.username, displayName: u.displayName, role: u.role, unitCode: u.unitCode, agencyId: u.agencyKind ? agencyId(u.unitCode, u.agencyKind) : null, password: DEMO_PASSWORD, canReadIdentity: u.canReadIdentity ?? false, sample: true },
    });
  }
  await (await import('./demo-campaign.js')).loadDemoCampaign({ ctx });
  return { loaded: true, units: units.length, users: DEMO_USERS.map((u) => u.username) };
}
