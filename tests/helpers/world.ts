import { appendAudit } from '../../src/db/audit.js';
import { inTransaction, type Ctx } from '../../src/db/context.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import type { Role } from '../../src/domain/access/roles.js';
import { createUser as createUserCommand } from '../../src/commands/users/create-user.js';
import { loadDemoCampaign } from '../../src/commands/demo/demo-campaign.js';
import { replayDemoPetition } from '../../src/commands/demo/replay-demo-petition.js';
import {
  demoCurrentCases,
  generateDemo2019,
  type DemoPetition,
} from '../../src/domain/petition/index.js';
import { agencyId, loadDemoUnits } from '../../src/commands/demo/demo-units.js';
import { DEMO_PASSWORD, DEMO_USERS, demoEmail } from '../../src/commands/demo/demo-users.js';

/**
 * Test data factories: the smallest world a test needs, built through the real commands.
 *
 * - 'demo': the whole demo scenario (units, accounts, the article's 71 petitions, this year's
 *   commune cases, the campaign, the news) — only for tests that assert demo facts.
 * - 'units': the demo's units and agencies plus one account per demo role (same usernames and
 *   password), and no business records: each test creates the cases it asserts on.
 * - 'campaign': 'units' plus the demo's mass-mobilisation scenario (the 2019 campaign, reports,
 *   delegation, models, dialogue conferences), without the demo's petitions and news.
 * - 'empty': reference data and the bootstrap administrator only.
 */
export type World = 'demo' | 'campaign' | 'units' | 'empty';

/** The demo's units with their agencies (official codes), written as the demo loader writes them. */
export async function createUnits(ctx: Ctx): Promise<void> {
  await inTransaction(ctx, async (tx) => {
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
  });
}

export interface UserSpec {
  username: string;
  role: Role;
  unitCode: string;
  /** An agency kind of the unit (e.g. 'land_environment'), or null for the unit itself. */
  agencyKind?: string | null;
  displayName?: string;
  password?: string;
  canReadIdentity?: boolean;
  email?: string | null;
}

/** One account through the real create-user command (as the system); returns its id. */
export async function createUser(ctx: Ctx, spec: UserSpec): Promise<string> {
  const { id } = await createUserCommand({
    ctx,
    actor: SYSTEM_ACTOR,
    input: {
      username: spec.username,
      displayName: spec.displayName ?? spec.username,
      role: spec.role,
      unitCode: spec.unitCode,
      agencyId: spec.agencyKind ? agencyId(spec.unitCode, spec.agencyKind) : null,
      password: spec.password ?? DEMO_PASSWORD,
      canReadIdentity: spec.canReadIdentity ?? false,
      sample: true,
      email: spec.email === undefined ? demoEmail(spec.username) : spec.email,
    },
  });
  return id;
}

/** The demo's accounts (one per role, password DEMO_PASSWORD), optionally only some of them. */
export async function createDemoUsers(ctx: Ctx, only?: string[]): Promise<void> {
  for (const u of DEMO_USERS) {
    if (only && !only.includes(u.username)) continue;
    await createUser(ctx, {
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      unitCode: u.unitCode,
      agencyKind: u.agencyKind,
      canReadIdentity: u.canReadIdentity,
    });
  }
}

/** Units, agencies and the demo accounts: the 'units' world. */
export async function createUnitsWorld(ctx: Ctx, users?: string[]): Promise<void> {
  await createUnits(ctx);
  await createDemoUsers(ctx, users);
}

/** The 'campaign' world: units, accounts and the demo's campaign scenario through its loader. */
export async function createCampaignWorld(ctx: Ctx): Promise<void> {
  await createUnitsWorld(ctx);
  await loadDemoCampaign({ ctx });
}

/**
 * Replays the first `limit` of the demo's generated cases (the article's 2019 cases, then this
 * year's commune cases) that `pick` selects, through the demo's own replay (the real submit and
 * action commands, each on its own date). Needs the 'units' world. Returns the new case ids.
 */
export async function replayDemoCases(
  ctx: Ctx,
  pick: (record: DemoPetition) => boolean,
  limit = Number.POSITIVE_INFINITY,
): Promise<string[]> {
  const records = [...generateDemo2019(), ...demoCurrentCases(ctx.clock.today())]
    .filter(pick)
    .slice(0, limit);
  const ids: string[] = [];
  for (const record of records) ids.push(await replayDemoPetition(ctx, record));
  return ids;
}
