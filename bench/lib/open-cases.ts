/**
 * Generates open cases with their open deadlines directly in the database (no commands, no audit):
 * for the recompute benchmark and the recompute tests. Deterministic for a given seed.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  computeRow,
  ruleFor,
  type CalendarSnapshot,
} from '../../src/commands/petitions/deadlines.js';
import type { Database } from '../../src/db/schema.js';
import { addDays, type DeadlineStep } from '../../src/domain/calendar/index.js';

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Plan {
  kind: 'complaint' | 'denunciation' | 'recommendation' | 'feedback';
  steps: DeadlineStep[];
  weight: number;
}

// Roughly the mix of a district: mostly recommendations/feedback still being processed, complaints
// at every stage, some denunciations; a few cases with two open deadlines (publish + enforce).
const PLANS: Plan[] = [
  { kind: 'feedback', steps: ['process'], weight: 22 },
  { kind: 'recommendation', steps: ['process'], weight: 14 },
  { kind: 'recommendation', steps: ['resolve'], weight: 8 },
  { kind: 'complaint', steps: ['process'], weight: 14 },
  { kind: 'complaint', steps: ['accept'], weight: 8 },
  { kind: 'complaint', steps: ['resolve'], weight: 14 },
  { kind: 'complaint', steps: ['publish', 'enforce'], weight: 4 },
  { kind: 'denunciation', steps: ['process'], weight: 6 },
  { kind: 'denunciation', steps: ['resolve'], weight: 8 },
  { kind: 'denunciation', steps: ['notify_acceptance'], weight: 2 },
];
const TOTAL_WEIGHT = PLANS.reduce((s, p) => s + p.weight, 0);

function pick(r: number): Plan {
  let x = r * TOTAL_WEIGHT;
  for (const p of PLANS) if ((x -= p.weight) < 0) return p;
  return PLANS[0] as Plan;
}

export interface GenerateOptions {
  count: number;
  unitCode: string;
  /** Start dates are spread uniformly over [from, from + spanDays). */
  from?: string;
  spanDays?: number;
  seed?: number;
}

/** Inserts `count` open cases (petitions + open deadlines computed with `snapshot`); returns their ids. */
export async function insertOpenCases(
  db: Kysely<Database>,
  snapshot: CalendarSnapshot,
  opts: GenerateOptions,
): Promise<string[]> {
  const rnd = prng(opts.seed ?? 20260101);
  const from = opts.from ?? '2025-01-01';
  const span = opts.spanDays ?? 730;
  const now = new Date().toISOString();
  const ids: string[] = [];
  const petitions: Array<Record<string, unknown>> = [];
  const deadlines: Array<Record<string, unknown>> = [];
  const flush = async (force: boolean) => {
    if (petitions.length < 400 && !(force && petitions.length > 0)) return;
    // Cases first: their deadlines reference them.
    await db
      .insertInto('petitions')
      .values(petitions.splice(0) as never)
      .execute();
    while (deadlines.length > 0)
      await db
        .insertInto('petition_deadlines')
        .values(deadlines.splice(0, 1000) as never)
        .execute();
  };
  for (let i = 0; i < opts.count; i++) {
    const plan = pick(rnd());
    const start = addDays(from, Math.floor(rnd() * span));
    const receivedOn =
      plan.steps[0] === 'process' || plan.steps[0] === 'accept'
        ? start
        : addDays(start, -Math.floor(rnd() * 20) - 1);
    const remote = rnd() < 0.1 ? 1 : 0;
    const complexity =
      plan.kind === 'denunciation' || plan.kind === 'complaint'
        ? rnd() < 0.15
          ? 'complex'
          : 'normal'
        : 'normal';
    const id = randomUUID();
    const facts = {
      kind: plan.kind,
      round: 1,
      remote_area: remote,
      complexity,
      received_on: receivedOn,
    };
    const open: Array<{ step: string; due: string | null }> = [];
    for (const step of plan.steps) {
      const rule = ruleFor(snapshot, facts, step);
      if (!rule) continue;
      const paused = rnd() < 0.02;
      const row = {
        rule_id: rule.id,
        start_on: start,
        days: rule.limit,
        counting: rule.counting,
        pauses: paused
          ? JSON.stringify([
              {
                from: addDays(start, 3),
                to: rnd() < 0.5 ? addDays(start, 9) : null,
                reason: 'Chờ kết quả giám định',
              },
            ])
          : '[]',
        extensions: '[]',
      };
      const result = computeRow(snapshot, row);
      deadlines.push({
        id: randomUUID(),
        petition_id: id,
        step,
        ...row,
        due_on: result.due,
        explanation: JSON.stringify(result.explanation),
        state: 'open',
        met_on: null,
      });
      open.push({ step, due: result.due });
    }
    const dated = open.filter((o) => o.due !== null).sort((a, b) => (a.due! < b.due! ? -1 : 1));
    const first = dated[0] ?? open[0];
    petitions.push({
      id,
      tracking_code: `B${String(i).padStart(9, '0')}${id.slice(0, 4)}`,
      unit_code: opts.unitCode,
      kind: plan.kind,
      channel: 'online',
      title: 'Đơn thử tải',
      content: 'Nội dung thử tải',
      status: plan.steps[0] === 'process' ? 'received' : 'in_progress',
      round: 1,
      received_on: receivedOn,
      remote_area: remote,
      complexity,
      due_on: first?.due ?? null,
      due_step: first?.step ?? null,
      search_text: 'don thu tai',
      created_at: now,
      updated_at: now,
    });
    ids.push(id);
    await flush(false);
  }
  await flush(true);
  return ids;
}
