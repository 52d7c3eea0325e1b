/**
 * Deterministic generator of realistic petitions for the benchmarks: the official units (63
 * provinces / 10,035 communes before 1/7/2025, 34 / 3,321 after), cases received 2023-01-01 to
 * 2026-06-30 under the unit valid on their date, a plausible lifecycle as of BENCH_TODAY (processing
 * outcome, acceptance, decision, closing, result, resolve deadline met or open, forwarding events),
 * one petitioner each, Vietnamese text from the demo templates. Same seed → same data.
 * Inserted with batched multi-row INSERTs in transactions (SQLite and PostgreSQL).
 */
import { sql, type Kysely } from 'kysely';
import { readOfficialCsvTexts } from '../src/commands/demo/demo-units.js';
import { writeUnits } from '../src/commands/units/import-units.js';
import type { Database, PetitionsTable } from '../src/db/schema.js';
import type { Engine } from '../src/db/connect.js';
import { analyzeAfterBulkLoad } from '../src/db/petition-facts.js';
import {
  addDays,
  createRng,
  fictionalIdentityNumber,
  fictionalName,
  fictionalPhone,
  type Rng,
} from '../src/domain/petition/demo-support.js';
import { DEMO_PROJECTS, petitionText, templateTopics } from '../src/domain/petition/demo-texts.js';
import type { PetitionKind } from '../src/domain/petition/kinds.js';
import { CHANNELS } from '../src/domain/petition/kinds.js';
import { factOf } from '../src/domain/reports/facts.js';
import { withText, type StoredFact } from '../src/domain/reports/fact-text.js';
import { foldVietnamese } from '../src/domain/text/fold.js';
import { TRACKING_ALPHABET, trackingCheckSymbol } from '../src/domain/petition/tracking-code.js';
import { buildOfficialUnits } from '../src/domain/units/official-lists.js';

/** "Today" of the generated data set. */
export const BENCH_TODAY = '2026-06-30';
const FIRST_DAY = '2023-01-01';
const REFORM = '2025-07-01';
const DAY_MS = 86_400_000;
const dayNo = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
const fromDayNo = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Officers per province in the generated data (queue benchmark picks among them). */
export const OFFICERS_PER_PROVINCE = 40;

/** What the generator produced, for the benchmarks to probe. */
export interface Generated {
  petitions: number;
  officers: string[];
  sampleProbes: Array<{
    unitCode: string;
    topicCode: string;
    title: string;
    content: string;
    identityNumber: string;
    phone: string;
  }>;
  trackingCodes: string[];
  names: string[];
  seconds: number;
}

const KINDS: Record<PetitionKind, number> = {
  complaint: 35,
  denunciation: 10,
  recommendation: 25,
  feedback: 30,
};
const RESULTS: Record<PetitionKind, Record<string, number>> = {
  complaint: { rejected: 50, partly_upheld: 28, upheld: 17, withdrawn: 5 },
  denunciation: { unfounded: 50, partly_substantiated: 32, substantiated: 18 },
  recommendation: { answered: 60, accepted: 25, not_accepted: 15 },
  feedback: { answered: 60, accepted: 25, not_accepted: 15 },
};

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

