import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import {
  NEXT_STEP_TABLE,
  nextStepRuleMatches,
  SENDING_STEPS,
  type NextStepRule,
} from '../../domain/petition/next-step.js';
import { PETITION_STATUSES, type PetitionStatus } from '../../domain/petition/lifecycle-table.js';
import { PETITION_KINDS } from '../../domain/petition/kinds.js';

type Eb = ExpressionBuilder<Database & { p: Database['petitions'] }, 'p'>;

interface Combo {
  status: PetitionStatus;
  kind: string;
  draft: boolean;
  reopen: boolean;
  /** true: the current deadline step is a sending step (SENDING_STEPS); false: any other or none. */
  sending: boolean;
}

/**
 * The (status, kind, draft, reopen, sending) combinations whose first matching next-step rule is
 * `rule`: "first match wins" in the table becomes plain equality tests in SQL, so the queue can
 * never disagree with `nextStep()`.
 */
function combosOf(rule: NextStepRule): Combo[] {
  const out: Combo[] = [];
  for (const status of PETITION_STATUSES)
    for (const kind of PETITION_KINDS)
      for (const draft of [false, true])
        for (const reopen of [false, true])
          for (const sending of [false, true]) {
            const facts = {
              status,
              kind,
              unitCode: '',
              officerId: null,
              dueOn: null,
              draftState: draft ? 'submitted' : null,
              reopenState: reopen ? 'requested' : null,
              dueStep: sending ? SENDING_STEPS[0]! : null,
            };
            if (NEXT_STEP_TABLE.find((r) => nextStepRuleMatches(r, facts)) === rule)
              out.push({ status, kind, draft, reopen, sending });
          }
  return out;
}

function matches(eb: Eb, rule: NextStepRule): Expression<SqlBool> {
  // A combination true for both values of `sending` does not depend on the deadline step.
  type Flags = { draft: boolean; reopen: boolean; sending: boolean | undefined };
  const all = combosOf(rule);
  const key = (c: Combo, sending: boolean) =>
    `${c.draft}|${c.reopen}|${sending}|${c.status}|${c.kind}`;
  const present = new Set(all.map((c) => key(c, c.sending)));
  const reduced = new Map<string, Flags & { status: PetitionStatus; kind: string }>();
  for (const c of all) {
    const either = present.has(key(c, !c.sending));
    const sending = either ? undefined : c.sending;
    reduced.set(`${c.draft}|${c.reopen}|${sending}|${c.status}|${c.kind}`, { ...c, sending });
  }
  // Group: same flags and same kinds → one `status in (…)` test.
  const groups = new Map<string, Flags & { kinds: string[]; statuses: PetitionStatus[] }>();
  const byStatus = new Map<string, Flags & { status: PetitionStatus; kinds: string[] }>();
  for (const c of reduced.values()) {
    const k = `${c.draft}|${c.reopen}|${c.sending}|${c.status}`;
    const g = byStatus.get(k) ?? {
      draft: c.draft,
      reopen: c.reopen,
      sending: c.sending,
      status: c.status,
      kinds: [],
    };
    g.kinds.push(c.kind);
    byStatus.set(k, g);
  }
  for (const g of byStatus.values()) {
    const k = `${g.draft}|${g.reopen}|${g.sending}|${g.kinds.join(',')}`;
    const h = groups.get(k) ?? {
      draft: g.draft,
      reopen: g.reopen,
      sending: g.sending,
      kinds: g.kinds,
      statuses: [],
    };
    h.statuses.push(g.status);
    groups.set(k, h);
  }
  return eb.or(
    [...groups.values()].map((c) =>
      eb.and([
        eb('p.status', 'in', c.statuses),
        ...(c.kinds.length < PETITION_KINDS.length ? [eb('p.kind', 'in', c.kinds)] : []),
        c.draft
          ? eb('p.draft_state', '=', 'submitted')
          : eb.or([eb('p.draft_state', 'is', null), eb('p.draft_state', '!=', 'submitted')]),
        c.reopen
          ? eb('p.reopen_state', '=', 'requested')
          : eb.or([eb('p.reopen_state', 'is', null), eb('p.reopen_state', '!=', 'requested')]),
        ...(c.sending === undefined
          ? []
          : c.sending
            ? [eb('p.due_step', 'in', SENDING_STEPS)]
            : [eb.or([eb('p.due_step', 'is', null), eb('p.due_step', 'not in', SENDING_STEPS)])]),
      ]),
    ),
  );
}

/**
 * "Waiting for me": cases whose next step is the actor's, by person (the assigned officer, or
 * the officer's agency while no one person is assigned) or by role in the actor's own unit, or in
 * a unit of their scope that has nobody with that role (the same fallback notify() uses).
 */
export function waitingFor(eb: Eb, actor: Actor): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  for (const rule of NEXT_STEP_TABLE) {
    if (rule.owner === 'officer') {
      const mine: Expression<SqlBool>[] = [eb('p.officer_id', '=', actor.id)];
      if (actor.agencyId)
        mine.push(eb.and([eb('p.officer_id', 'is', null), eb('p.agency_id', '=', actor.agencyId)]));
      parts.push(eb.and([matches(eb, rule), eb.or(mine)]));
    } else if (rule.role === actor.role) {
      const unit = eb.or([
        eb('p.unit_code', '=', actor.unitCode),
        eb.not(
          eb.exists(
            eb
              .selectFrom('users as w')
              .select('w.id')
              .where('w.role', '=', rule.role)
              .where('w.disabled', '=', 0)
              .whereRef('w.unit_code', '=', 'p.unit_code'),
          ),
        ),
      ]);
      parts.push(eb.and([matches(eb, rule), unit]));
    }
  }
  return parts.length ? eb.or(parts) : sql<SqlBool>`1 = 0`;
}
