/**
 * PostgreSQL search designs measured side by side on one generated data set (issue 16 item 3,
 * decision 0017-h16d): `npx tsx bench/pg-search.ts` with TEST_DATABASE_URL set
 * (BENCH_PETITIONS, default 100,000). Generates the petitions with bench/generate.ts into a fresh
 * database, then for each design builds its index, ANALYZEs, and times the first page (51 rows,
 * newest first) of the bench's 45 terms (bench/run.ts: 5 phrases, 20 tracking codes, 20 names),
 * over everything and within the busiest commune. Tracking codes are lookups in every design, as in
 * the product. Designs:
 *   like-seq   `search_text LIKE '%w%'` per word, no text index (a server without pg_trgm)
 *   like-trgm  the same with the pg_trgm GIN index (migration 0005, the path before 0017)
 *   tsv-gin    GIN over the folded words as a tsvector (expression index), last word a prefix
 *   tsv-unit   tsv-gin plus a btree_gin index over (unit_code, words) for scoped searches
 *   rum        RUM over a stored tsvector, ordered by a stored receipt day (needs postgresql-NN-rum)
 *   product    listPetitions itself, the product's path: on main LIKE + pg_trgm (the tsvector path
 *              of decision 0017-h16d, counted from the index first, stayed on branch h16d)
 * BENCH_DESIGNS=a,b limits the run to those designs.
 * Only ratios between designs of one run mean much on a shared machine. Results:
 * bench/results/pg-search.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely, type KyselyPlugin } from 'kysely';
import type { Ctx } from '../src/db/context.js';
import type { Actor } from '../src/domain/access/actor.js';
import type { Database } from '../src/db/schema.js';
import {
  isValidTrackingCode,
  normaliseTrackingCode,
} from '../src/domain/petition/tracking-code.js';
import { foldVietnamese } from '../src/domain/text/fold.js';
import { SEARCH_VECTOR_SQL, searchQueryText, searchWords } from './lib/search-words.js';
import { SYSTEM_ACTOR } from '../src/domain/access/actor.js';
import { listPetitions } from '../src/queries/petitions/list-petitions.js';
import { createTestDb } from '../tests/helpers/engines.js';
import { generate } from './generate.js';
import { pct } from './lib/stats.js';

const COUNT = Number(process.env.BENCH_PETITIONS ?? 100_000);
const REPEAT = 3;
const log = (s: string) => console.log(s);

type Match = (words: string[]) => ReturnType<typeof sql>;
interface Design {
  name: string;
  setup: string[];
  match: Match;
  order: string;
  /** Timed through the product's listPetitions (sort received, 50 a page) instead of bare SQL. */
  product?: boolean;
}

const like: Match = (words) =>
  sql.join(
    words.map((w) => sql`search_text like ${`%${w}%`}`),
    sql` and `,
  );
const tsv: Match = (words) =>
  sql`${sql.raw(SEARCH_VECTOR_SQL)} @@ ${searchQueryText(words)}::tsquery`;
const DROP = [
  'drop index if exists petitions_search_trgm_idx',
  'drop index if exists petitions_search_words_idx',
  'drop index if exists bench_unit_words_idx',
  'drop index if exists bench_rum_idx',
];

const designs: Design[] = [
  { name: 'like-seq', setup: DROP, match: like, order: 'received_on desc, id desc' },
  {
    name: 'like-trgm',
    setup: [
      ...DROP,
      'create extension if not exists pg_trgm',
      'create index petitions_search_trgm_idx on petitions using gin (search_text gin_trgm_ops)',
    ],
    match: like,
    order: 'received_on desc, id desc',
  },
  {
    name: 'tsv-gin',
    setup: [
      ...DROP,
      `create index petitions_search_words_idx on petitions using gin ((${SEARCH_VECTOR_SQL}))`,
    ],
    match: tsv,
    order: 'received_on desc, id desc',
  },
  {
    name: 'tsv-unit',
    setup: [
      ...DROP,
      `create index petitions_search_words_idx on petitions using gin ((${SEARCH_VECTOR_SQL}))`,
      'create extension if not exists btree_gin',
      `create index bench_unit_words_idx on petitions using gin (unit_code, (${SEARCH_VECTOR_SQL}))`,
    ],
    match: tsv,
    order: 'received_on desc, id desc',
  },
  {
    // The product's own path on main (LIKE per word on the pg_trgm index of migration 0005).
    name: 'product',
    setup: [
      ...DROP,
      'create extension if not exists pg_trgm',
      'create index petitions_search_trgm_idx on petitions using gin (search_text gin_trgm_ops)',
    ],
    match: like,
    order: 'received_on desc, id desc',
    product: true,
  },
];

