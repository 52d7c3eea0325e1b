import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { SYSTEM_ACTOR } from '../../domain/access/actor.js';
import { fixedDateClock } from '../../domain/clock.js';
import { isCodedError } from '../../domain/errors.js';
import type { DemoPetition } from '../../domain/petition/demo-support.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { loadCalendar } from '../../queries/calendar/load-calendar.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { currentDue, openDeadline } from '../petitions/deadlines.js';
import { refreshPetitionFacts } from '../../db/petition-facts.js';
import { performPetitionAction } from '../petitions/perform-petition-action.js';
import { submitPetition } from '../petitions/submit-petition.js';

/** Options of {@link replayDemoPetition}. */
export interface ReplayOptions {
  /** Demo assignee id (`demo:…`) → user id; by default the first handling officer (else head) of the receiving unit. */
  assignees?: Readonly<Record<string, string>>;
}

const assigneeCache = new WeakMap<Kysely<Database>, Map<string, string>>();

/** The officer who takes a demo assignment: a handler of the receiving unit, else its head. */
async function defaultAssignee(db: Kysely<Database>, unitCode: string): Promise<string> {
  const cache = assigneeCache.get(db) ?? new Map<string, string>();
  assigneeCache.set(db, cache);
  const hit = cache.get(unitCode);
  if (hit) return hit;
  const users = await db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('unit_code', '=', unitCode)
    .where('disabled', '=', 0)
    .where('role', 'in', ['handler', 'head'])
    .orderBy('username')
    .execute();
  const user = users.find((u) => u.role === 'handler') ?? users[0];
  if (!user)
    throw new Error(
      `replayDemoPetition: no handling officer or head in unit ${unitCode} (load the demo accounts first)`,
    );
  cache.set(unitCode, user.id);
  return user.id;
}

/**
 * Replays one generated demo case through the real commands, as the system, with the clock fixed
 * to each step's date: `submitPetition` on the receipt date, then `performPetitionAction` per step.
 * The single implementation used by the demo loader (`npm start`) and the tests.
 *
 * The case is recorded under `record.unitCode`, the commune where the matter arose (so that it
 * rolls up to the district in historical reports and follows the successor commune in current
 * ones); the receiving unit's officers take the assignments. A second-round complaint gets its
 * round and its round-2 processing deadline in the intake transaction. The generator's tracking
 * code is kept so that the demo's codes are stable. Returns the new case id.
 */
export async function replayDemoPetition(
  ctx: Ctx,
  record: DemoPetition,
  opts: ReplayOptions = {},
): Promise<string> {
  const intakeCtx: Ctx = { ...ctx, clock: fixedDateClock(record.receivedOn) };
  const id = await inTransaction(intakeCtx, async (tx) => {
    const res = await submitPetition({
      // Inside this transaction every read must use it too (SQLite has one connection).
      ctx: { ...intakeCtx, db: tx },
      actor: SYSTEM_ACTOR,
      tx,
      input: {
        unitCode: record.unitCode,
        kinds: [record.kind],
        channel: record.channel,
        topicCode: record.topic,
        title: record.title,
        content: record.content,
        receivedOn: record.receivedOn,
        petitioners: record.petitioners.map((p) => ({
          fullName: p.fullName,
          address: p.address,
          identityNumber: p.identityNumber ?? null,
          phone: p.phone ?? null,
          isRepresentative: p.role === 'representative',
        })),
        manySignatories: record.manySignatories,
        location: record.location ?? null,
        anonymous: record.petitioners.length === 0,
        signatoryCount: record.petitioners.length,
        sample: true,
      },
    });
    const created = res.cases[0]!;
    const row = await tx
      .selectFrom('petitions')
      .select(['search_text'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    const taken = await tx
      .selectFrom('petitions')
      .select('id')
      .where('tracking_code', '=', record.trackingCode)
      .executeTakeFirst();
    if (!taken) {
      const search = row.search_text.replace(
        foldVietnamese(created.trackingCode),
        foldVietnamese(record.trackingCode),
      );
      await tx
        .updateTable('petitions')
        .set({ tracking_code: record.trackingCode, search_text: search })
        .where('id', '=', created.id)
        .execute();
    }
    if (record.round === 2) {
      await tx.updateTable('petitions').set({ round: 2 }).where('id', '=', created.id).execute();
      await tx.deleteFrom('petition_deadlines').where('petition_id', '=', created.id).execute();
      const fresh = await tx
        .selectFrom('petitions')
        .selectAll()
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      await openDeadline(
        tx,
        await loadCalendar(tx),
        created.id,
        fresh,
        'process',
        fresh.received_on,
      );
      await tx
        .updateTable('petitions')
        .set(await currentDue(tx, created.id))
        .where('id', '=', created.id)
        .execute();
    }
    await refreshPetitionFacts(tx, [created.id]);
    return created.id;
  });

  for (const step of record.steps) {
    const input: Record<string, unknown> = { ...step.input };
    if (
      (step.action === 'assign' || step.action === 'reassign') &&
      typeof input.assigneeId === 'string'
    ) {
      input.assigneeId =
        opts.assignees?.[input.assigneeId] ??
        (await defaultAssignee(ctx.db, record.receivingUnitCode));
    }
    try {
      await performPetitionAction({
        ctx: { ...ctx, clock: fixedDateClock(step.on) },
        actor: SYSTEM_ACTOR,
        petitionId: id,
        action: step.action,
        input,
      });
    } catch (e) {
      // A rule in force may allow no extension (a complaint's longer limit for complex cases is
      // not an extension): the step changes no status, so the history stays valid without it.
      if (step.action === 'extend' && isCodedError(e) && e.code === 'invalid_input') continue;
      throw e;
    }
  }
  return id;
}