/** Builds one case's rows (petition, petitioner, deadline, events). */
function makeCase(
  rng: Rng,
  i: number,
  unitCode: string,
  provinceCode: string,
  receivedOn: string,
  open = false,
) {
  const kind = rng.weighted(KINDS);
  const topics = templateTopics(kind);
  const topic = rng.pick(topics);
  const person = fictionalName(rng);
  const text = petitionText(rng, kind, topic, 1, {
    hamlet: `Ấp ${rng.int(1, 9)}`,
    commune: `xã số ${unitCode}`,
    neighbour: `${person.honorific} ${fictionalName(rng).fullName}`,
    area: rng.int(4, 60) * 50,
    year: rng.int(1985, 2020),
    project: rng.pick(DEMO_PROJECTS),
  });
  const id = `00000000-0000-4000-8000-${hex(i, 12)}`;
  // A real tracking code (Crockford base-32, check symbol), deterministic from the case number.
  let payload = '';
  for (let k = 0, n = i; k < 9; k++, n = Math.floor(n / 32))
    payload = TRACKING_ALPHABET[n % 32]! + payload;
  const full = payload + trackingCheckSymbol(payload);
  const tracking = `${full.slice(0, 4)}-${full.slice(4, 8)}-${full.slice(8)}`;
  const officer = `bench-officer-${provinceCode}-${rng.int(1, OFFICERS_PER_PROVINCE)}`;
  const today = BENCH_TODAY;
  const processedOn = addDays(receivedOn, rng.int(1, 10));
  const roll = rng.next();
  const outcome = open
    ? processedOn > today || roll < 0.3
      ? null
      : 'accept'
    : processedOn > today
      ? null
      : roll < 0.8
        ? 'accept'
        : roll < 0.88
          ? 'return_with_guidance'
          : roll < 0.96
            ? 'forward'
            : roll < 0.97
              ? 'urge'
              : 'file';
  const p: PetitionsTable = {
    id,
    tracking_code: tracking,
    unit_code: unitCode,
    agency_id: null,
    officer_id: null,
    kind,
    channel: rng.pick(CHANNELS),
    topic_code: topic,
    title: text.title,
    content: text.content,
    status: 'received',
    status_before_suspension: null,
    round: 1,
    parent_id: null,
    link_type: null,
    duplicate_of: null,
    received_on: receivedOn,
    many_signatories: rng.chance(0.08) ? 1 : 0,
    signatory_count: 1,
    anonymous: 0,
    sealed: 0,
    remote_area: 0,
    complexity: 'normal',
    has_dialogue: 0,
    extension_count: 0,
    outcome,
    result: null,
    forwarded_to: null,
    accepted_on: null,
    decided_on: null,
    closed_on: null,
    finished_on: null,
    due_on: addDays(receivedOn, 10),
    due_step: 'process',
    public_answer: null,
    published: 0,
    rating: null,
    location: null,
    search_text: foldVietnamese(`${tracking} ${text.title} ${text.content} ${person.fullName}`),
    sample: 1,
    version: 1,
    draft_state: null,
    reopen_state: null,
    superior_review: null,
    superior_unit_code: null,
    created_by: null,
    created_at: `${receivedOn}T02:00:00.000Z`,
    updated_at: `${receivedOn}T02:00:00.000Z`,
  };
  const deadlines: Array<Record<string, unknown>> = [];
  const events: Array<Record<string, unknown>> = [];
  const event = (action: string, on: string, to: string) =>
    events.push({
      id: `${id}-${action}`,
      petition_id: id,
      at: `${on}T03:00:00.000Z`,
      on_date: on,
      actor_id: null,
      actor_name: 'bench',
      action,
      from_status: 'received',
      to_status: to,
      payload: '{}',
      public: 0,
    });
  if (outcome === 'accept') {
    const due = addDays(processedOn, rng.chance(0.2) ? 45 : 30);
    const decided = addDays(processedOn, rng.int(12, rng.chance(0.15) ? 70 : 40));
    Object.assign(p, {
      accepted_on: processedOn,
      officer_id: officer,
      status: 'verification',
      due_on: due,
      due_step: 'resolve',
    });
    if (decided <= today && !open) {
      const closed = addDays(decided, rng.int(5, 30));
      Object.assign(p, {
        decided_on: decided,
        result: rng.weighted(RESULTS[kind]),
        status: closed <= today ? 'closed' : 'decided',
        closed_on: closed <= today ? closed : null,
        due_on: null,
        due_step: null,
      });
    }
    deadlines.push({
      id: `${id}-r`,
      petition_id: id,
      step: 'resolve',
      rule_id: null,
      start_on: processedOn,
      days: 30,
      counting: 'calendar',
      pauses: '[]',
      extensions: '[]',
      due_on: due,
      explanation: '{}',
      state: decided <= today && !open ? 'met' : 'open',
      met_on: decided <= today && !open ? decided : null,
    });
  } else if (open && outcome === null) {
    // A case still awaiting processing, with its open processing deadline (as intake writes it).
    deadlines.push({
      id: `${id}-p`,
      petition_id: id,
      step: 'process',
      rule_id: null,
      start_on: receivedOn,
      days: 10,
      counting: 'working',
      pauses: '[]',
      extensions: '[]',
      due_on: p.due_on,
      explanation: '{}',
      state: 'open',
      met_on: null,
    });
  } else if (outcome === 'return_with_guidance' || outcome === 'file') {
    Object.assign(p, {
      status: outcome === 'file' ? 'filed' : 'returned_with_guidance',
      closed_on: processedOn,
      due_on: null,
      due_step: null,
    });
  } else if (outcome === 'forward' || outcome === 'urge') {
    Object.assign(p, {
      status: outcome === 'forward' ? 'forwarded' : 'urged',
      forwarded_to: 'Cơ quan có thẩm quyền',
      due_on: null,
      due_step: null,
    });
    event(outcome === 'forward' ? 'process_forward' : 'process_urge', processedOn, p.status);
    const reply = addDays(processedOn, rng.int(10, 60));
    if (reply <= today && rng.chance(0.6)) event('record_forward_reply', reply, p.status);
  }
  p.finished_on =
    p.decided_on ??
    p.closed_on ??
    (outcome === 'forward' || outcome === 'urge' ? processedOn : null);
  const petitioner = {
    id: `${id}-1`,
    petition_id: id,
    position: 0,
    full_name: person.fullName,
    address: null,
    identity_number: fictionalIdentityNumber(rng),
    phone: fictionalPhone(rng),
    email: null,
    is_representative: 0,
    folded_name: foldVietnamese(person.fullName),
    phone_norm: null as string | null,
  };
  petitioner.phone_norm = petitioner.phone;
  return { p, deadlines, events, petitioner };
}