async function rumAvailable(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_available_extensions where name = 'rum'`.execute(db);
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * BENCH_PER_TERM=1 (issue 16 item 3): with the pg_trgm index of migration 0005, each term timed
 * through `listPetitions` and as the bare LIKE query, interleaved (bare, product, bare, …), with
 * the product's time split into its SQL statements (a Kysely plugin timing each query from its
 * compilation to its result) and the rest (JavaScript). Raw: bench/results/pg-search-per-term.json.
 */
async function perTerm(
  ctx: Ctx,
  terms: string[],
  busiest: string,
  communeActor: Actor,
  page: (d: Design, term: string, unit: string | null) => ReturnType<typeof sql<{ id: string }>>,
  load0: number[],
  count: number,
) {
  const db = ctx.db;
  const trgm = designs.find((d) => d.name === 'like-trgm')!;
  for (const s of trgm.setup) await sql.raw(s).execute(db);
  await sql`analyze petitions`.execute(db);
  const started = new Map<unknown, { at: number; sql: string }>();
  let statements: Array<{ ms: number; sql: string }> = [];
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      started.set(args.queryId, {
        at: performance.now(),
        sql: db.getExecutor().compileQuery(args.node, args.queryId).sql,
      });
      return args.node;
    },
    async transformResult(args) {
      const s = started.get(args.queryId);
      if (s) statements.push({ ms: performance.now() - s.at, sql: s.sql });
      started.delete(args.queryId);
      return args.result;
    },
  };
  const timedCtx: Ctx = { ...ctx, db: db.withPlugin(plugin) };
  const N = 7;
  const rows: Record<string, unknown>[] = [];
  for (const term of terms)
    for (const unit of [null, busiest]) {
      const bare: number[] = [];
      const prod: number[] = [];
      const sqlMs: number[] = [];
      let slowest: Array<{ ms: number; sql: string }> = [];
      for (let k = 0; k <= N; k++) {
        const a = performance.now();
        await page(trgm, term, unit).execute(db);
        const bareMs = performance.now() - a;
        statements = [];
        const b = performance.now();
        await listPetitions({
          ctx: timedCtx,
          actor: unit ? communeActor : SYSTEM_ACTOR,
          filter: { q: term, sort: 'received', limit: 50 },
        });
        const prodMs = performance.now() - b;
        if (k === 0) continue; // warm-up
        bare.push(bareMs);
        prod.push(prodMs);
        sqlMs.push(statements.reduce((x, y) => x + y.ms, 0));
        if (prodMs >= Math.max(...prod))
          slowest = [...statements].sort((x, y) => y.ms - x.ms).slice(0, 3);
      }
      const r = {
        term: isValidTrackingCode(term) ? 'code' : term,
        commune: unit !== null,
        bareP50: pct(bare, 50),
        bareMax: pct(bare, 100),
        productP50: pct(prod, 50),
        productMax: pct(prod, 100),
        productSqlP50: pct(sqlMs, 50),
        statements: statements.length,
        slowestRunTopStatements: slowest.map((x) => ({
          ms: Math.round(x.ms * 10) / 10,
          sql: x.sql.slice(0, 240),
        })),
      };
      rows.push(r);
      log(
        `  ${String(r.term).slice(0, 30).padEnd(30)} ${unit ? 'commune' : 'all    '} bare ${r.bareP50} / max ${r.bareMax}  product ${r.productP50} / max ${r.productMax} (SQL ${r.productSqlP50}, ${r.statements} statements)`,
      );
    }
  const all = (k: 'bareMax' | 'productMax', commune: boolean) =>
    rows.filter((r) => r.commune === commune).map((r) => r[k] as number);
  const out = {
    date: new Date().toISOString(),
    petitions: count,
    repeatPerTerm: N,
    loadAverage: {
      start: load0.map((x) => Math.round(x * 10) / 10),
      end: os.loadavg().map((x) => Math.round(x * 10) / 10),
    },
    summary: {
      bareP99OfMax: pct(all('bareMax', false), 99),
      productP99OfMax: pct(all('productMax', false), 99),
      communeBareP99OfMax: pct(all('bareMax', true), 99),
      communeProductP99OfMax: pct(all('productMax', true), 99),
    },
    rows,
  };
  fs.writeFileSync(
    path.join(import.meta.dirname, 'results', 'pg-search-per-term.json'),
    `${JSON.stringify(out, null, 2)}\n`,
  );
  log(
    `  ${JSON.stringify(out.summary)}; load ${out.loadAverage.start.join(' ')} → ${out.loadAverage.end.join(' ')}`,
  );
}

async function main() {
  const tdb = await createTestDb('postgres');
  const db = tdb.ctx.db;
  const load0 = os.loadavg();
  try {
    log(`generating ${COUNT.toLocaleString('en')} petitions (PostgreSQL)`);
    const gen = await generate(db, 'postgres', COUNT, log);
    log(`  generated in ${gen.seconds.toFixed(1)} s`);
    if (await rumAvailable(db))
      designs.push({
        name: 'rum',
        setup: [
          ...DROP,
          'create extension if not exists rum',
          'alter table petitions add column if not exists bench_words tsvector',
          'alter table petitions add column if not exists bench_day int',
          `update petitions set bench_words = ${SEARCH_VECTOR_SQL}, bench_day = received_on::date - date '1970-01-01'`,
          "create index bench_rum_idx on petitions using rum (bench_words rum_tsvector_addon_ops, bench_day) with (attach = 'bench_day', to = 'bench_words')",
        ],
        match: (words) => sql`bench_words @@ ${searchQueryText(words)}::tsquery`,
        order: 'bench_day <=> 100000',
      });
    else log('  rum: extension not available here, skipped');
    const only = process.env.BENCH_DESIGNS?.split(',');
    if (only) designs.splice(0, designs.length, ...designs.filter((d) => only.includes(d.name)));
    const phrases = [
      'boi thuong giai phong mat bang',
      'lan chiem',
      'tranh chap dat',
      'cong thoat nuoc',
      'loi di cong cong',
    ];
    const terms = [
      ...phrases,
      ...gen.trackingCodes.slice(0, 20),
      ...gen.names.slice(0, 20).map((n) => foldVietnamese(n)),
    ];
    const busiest = (
      await db
        .selectFrom('petitions')
        .select(['unit_code', (eb) => eb.fn.countAll<number>().as('n')])
        .where('received_on', '>=', '2025-07-01')
        .groupBy('unit_code')
        .orderBy('n', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).unit_code;

    const communeActor = {
      ...SYSTEM_ACTOR,
      id: 'bench-commune',
      role: 'handler' as const,
      unitCode: busiest,
      scope: new Set([busiest]),
    };
    const product = async (term: string, unit: string | null) =>
      (
        await listPetitions({
          ctx: tdb.ctx,
          actor: unit ? communeActor : SYSTEM_ACTOR,
          filter: { q: term, sort: 'received', limit: 50 },
        })
      ).items.map((i) => i.id);
    const run = async (d: Design, term: string, unit: string | null) =>
      d.product ? product(term, unit) : page(d, term, unit).execute(db);

    const page = (d: Design, term: string, unit: string | null) => {
      const unitSql = unit ? sql` and unit_code = ${unit}` : sql``;
      if (isValidTrackingCode(term))
        return sql<{
          id: string;
        }>`select id from petitions where tracking_code = ${normaliseTrackingCode(term)!}${unitSql}`;
      return sql<{
        id: string;
      }>`select id from petitions where ${d.match(searchWords(term))}${unitSql} order by ${sql.raw(d.order)} limit 51`;
    };

    if (process.env.BENCH_PER_TERM) {
      await perTerm(tdb.ctx, terms, busiest, communeActor, page, load0, COUNT);
      return;
    }
    const results: Record<string, unknown>[] = [];
    const firstPages = new Map<string, Map<string, string[]>>();
    for (const d of designs) {
      const t0 = performance.now();
      for (const s of d.setup) await sql.raw(s).execute(db);
      await sql`analyze petitions`.execute(db);
      const buildMs = Math.round(performance.now() - t0);
      const { rows: size } = await sql<{
        mb: number;
      }>`select coalesce(sum(pg_relation_size(indexrelid)), 0)::float / 1048576 as mb from pg_index where indrelid = 'petitions'::regclass and indexrelid::regclass::text in ('petitions_search_trgm_idx', 'petitions_search_words_idx', 'bench_unit_words_idx', 'bench_rum_idx')`.execute(
        db,
      );
      const all: number[] = [];
      const words: number[] = [];
      const commune: number[] = [];
      const pages = new Map<string, string[]>();
      for (const term of terms) {
        const isWords = !isValidTrackingCode(term);
        const first = await run(d, term, null); // warm-up
        if (!d.product && 'rows' in first) pages.set(term, first.rows.map((r) => r.id).sort());
        for (let k = 0; k < REPEAT; k++) {
          const a = performance.now();
          await run(d, term, null);
          const ms = performance.now() - a;
          all.push(ms);
          if (isWords) words.push(ms);
          const b = performance.now();
          await run(d, term, busiest);
          commune.push(performance.now() - b);
        }
      }
      if (!d.product) firstPages.set(d.name, pages);
      const plan = async (term: string, unit: string | null) => {
        const q = page(d, term, unit).compile(db);
        const { rows: p } = await db.executeQuery<{ 'QUERY PLAN': string }>({
          ...q,
          sql: `explain ${q.sql}`,
        });
        return p
          .map((r) => r['QUERY PLAN'].trim())
          .filter((l) => /Scan|Sort|Limit/.test(l))
          .map((l) => l.replace(/\s+\(cost.*$/, ''))
          .join(' ← ');
      };
      const r = {
        design: d.name,
        buildMs,
        indexMiB: Math.round((size[0]?.mb ?? 0) * 10) / 10,
        p50: pct(all, 50),
        p99: pct(all, 99),
        wordsP99: pct(words, 99),
        communeP50: pct(commune, 50),
        communeP99: pct(commune, 99),
        plan: await plan('tranh chap dat', null),
        communePlan: await plan('tranh chap dat', busiest),
      };
      results.push(r);
      log(
        `  ${d.name}: build ${buildMs} ms, ${r.indexMiB} MiB; all p50 ${r.p50} / p99 ${r.p99} ms (words p99 ${r.wordsP99}); commune p50 ${r.communeP50} / p99 ${r.communeP99} ms\n    plan: ${r.plan}\n    commune: ${r.communePlan}`,
      );
    }
    // First pages compared with the LIKE search: LIKE matches any substring, the words match whole
    // words and the last one as a prefix.
    const base = firstPages.get('like-seq') ?? firstPages.get('like-trgm');
    const diffs: Record<string, string[]> = {};
    for (const [name, pages] of base ? firstPages : []) {
      if (name.startsWith('like') || name === 'rum') continue;
      for (const term of terms) {
        const a = base!.get(term)!.join();
        if (pages.get(term)!.join() !== a) (diffs[name] ??= []).push(term);
      }
    }
    log(`  first pages differing from like-seq: ${JSON.stringify(diffs)}`);
    const out = {
      date: new Date().toISOString(),
      petitions: COUNT,
      commune: busiest,
      terms: terms.length,
      repeat: REPEAT,
      loadAverage: {
        start: load0.map((x) => Math.round(x * 10) / 10),
        end: os.loadavg().map((x) => Math.round(x * 10) / 10),
      },
      results,
      firstPagesDifferingFromLike: diffs,
    };
    const file = path.join(import.meta.dirname, 'results', 'pg-search.json');
    fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    log(
      `  load average ${out.loadAverage.start.join(' ')} → ${out.loadAverage.end.join(' ')}; ${file}`,
    );
  } finally {
    await tdb.destroy();
  }
}

await main();
