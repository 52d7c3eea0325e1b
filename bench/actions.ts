/**
 * `npx tsx bench/actions.ts` (issue 16: every case action's p99 flat within ×1.5 between 1,000 and
 * 100,000 open cases). Generates ~1,000 open cases (bench/generate.ts, `openCases`), ANALYZEs,
 * then times the common case actions through the product's service layer (`submitPetition`,
 * `performPetitionAction`, the functions the HTTP routes call, no HTTP) on fresh cases taken
 * through a lifecycle, BENCH_ACTION_SAMPLES times each; grows the data set to ~100,000 open cases,
 * ANALYZEs and times again. Beside them, in the same run: the simplest statements doing an
 * action's write (a version-checked UPDATE of the case and an INSERT of its event, one
 * transaction). SQLite always, PostgreSQL when TEST_DATABASE_URL is set (BENCH_ENGINES to choose).
 * Results: bench/results/actions-<engine>.json. BENCH_OPEN_SMALL / BENCH_OPEN_LARGE change the sizes.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { performPetitionAction } from '../src/commands/petitions/perform-petition-action.js';
import { submitPetition } from '../src/commands/petitions/submit-petition.js';
import { createUser } from '../src/commands/users/create-user.js';
import type { Engine } from '../src/db/connect.js';
import { inTransaction, type Ctx } from '../src/db/context.js';
import type { Database } from '../src/db/schema.js';
import { SYSTEM_ACTOR, type Actor } from '../src/domain/access/actor.js';
import { analyzeAfterBulkLoad } from '../src/db/petition-facts.js';
import { fixedDateClock } from '../src/domain/clock.js';
import { createTestDb } from '../tests/helpers/engines.js';
import { benchEngines } from './lib/engines.js';
import { pct } from './lib/stats.js';
import { BENCH_TODAY, generate } from './generate.js';

const SMALL = Number(process.env.BENCH_OPEN_SMALL ?? 1_000);
const LARGE = Number(process.env.BENCH_OPEN_LARGE ?? 100_000);
const SAMPLES = Number(process.env.BENCH_ACTION_SAMPLES ?? 150);
const ENGINE_LIST: Engine[] = benchEngines();
const RESULTS_DIR = path.join(import.meta.dirname, 'results');
const log = (s: string) => console.log(s);

/** The actions timed, in lifecycle order; each step runs on every fresh case of its chain. */
const COMPLAINT_CHAIN: Array<[string, Record<string, unknown>]> = [
  ['process_accept', {}],
  ['assign', {}], // assigneeId filled in
  ['start_verification', {}],
  ['add_verification_note', { note: 'Ghi chú xác minh.' }],
  ['extend', { days: 10, reason: 'Vụ việc phức tạp.' }],
  ['decide', { result: 'partly_upheld', summary: 'Kết luận.' }],
  ['publish', { method: 'posting' }],
  ['organise_enforcement', { note: 'Đã tổ chức thi hành.' }],
  ['close', {}],
];
const FORWARD_CHAIN: Array<[string, Record<string, unknown>]> = [
  ['process_forward', { toBody: 'UBND tỉnh' }],
  ['record_forward_reply', { repliedOn: BENCH_TODAY, summary: 'Đã nhận văn bản trả lời.' }],
];

type Timings = Record<string, number[]>;

/** One database at one size, with the officers who act on it. */
interface World {
  ctx: Ctx;
  head: Actor;
  handlerId: string;
  unitCode: string;
  destroy(): Promise<void>;
}

/** One fresh complaint through its lifecycle, one recommendation forwarded, one baseline write. */
async function timeOne(w: World, t: Timings, n: number): Promise<void> {
  const { ctx, head, handlerId, unitCode } = w;
  const add = (k: string, ms: number) => (t[k] ??= []).push(ms);
  const intake = async (kind: string, k: number) => {
    const t0 = performance.now();
    const r = await submitPetition({
      ctx,
      actor: head,
      input: {
        unitCode,
        kinds: [kind],
        channel: 'post',
        title: `Đơn đo thời gian số ${k}`,
        content: `Nội dung đơn số ${k} về bồi thường giải phóng mặt bằng tại ấp ${k % 9}.`,
        receivedOn: BENCH_TODAY,
        petitioners: [{ fullName: `Người Đo Thử ${k}` }],
        sample: true,
      } as never,
    });
    add('intake', performance.now() - t0);
    return r.cases[0]!.id;
  };
  const act = async (id: string, action: string, input: Record<string, unknown>) => {
    const t0 = performance.now();
    await performPetitionAction({ ctx, actor: head, petitionId: id, action, input });
    add(action, performance.now() - t0);
  };
  // Baseline: an action's write as the simplest statements (version-checked UPDATE of the case +
  // INSERT of its event, one transaction), on a case of its own.
  const bare = async (id: string, version: number) => {
    const t0 = performance.now();
    const now = new Date().toISOString();
    await inTransaction(ctx, async (tx) => {
      const r = await tx
        .updateTable('petitions')
        .set({ status: 'verification', version: version + 1, updated_at: now })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw new Error('baseline update missed');
      await tx
        .insertInto('petition_events')
        .values({
          id: randomUUID(),
          petition_id: id,
          at: now,
          on_date: BENCH_TODAY,
          actor_id: head.id,
          actor_name: head.displayName,
          action: 'add_verification_note',
          from_status: 'verification',
          to_status: 'verification',
          payload: '{"note":"x"}',
          public: 0,
        })
        .execute();
    });
    add('baseline: UPDATE + INSERT event', performance.now() - t0);
  };
  const id = await intake('complaint', 3 * n);
  for (const [a, input] of COMPLAINT_CHAIN)
    await act(id, a, a === 'assign' ? { assigneeId: handlerId } : input);
  const fid = await intake('recommendation', 3 * n + 1);
  for (const [a, input] of FORWARD_CHAIN) await act(fid, a, input);
  await bare(await intake('complaint', 3 * n + 2), 1);
}

