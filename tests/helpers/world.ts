import type { Ctx } from '../../src/db/context.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import type { Role } from '../../src/domain/access/roles.js';
import { createUser as createUserCommand } from '../../src/commands/users/create-user.js';
import { loadDemoCampaign } from '../../src/commands/demo/demo-campaign.js';
import { replayDemoPetition } from '../../src/commands/demo/replay-demo-petition.js';
import {
  demoCurrentCases,
  demoFurtherDenunciations,
  generateDemo2019,
  type DemoPetition,
} from '../../src/domain/petition/index.js';
import { agencyId } from '../../src/commands/demo/demo-units.js';
import { loadDemoFoundation } from '../../src/commands/demo/load-demo.js';
import { DEMO_PASSWORD, demoEmail } from '../../src/commands/demo/demo-users.js';

/**
 * Test data factories: the smallest world a test needs, built through the real commands.
 *
 * - 'demo': the whole demo scenario (units, accounts, the article's 71 petitions, this year's
 *   commune cases and further denunciations to the province, the campaign, the news) — only for tests that assert demo facts.
 * - 'units': the demo's units and agencies plus one account per demo role (same usernames and
 *   password), and no business records: each test creates the cases it asserts on.
 * - 'campaign': 'units' plus the demo's mass-mobilisation scenario (the 2019 campaign, reports,
 *   delegation, models, dialogue conferences), without the demo's petitions and news.
 * - 'empty': reference data and the bootstrap administrator only.
 */
export type World = 'demo' | 'campaign' | 'units' | 'empty';

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

/**
 * Units, agencies and the demo accounts (optionally only some): the 'units' world, through the
 * demo loader's own first steps.
 */
export async function createUnitsWorld(ctx: Ctx, users?: string[]): Promise<void> {
  await loadDemoFoundation(ctx, users);
}

/** The 'campaign' world: units, accounts and the demo's campaign scenario through its loader. */
export async function createCampaignWorld(ctx: Ctx): Promise<void> {
  await createUnitsWorld(ctx);
  await loadDemoCampaign({ ctx });
}

/**
 * Replays the first `limit` of the demo's generated cases (the article's 2019 cases, this year's
 * commune cases, then this year's further denunciations to the province) that `pick` selects, through the demo's own replay (the real submit and
 * action commands, each on its own date). Needs the 'units' world. Returns the new case ids.
 */
export async function replayDemoCases(
  ctx: Ctx,
  pick: (record: DemoPetition) => boolean,
  limit = Number.POSITIVE_INFINITY,
): Promise<string[]> {
  const today = ctx.clock.today();
  const records = [
    ...generateDemo2019(),
    ...demoCurrentCases(today),
    ...demoFurtherDenunciations(today),
  ]
    .filter(pick)
    .slice(0, limit);
  const ids: string[] = [];
  for (const record of records) ids.push(await replayDemoPetition(ctx, record));
  return ids;
}
