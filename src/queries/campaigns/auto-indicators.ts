import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AUTO_SOURCES, resolutionRate, type AutoSource } from '../../domain/campaign/index.js';
import { IN_PROGRESS_STATUSES, RESOLVED_STATUSES } from '../../domain/petition/lifecycle-table.js';
import { unitScope } from '../units/unit-scope.js';

/** Computed indicators of a unit subtree over a period, with the resolution rate. */
export interface AutoIndicators {
  unitCode: string;
  periodFrom: string;
  periodTo: string;
  values: Record<AutoSource, number>;
  resolutionRate: number | null;
}

/**
 * The system's own numbers for a report: petitions received in the period in the unit's subtree
 * (predecessor units included), how many of those are resolved / still in progress, models
 * registered and dialogue conferences held in the period.
 */
export async function autoIndicators(
  db: Kysely<Database>,
  unitCode: string,
  periodFrom: string,
  periodTo: string,
): Promise<AutoIndicators> {
  const units = [...(await unitScope(db, unitCode))];
  const count = (n: unknown) => Number(n ?? 0);
  const petitions = await db
    .selectFrom('petitions')
    .select((eb) => [
      eb.fn.countAll().as('received'),
      eb.fn
        .sum(
          eb
            .case()
            .when('status', 'in', [...RESOLVED_STATUSES])
            .then(1)
            .else(0)
            .end(),
        )
        .as('resolved'),
      eb.fn
        .sum(
          eb
            .case()
            .when('status', 'in', [...IN_PROGRESS_STATUSES])
            .then(1)
            .else(0)
            .end(),
        )
        .as('in_progress'),
    ])
    .where('unit_code', 'in', units)
    .where('received_on', '>=', periodFrom)
    .where('received_on', '<=', periodTo)
    .executeTakeFirstOrThrow();
  const models = await db
    .selectFrom('models')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('unit_code', 'in', units)
    .where('registered_on', '>=', periodFrom)
    .where('registered_on', '<=', periodTo)
    .executeTakeFirstOrThrow();
  const dialogues = await db
    .selectFrom('dialogue_conferences')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('unit_code', 'in', units)
    .where('status', 'in', ['held', 'results_published'])
    .where('held_on', '>=', periodFrom)
    .where('held_on', '<=', periodTo)
    .executeTakeFirstOrThrow();
  const values: Record<AutoSource, number> = {
    petitions_received: count(petitions.received),
    petitions_resolved: count(petitions.resolved),
    petitions_in_progress: count(petitions.in_progress),
    models_registered: count(models.n),
    dialogues_held: count(dialogues.n),
  };
  for (const k of AUTO_SOURCES) values[k] ??= 0;
  return {
    unitCode,
    periodFrom,
    periodTo,
    values,
    resolutionRate: resolutionRate(values.petitions_resolved, values.petitions_received),
  };
}
