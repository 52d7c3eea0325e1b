import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import {
  NEXT_STEP_TABLE,
  SENDING_STEPS,
  SUPERIOR_REVIEW_STATES,
  nextStepRuleMatches,
  type NextStepRule,
  type SuperiorReviewState,
} from '../../domain/petition/next-step.js';
import { PETITION_STATUSES, type PetitionStatus } from '../../domain/petition/lifecycle-table.js';
import { PETITION_KINDS } from '../../domain/petition/kinds.js';

type Eb = ExpressionBuilder<Database & { p: Database['petitions'] }, 'p'>;

/** A superior-review state, or `any` when the rule wins whatever it is (no SQL test needed). */
type Review = SuperiorReviewState | null | 'any';
const REVIEWS: readonly (SuperiorReviewState | null)[] = [null, ...SUPERIOR_REVIEW_STATES];

interface Combo {
  status: PetitionStatus;
  kind: string;
  draft: boolean;
  reopen: boolean;
  /**
   * true: the current deadline step is a sending step (SENDING_STEPS); false: any other or none;
   * undefined: either (no SQL test needed).
   */
  sending: boolean | undefined;
  review: Review;
}

/**
 * The (status, kind, draft, reopen, sending, superior review) combinations whose first matching
 * next-step rule is `rule`: "first match wins" in the table becomes plain equality tests in SQL,
 * so the queue can never disagree with `nextStep()`. Dimensions on which the rule wins whatever
 * their value are left out of the test.
 */
function combosOf(rule: NextStepRule): Combo[] {
  const out: Combo[] = [];
  const one = (s: ReadonlySet<boolean>): boolean | undefined =>
    s.size === 2 ? undefined : s.has(true);
  for (const status of PETITION_STATUSES)
    for (const kind of PETITION_KINDS)
      for (const draft of [false, true])
        for (const reopen of [false, true]) {
          // For each review state, the values of `sending` under which `rule` wins.
          const sendingByReview = REVIEWS.map((review) => {
            const won = new Set<boolean>();
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
                superiorReview: review,
              };
              if (NEXT_STEP_TABLE.find((r) => nextStepRuleMatches(r, facts)) === rule)
                won.add(sending);
            }
            return { review, won };
          });
          const first = sendingByReview[0]!.won;
          const same = sendingByReview.every(
            (x) => x.won.size === first.size && [...x.won].every((v) => first.has(v)),
          );
          if (same) {
            if (first.size)
              out.push({ status, kind, draft, reopen, sending: one(first), review: 'any' });
          } else
            for (const { review, won } of sendingByReview)
              if (won.size) out.push({ status, kind, draft, reopen, sending: one(won), review });
        }
  return out;
}

function matches(eb: Eb, rule: NextStepRule): Expression<SqlBool> {
  // Group the combinations: same flags and same kinds → one `status in (…)` test.
  type Flags = { draft: boolean; reopen: boolean; sending: boolean | undefined; review: Review };
  const groups = new Map<string, Flags & { kinds: string[]; statuses: PetitionStatus[] }>();
  const byStatus = new Map<string, Flags & { status: PetitionStatus; kinds: string[] }>();
  for (const c of combosOf(rule)) {
    const k = `${c.draft}|${c.reopen}|${c.sending}|${c.review}|${c.status}`;
    const g = byStatus.get(k) ?? {
      draft: c.draft,
      reopen: c.reopen,
      sending: c.sending,
      review: c.review,
      status: c.status,
      kinds: [],
    };
    g.kinds.push(c.kind);
    byStatus.set(k, g);
  }
  for (const g of byStatus.values()) {
    const k = `${g.draft}|${g.reopen}|${g.sending}|${g.review}|${g.kinds.join(',')}`;
    const h = groups.get(k) ?? {
      draft: g.draft,
      reopen: g.reopen,
      sending: g.sending,
      review: g.review,
      kinds: g.kinds,
      statuses: [],
    };
    h.statuses.push(g.status);
    groups.set(k, h);
  }
  if (groups.size === 0) return sql<SqlBool>`1 = 0`;
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
        ...(c.review === 'any' ? [] : [reviewTest(eb, c.review)]),
      ]),
    ),
  );
}

function reviewTest(eb: Eb, review: SuperiorReviewState | null): Expression<SqlBool> {
  return review
    ? eb('p.superior_review', '=', review)
    : eb.or([
        eb('p.superior_review', 'is', null),
        eb('p.superior_review', 'not in', [...SUPERIOR_REVIEW_STATES]),
      ]);
}

/**
 * "Waiting for me": cases whose next step is the actor's, by person (the assigned officer, or
 * the officer's agency while no one person is assigned) or by role in the actor's own unit, or in
 * a unit of their scope that has nobody with that role (the same fallback notify() uses). The
 * superior's steps (a denunciation further denounced or overdue) go by role in the superior unit
 * recorded on the case (the case's unit when none is), with the same fallback.
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
      parts.push(eb.and([matches(eb, rule), roleUnit(eb, actor, rule)]));
    }
  }
  return parts.length ? eb.or(parts) : sql<SqlBool>`1 = 0`;
}

/**
 * The unit whose `rule.role` acts is the actor's, or has nobody with the role while the actor's
 * scope covers it (a superior unit without a head is served from above, as notify() climbs).
 */
function roleUnit(eb: Eb, actor: Actor, rule: NextStepRule): Expression<SqlBool> {
  const acting =
    rule.owner === 'superior'
      ? eb.fn.coalesce('p.superior_unit_code', 'p.unit_code')
      : eb.ref('p.unit_code');
  const nobody = eb.not(
    eb.exists(
      eb
        .selectFrom('users as w')
        .select('w.id')
        .where('w.role', '=', rule.role)
        .where('w.disabled', '=', 0)
        .where((w) => w('w.unit_code', '=', acting)),
    ),
  );
  // The case's unit is within the list's scope already; the superior unit may lie above it.
  const covered =
    rule.owner !== 'superior' || actor.scope.has('*')
      ? nobody
      : eb.and([nobody, eb(acting, 'in', [...actor.scope, actor.unitCode])]);
  return eb.or([eb(acting, '=', actor.unitCode), covered]);
}
