/**
 * The database facts a lifecycle plan may need, loaded before planning because the action's
 * table row lists them in `needs` (keeps the plan pure): the assignee, the superior body of a
 * second complaint or of a denunciation's review (Law on Denunciations 2018 Art. 37-38), the
 * draft waiting for the head.
 */
import type { Kysely } from 'kysely';
import type { Database, PetitionsTable } from '../../db/schema.js';
import { formatVi } from '../../domain/calendar/index.js';
import { DomainError } from '../../domain/errors.js';
import type { LookupName, PlanLookups } from '../../domain/petition/index.js';
import { unitScope } from '../../queries/units/unit-scope.js';

/** Loaders of the database facts a plan may need (an action's table row lists them in `needs`). */
const LOOKUPS: {
  [K in LookupName]: (
    tx: Kysely<Database>,
    p: PetitionsTable,
    input: Record<string, unknown>,
  ) => Promise<PlanLookups[K]>;
} = {
  async assignee(tx, p, input) {
    if (typeof input.assigneeId !== 'string') return null;
    const user = await tx
      .selectFrom('users')
      .select(['id', 'role', 'unit_code', 'agency_id', 'disabled'])
      .where('id', '=', input.assigneeId)
      .executeTakeFirst();
    if (!user) return null;
    return {
      id: user.id,
      role: user.role,
      disabled: user.disabled === 1,
      agencyId: user.agency_id,
      coversCaseUnit: (await unitScope(tx, user.unit_code)).has(p.unit_code),
    };
  },
  async pendingDraft(tx, p) {
    const d = await tx
      .selectFrom('petition_drafts')
      .select('payload')
      .where('petition_id', '=', p.id)
      .where('state', '=', 'submitted')
      .orderBy('submitted_at', 'desc')
      .executeTakeFirst();
    return d ? (JSON.parse(d.payload) as NonNullable<PlanLookups['pendingDraft']>) : null;
  },
  async superiorUnitCode(tx, p, input) {
    // The superior body as it exists on the day the second complaint is lodged: a unit chosen by
    // hand must be current then (400 otherwise); the derived parent follows its successors when
    // it has ended (a 2024 district case's second complaint in 2026 goes to the province).
    const on = typeof input.lodgedOn === 'string' ? input.lodgedOn : p.received_on;
    const chosen = typeof input.unitCode === 'string' ? input.unitCode : null;
    if (chosen) {
      if (!(await currentUnitOn(tx, chosen, on)))
        throw new DomainError(
          'validation_failed',
          `Đơn vị nhận khiếu nại lần hai không còn hoặc chưa tồn tại vào ngày ${formatVi(on)}.`,
          `The unit chosen for the second complaint does not exist on ${on}.`,
          { field: 'unitCode', unitCode: chosen, on },
        );
      return chosen;
    }
    return parentOn(tx, p.unit_code, on);
  },
  async superiorReviewUnit(tx, p, input) {
    // The superior that reviews a denunciation (Art. 37-38): the unit that received the further
    // denunciation when named (current on that day, above the case's unit: 400 otherwise), the
    // one recorded on a review under way, else the parent of the case's unit on the day.
    const on = [input.receivedOn, input.requestedOn].find((x) => typeof x === 'string') as
      string | undefined;
    const day = on ?? p.received_on;
    const chosen = typeof input.unitCode === 'string' ? input.unitCode : null;
    if (chosen) {
      const above = chosen !== p.unit_code && (await unitScope(tx, chosen)).has(p.unit_code);
      if (!above || !(await currentUnitOn(tx, chosen, day)))
        throw new DomainError(
          'validation_failed',
          `Đơn vị nhận tố cáo tiếp phải là cơ quan cấp trên của đơn vị giải quyết và còn tồn tại vào ngày ${formatVi(day)}.`,
          `The unit receiving the further denunciation must be above the resolving unit and exist on ${day}.`,
          { field: 'unitCode', unitCode: chosen, on: day },
        );
      return chosen;
    }
    if (p.superior_review && p.superior_unit_code) return p.superior_unit_code;
    return parentOn(tx, p.unit_code, day);
  },
};

/**
 * The parent of `code` as it stood on `on`, followed to its living successor (null: a top unit).
 * A unit retired by then (an open 2019 case of a commune merged in 2025) is first followed to its
 * living successor, whose parent on that day is the superior: the abolished district is not.
 */
async function parentOn(tx: Kysely<Database>, code: string, on: string): Promise<string | null> {
  const living = await livingSuccessor(tx, code, on);
  const unit = await tx
    .selectFrom('units')
    .select(['parent_code'])
    .where('code', '=', living)
    .where('valid_from', '<=', on)
    .orderBy('valid_from', 'desc')
    .executeTakeFirst();
  return unit?.parent_code ? await livingSuccessor(tx, unit.parent_code, on) : null;
}

/** The unit's version current on `on`, if any. */
async function currentUnitOn(tx: Kysely<Database>, code: string, on: string) {
  return tx
    .selectFrom('units')
    .select(['code', 'successor_codes'])
    .where('code', '=', code)
    .where('valid_from', '<=', on)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', on)]))
    .executeTakeFirst();
}

/** `code` when it is current on `on`; else its first successor that is (history stays readable, new work goes to living units). */
async function livingSuccessor(tx: Kysely<Database>, code: string, on: string): Promise<string> {
  const seen = new Set<string>();
  let current = code;
  while (!seen.has(current)) {
    seen.add(current);
    if (await currentUnitOn(tx, current, on)) return current;
    const last = await tx
      .selectFrom('units')
      .select('successor_codes')
      .where('code', '=', current)
      .orderBy('valid_from', 'desc')
      .executeTakeFirst();
    const next = last ? (JSON.parse(last.successor_codes) as string[])[0] : undefined;
    if (!next) break;
    current = next;
  }
  return code;
}

/** Loads what `needs` lists, by name. */
export async function loadLookups(
  tx: Kysely<Database>,
  p: PetitionsTable,
  needs: readonly LookupName[],
  input: Record<string, unknown>,
): Promise<PlanLookups> {
  const out: { -readonly [K in LookupName]?: PlanLookups[K] } = {};
  for (const name of needs) out[name] = (await LOOKUPS[name](tx, p, input)) as never;
  return out;
}
