import { appendAudit } from '../../db/audit.js';
import { SYSTEM_ACTOR } from '../../domain/access/actor.js';
import { createUser } from '../users/create-user.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { agencyId, loadDemoUnits } from './demo-units.js';
import { replayDemoPetition } from './replay-demo-petition.js';
import {
  demoCurrentCases,
  demoFurtherDenunciations,
  generateDemo2019,
} from '../../domain/petition/index.js';
import { DEMO_PASSWORD, DEMO_USERS, demoEmail } from './demo-users.js';

export interface DemoSummary {
  loaded: boolean;
  units: number;
  users: string[];
  petitions?: number;
}

/**
 * The article's 71 petitions of Thạnh Hóa district in 2019, this year's work in the four
 * successor communes, and this year's further denunciations to the province (its head's queue),
 * replayed through the real commands so that every number comes from records.
 */
async function loadDemoPetitions(ctx: Ctx): Promise<number> {
  const today = ctx.clock.today();
  const records = [
    ...generateDemo2019(),
    ...demoCurrentCases(today),
    ...demoFurtherDenunciations(today),
  ];
  for (const record of records) await replayDemoPetition(ctx, record);
  await inTransaction(ctx, (tx) =>
    appendAudit(
      tx,
      ctx.engine,
      {
        actorId: null,
        actorName: 'system',
        entityType: 'demo',
        entityId: 'petitions',
        eventType: 'demo.loaded',
        payload: { part: 'petitions', count: records.length },
      },
      ctx.clock.now(),
    ),
  );
  return records.length;
}

/**
 * The demo's first steps, shared with the test worlds (tests/helpers/world.ts): the units and
 * their agencies (official codes, audited as one `demo.loaded` event), then one account per demo
 * role (DEMO_USERS, password DEMO_PASSWORD), or only the accounts named in `users`.
 */
export async function loadDemoFoundation(
  ctx: Ctx,
  users?: readonly string[],
): Promise<{ units: number; users: string[] }> {
  const units = await inTransaction(ctx, async (tx) => {
    const written = await loadDemoUnits(tx, ctx.clock.now().toISOString());
    await appendAudit(
      tx,
      ctx.engine,
      {
        actorId: null,
        actorName: 'system',
        entityType: 'demo',
        entityId: 'units',
        eventType: 'demo.loaded',
        payload: { part: 'units', count: written.length },
      },
      ctx.clock.now(),
    );
    return written.length;
  });
  const created: string[] = [];
  for (const u of DEMO_USERS) {
    if (users && !users.includes(u.username)) continue;
    await createUser({
      ctx,
      actor: SYSTEM_ACTOR,
      input: {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        unitCode: u.unitCode,
        agencyId: u.agencyKind ? agencyId(u.unitCode, u.agencyKind) : null,
        password: DEMO_PASSWORD,
        canReadIdentity: u.canReadIdentity ?? false,
        sample: true,
        email: demoEmail(u.username),
      },
    });
    created.push(u.username);
  }
  return { units, users: created };
}

/** 'loading' when a demo load was interrupted (the data is incomplete), 'done', or null. */
export async function demoStatus(ctx: Ctx): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'demo_status')
    .executeTakeFirst();
  return row?.value ?? null;
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
  await ctx.db.insertInto('settings').values({ key: 'demo_status', value: 'loading' }).execute();
  const { units } = await loadDemoFoundation(ctx);
  const petitions = await loadDemoPetitions(ctx);
  await (await import('./demo-campaign.js')).loadDemoCampaign({ ctx });
  await (await import('./demo-news.js')).loadDemoNews({ ctx });
  await ctx.db
    .updateTable('settings')
    .set({ value: 'done' })
    .where('key', '=', 'demo_status')
    .execute();
  return { loaded: true, units, users: DEMO_USERS.map((u) => u.username), petitions };
}