async function insertBatched(
  db: Kysely<Database>,
  table: keyof Database,
  rows: Array<Record<string, unknown>>,
  columns: number,
): Promise<void> {
  const per = Math.max(1, Math.floor(30000 / columns));
  for (let k = 0; k < rows.length; k += per) {
    await db
      .insertInto(table)
      .values(rows.slice(k, k + per) as never)
      .execute();
  }
}

/** Options of {@link generate} for the case-action bench (bench/actions.ts). */
export interface GenerateOptions {
  /** Number of the first case (ids and tracking codes follow it): grow an existing data set. */
  first?: number;
  /** Every case still open (awaiting processing, or accepted with an open resolve deadline), received in the last year. */
  openCases?: boolean;
  /** The units are already loaded (a second call on the same database). */
  skipUnits?: boolean;
}

/** Loads the official units and `count` petitions; returns probes for the benchmarks. */
export async function generate(
  db: Kysely<Database>,
  engine: Engine,
  count: number,
  log: (s: string) => void = () => {},
  opts: GenerateOptions = {},
): Promise<Generated> {
  const t0 = performance.now();
  if (engine === 'sqlite') {
    await sql`pragma synchronous = off`.execute(db);
    await sql`pragma cache_size = -200000`.execute(db);
  }
  const units = buildOfficialUnits(readOfficialCsvTexts());
  if (!opts.skipUnits) await db.transaction().execute((tx) => writeUnits(tx, units));
  const oldCommunes = units.filter((u) => u.level === 'commune' && u.validTo !== null);
  const newCommunes = units.filter((u) => u.level === 'commune' && u.validTo === null);
  const provinceOf = new Map(
    units.filter((u) => u.level === 'district').map((d) => [d.code, d.parentCode!]),
  );
  const rng = createRng(opts.first ? `danvan-bench-v1-${opts.first}` : 'danvan-bench-v1');
  const firstCase = opts.first ?? 0;
  const first = dayNo(FIRST_DAY);
  const span = dayNo(BENCH_TODAY) - first + 1;
  const officers = new Set<string>();
  const sampleProbes: Generated['sampleProbes'] = [];
  const trackingCodes: string[] = [];
  const names: string[] = [];
  const CHUNK = 20_000;
  for (let start = firstCase; start < firstCase + count; start += CHUNK) {
    const ps: Array<Record<string, unknown>> = [];
    const people: Array<Record<string, unknown>> = [];
    const dls: Array<Record<string, unknown>> = [];
    const evs: Array<Record<string, unknown>> = [];
    const facts: StoredFact[] = [];
    for (let i = start; i < Math.min(firstCase + count, start + CHUNK); i++) {
      const receivedOn = opts.openCases
        ? fromDayNo(dayNo(BENCH_TODAY) - 1 - Math.floor(rng.next() * 365))
        : fromDayNo(first + Math.floor(rng.next() * span));
      const unit = receivedOn < REFORM ? rng.pick(oldCommunes) : rng.pick(newCommunes);
      const province = unit.validTo === null ? unit.parentCode! : provinceOf.get(unit.parentCode!)!;
      const c = makeCase(rng, i, unit.code, province, receivedOn, opts.openCases);
      ps.push(c.p as unknown as Record<string, unknown>);
      people.push(c.petitioner);
      dls.push(...c.deadlines);
      evs.push(...c.events);
      // The report facts, computed by the product's own function from the same rows.
      facts.push(
        withText(
          factOf({ petition: c.p, events: c.events as never, deadlines: c.deadlines as never }),
        ),
      );
      if (c.p.officer_id) officers.add(c.p.officer_id);
      if (i % 997 === 0 && sampleProbes.length < 200)
        sampleProbes.push({
          unitCode: c.p.unit_code,
          topicCode: c.p.topic_code!,
          title: c.p.title,
          content: c.p.content,
          identityNumber: c.petitioner.identity_number,
          phone: c.petitioner.phone,
        });
      if (i % 4999 === 0 && trackingCodes.length < 100) trackingCodes.push(c.p.tracking_code);
      if (i % 3001 === 0 && names.length < 100) names.push(c.petitioner.full_name);
    }
    await db.transaction().execute(async (tx) => {
      await insertBatched(tx, 'petitions', ps, 44);
      await insertBatched(tx, 'petitioners', people, 11);
      await insertBatched(tx, 'petition_deadlines', dls, 13);
      if (evs.length) await insertBatched(tx, 'petition_events', evs, 11);
      await insertBatched(
        tx,
        'petition_facts',
        facts as unknown as Array<Record<string, unknown>>,
        24,
      );
    });
    if (((start - firstCase) / CHUNK) % 10 === 0)
      log(
        `  ${Math.min(firstCase + count, start + CHUNK).toLocaleString('en')} / ${count.toLocaleString('en')} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
      );
  }
  // Planner statistics after the bulk load (and the visibility map PostgreSQL's index-only scans need).
  await analyzeAfterBulkLoad(db, engine);
  return {
    petitions: count,
    officers: [...officers].sort(),
    sampleProbes,
    trackingCodes,
    names,
    seconds: (performance.now() - t0) / 1000,
  };
}