async function openCount(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('petitions')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('finished_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A fresh database with `open` generated open cases, ANALYZEd, and a head and a handler of one unit. */
async function makeWorld(engine: Engine, open: number): Promise<World> {
  const tdb = await createTestDb(engine, { clock: fixedDateClock(BENCH_TODAY) });
  const ctx = tdb.ctx;
  const db = ctx.db;
  await generate(db, engine, open, log, { openCases: true });
  // generate() turns SQLite's fsync off for the bulk load; actions are timed as the product runs.
  if (engine === 'sqlite') {
    await sql`pragma synchronous = full`.execute(db);
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  }
  await analyzeAfterBulkLoad(db, engine);
  const unit = await db
    .selectFrom('petitions')
    .select('unit_code')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const mk = async (username: string, role: 'head' | 'handler') =>
    (
      await createUser({
        ctx,
        actor: SYSTEM_ACTOR,
        input: {
          username,
          displayName: `Cán bộ ${username}`,
          role,
          unitCode: unit.unit_code,
          password: 'bench-password-1',
          sample: true,
        },
      })
    ).id;
  const headId = await mk('bench.head', 'head');
  const handlerId = await mk('bench.handler', 'handler');
  return {
    ctx,
    handlerId,
    unitCode: unit.unit_code,
    head: {
      id: headId,
      username: 'bench.head',
      displayName: 'Cán bộ bench.head',
      role: 'head',
      unitCode: unit.unit_code,
      agencyId: null,
      scope: new Set([unit.unit_code]),
      canReadIdentity: false,
    },
    destroy: () => tdb.destroy(),
  };
}

async function runEngine(engine: Engine): Promise<Record<string, unknown>> {
  log(`\n=== ${engine}: case actions at ${SMALL} and ${LARGE} open cases ===`);
  const small = await makeWorld(engine, SMALL);
  const large = await makeWorld(engine, LARGE);
  const open = [await openCount(small.ctx.db), await openCount(large.ctx.db)];
  const ts: [Timings, Timings] = [{}, {}];
  // Warm-up (statement caches, JIT), then the two sizes interleaved case by case, so that the
  // machine's load (shared) weighs on both alike.
  for (let n = 0; n < 10; n++) for (const w of [small, large]) await timeOne(w, {}, 100_000 + n);
  const load0 = os.loadavg()[0]!;
  log(
    `  ${open.map((x) => x.toLocaleString('en')).join(' / ')} open cases; load ${load0.toFixed(1)}`,
  );
  for (let n = 0; n < SAMPLES; n++) {
    await timeOne(small, ts[0], n);
    await timeOne(large, ts[1], n);
  }
  const load1 = os.loadavg()[0]!;
  const actions: Record<string, unknown> = {};
  for (const k of Object.keys(ts[0])) {
    const a = ts[0][k]!;
    const b = ts[1][k]!;
    const ratio = Math.round((pct(b, 99, 2) / pct(a, 99, 2)) * 100) / 100;
    actions[k] = {
      small: { p50: pct(a, 50, 2), p99: pct(a, 99, 2), n: a.length },
      large: { p50: pct(b, 50, 2), p99: pct(b, 99, 2), n: b.length },
      p99Ratio: ratio,
      p50Ratio: Math.round((pct(b, 50, 2) / pct(a, 50, 2)) * 100) / 100,
      flat: ratio <= 1.5,
    };
    log(
      `  ${k.padEnd(34)} p50 ${pct(a, 50, 2)} → ${pct(b, 50, 2)} ms, p99 ${pct(a, 99, 2)} → ${pct(b, 99, 2)} ms, ×${ratio} ${ratio <= 1.5 ? '✅' : '❌'}`,
    );
  }
  log(`  load average (1 min) ${load0.toFixed(1)} → ${load1.toFixed(1)}`);
  await small.destroy();
  await large.destroy();
  return {
    engine,
    date: new Date().toISOString(),
    samplesPerAction: SAMPLES,
    openCases: { small: open[0], large: open[1] },
    loadAverage1m: [load0, load1],
    via: 'service layer (submitPetition / performPetitionAction), no HTTP; sizes interleaved',
    actions,
  };
}

fs.mkdirSync(RESULTS_DIR, { recursive: true });
for (const engine of ENGINE_LIST) {
  const r = await runEngine(engine);
  fs.writeFileSync(
    path.join(RESULTS_DIR, `actions-${engine}.json`),
    `${JSON.stringify(r, null, 2)}\n`,
  );
}
