/**
 * The petition lifecycle as a typed plan. From the case state, the action and its validated
 * input, {@link planPetitionAction} computes everything the action changes — new status, case
 * fields, deadline operations, the timeline/audit event, notifications to emit and a case to
 * create — as plain data. The command (`perform-petition-action.ts`) applies the plan in one
 * transaction and contains no rule. How to add an action: docs/decisions/0009-lifecycle-plan.md.
 */
import { currentDueOf, type DeadlineRow } from './case-deadlines.js';
import type { ActionInput } from './lifecycle-inputs.js';
import { transition } from './lifecycle.js';
import { ACTION_PLANS } from './lifecycle-plan-table.js';
import type {
  BuildArgs,
  CasePatch,
  DeadlineOp,
  LookupName,
  PetitionPlan,
  PlanEffects,
  PlanInput,
} from './lifecycle-plan-types.js';
import type { PetitionAction } from './lifecycle-table.js';

function dueAfter(open: readonly DeadlineRow[], ops: readonly DeadlineOp[]): PetitionPlan['due'] {
  let rows: Array<Pick<DeadlineRow, 'id' | 'step' | 'dueOn'>> = open.map((r) => ({
    id: r.id,
    step: r.step,
    dueOn: r.dueOn ?? null,
  }));
  for (const op of ops) {
    if (op.op === 'close' || op.op === 'cancel')
      rows = rows.filter((r) => op.steps !== 'all' && !op.steps.includes(r.step));
  }
  for (const op of ops) {
    if (op.op === 'revise') rows = rows.map((r) => (r.id === op.id ? { ...r, dueOn: op.due } : r));
  }
  for (const op of ops)
    if (op.op === 'open') rows.push({ id: `new:${op.step}`, step: op.step, dueOn: op.due });
  return currentDueOf(rows);
}

/**
 * Computes the plan of `action` on a case: validates status, guards and input (throws
 * `PetitionError` 409/400 as {@link transition} does, or a `DomainError` from a builder), then
 * runs the action's plan builder from the table.
 */
export function planPetitionAction<A extends PetitionAction>(p: PlanInput<A>): PetitionPlan<A> {
  const { nextStatus, event } = transition(
    p.state,
    p.action,
    p.input as Readonly<Record<string, unknown>>,
  );
  const spec = ACTION_PLANS[p.action];
  const args = { ...p, input: event.payload as ActionInput<A> } as BuildArgs<A>;
  const effects: PlanEffects = spec.build ? spec.build(args) : {};
  const patch: CasePatch = { ...effects.patch };
  const target = effects.nextStatus ?? nextStatus;
  if (spec.finishes && !effects.nextStatus && !p.facts.finishedOn) patch.finishedOn = p.today;
  const deadlines = effects.deadlines ?? [];
  return {
    action: p.action,
    fromStatus: p.state.status,
    nextStatus: target,
    patch,
    deadlines,
    due: dueAfter(p.open, deadlines),
    event: { ...event, payload: { ...event.payload, toStatus: target }, public: spec.public },
    notifications: effects.notifications ?? [],
    ...(effects.createCase ? { createCase: effects.createCase } : {}),
    ...(effects.draft ? { draft: effects.draft } : {}),
    ...(effects.reopenDecision ? { reopenDecision: effects.reopenDecision } : {}),
    needs: spec.needs ?? [],
  };
}

/** The lookups an action needs before it can be planned. */
export function lookupsNeeded(action: PetitionAction): readonly LookupName[] {
  return ACTION_PLANS[action].needs ?? [];
}
