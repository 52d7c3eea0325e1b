/**
 * The seed article's petitions, regenerated deterministically: 71 complaints and denunciations
 * received by Thạnh Hóa district (Long An) from 2019-01-02 to the inspection on 2019-10-18,
 * of which 59 were resolved and 12 were under verification on that day. The split by topic,
 * kind, channel and commune and every person are illustrative (`sample: true`); the totals are
 * the article's and come out of the generated histories, replayed through the lifecycle.
 */
import {
  createRng,
  daysBetween,
  fictionalName,
  fictionalPetitioners,
  inlineUnitName,
  isDemoWorkingDay,
  addDays,
  type DemoPetition,
  type Rng,
} from './demo-support.js';
import { buildTimeline, type TimelinePlan } from './demo-timeline.js';
import { DEMO_PROJECTS, petitionText, templateTopics } from './demo-texts.js';
import {
  THANH_HOA_COMMUNES_2019,
  THANH_HOA_DISTRICT_CODE,
  type DemoCommune,
} from './demo-units.js';
import type { Channel, PetitionKind, PetitionResult } from './kinds.js';
import { initialCaseState, replaySteps } from './lifecycle.js';
import { generateTrackingCode } from './tracking-code.js';
import type { SeedTopicCode } from './topics.js';
import type { IsoDate } from './types.js';

/** The facts of the seed article the generator reproduces. */
export const DEMO_2019 = {
  seed: 'thanh-hoa-2019',
  firstReceivedOn: '2019-01-02',
  inspectionOn: '2019-10-18',
  received: 71,
  resolved: 59,
  underVerification: 12,
} as const;

const LAST_RESOLVED_RECEIPT: IsoDate = '2019-08-16';
const FIRST_PENDING_RECEIPT: IsoDate = '2019-08-26';
const LAST_PENDING_RECEIPT: IsoDate = '2019-10-11';

const TOPIC_WEIGHTS = {
  land_clearance_compensation: 30,
  land_use_right_dispute: 25,
  boundary_dispute: 20,
  drainage_dispute: 13,
  public_pathway: 12,
} as const satisfies Partial<Record<SeedTopicCode, number>>;

const CHANNEL_WEIGHTS = {
  in_person: 45,
  post: 24,
  mailbox: 4,
  forwarded_deputy: 7,
  forwarded_fatherland_front: 9,
  forwarded_leader: 6,
  forwarded_press: 2,
  forwarded_agency: 3,
} as const satisfies Partial<Record<Channel, number>>;

const COMPLAINT_RESULTS = { rejected: 50, partly_upheld: 28, upheld: 22 } as const;
const DENUNCIATION_RESULTS = {
  unfounded: 50,
  partly_substantiated: 32,
  substantiated: 18,
} as const;
const ASSIGNEES = [
  'demo:thanh-tra-huyen',
  'demo:phong-tai-nguyen-moi-truong',
  'demo:ban-tiep-cong-dan-huyen',
];

/** Working days in [from, to], inclusive. */
function workingDaysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isDemoWorkingDay(d)) days.push(d);
  return days;
}

/** Receipt dates: the resolved ones first (from 2019-01-02), then the pending ones, sorted. */
function receiptDates(rng: Rng): { date: IsoDate; resolved: boolean }[] {
  const early = workingDaysBetween(DEMO_2019.firstReceivedOn, LAST_RESOLVED_RECEIPT);
  const late = workingDaysBetween(FIRST_PENDING_RECEIPT, LAST_PENDING_RECEIPT);
  const resolved = [
    DEMO_2019.firstReceivedOn,
    ...Array.from({ length: DEMO_2019.resolved - 1 }, () => rng.pick(early)),
  ];
  const pending = Array.from({ length: DEMO_2019.underVerification }, () => rng.pick(late));
  return [
    ...resolved.sort().map((date) => ({ date, resolved: true })),
    ...pending.sort().map((date) => ({ date, resolved: false })),
  ];
}

function pickCommune(rng: Rng): DemoCommune {
  // Thạnh Phước, named in the article, reports a little more than the others.
  return rng.chance(0.15) ? THANH_HOA_COMMUNES_2019[3]! : rng.pick(THANH_HOA_COMMUNES_2019);
}

function pickKindAndTopic(rng: Rng): { kind: PetitionKind; topic: SeedTopicCode } {
  const kind: PetitionKind = rng.chance(0.2) ? 'denunciation' : 'complaint';
  const allowed = new Set(templateTopics(kind));
  const weights = Object.fromEntries(
    Object.entries(TOPIC_WEIGHTS).filter(([t]) => allowed.has(t as SeedTopicCode)),
  );
  return { kind, topic: rng.weighted(weights) as SeedTopicCode };
}

function buildCase(rng: Rng, index: number, receivedOn: IsoDate, resolved: boolean): DemoPetition {
  const { kind, topic } = pickKindAndTopic(rng);
  const round: 1 | 2 = kind === 'complaint' && rng.chance(0.1) ? 2 : 1;
  const commune = pickCommune(rng);
  const hamlet = commune.code === '27865' ? `Khu phố ${rng.int(1, 4)}` : `Ấp ${rng.int(1, 6)}`;
  const neighbour = fictionalName(rng);
  const text = petitionText(rng, kind, topic, round, {
    hamlet,
    commune: inlineUnitName(commune.fullName),
    neighbour: `${neighbour.honorific} ${neighbour.fullName}`,
    area: rng.int(4, 60) * 50,
    year: rng.int(1985, 2012),
    project: rng.pick(DEMO_PROJECTS),
  });
  const many =
    ['land_clearance_compensation', 'public_pathway', 'drainage_dispute'].includes(topic) &&
    rng.chance(0.25);
  const address = `${hamlet}, ${inlineUnitName(commune.fullName)}, huyện Thạnh Hóa, tỉnh Long An`;
  const petitioners = fictionalPetitioners(rng, address, many);
  const channel: Channel = rng.weighted(CHANNEL_WEIGHTS);

  const extended = resolved ? rng.chance(0.2) : false;
  const cutoff = DEMO_2019.inspectionOn;
  const processWorkingDays = rng.int(1, 7);
  const result: PetitionResult | undefined = resolved
    ? kind === 'complaint'
      ? rng.weighted(COMPLAINT_RESULTS)
      : rng.weighted(DENUNCIATION_RESULTS)
    : undefined;
  const plan: TimelinePlan = {
    kind,
    round,
    receivedOn,
    processWorkingDays,
    resolveDays: round === 2 ? rng.int(32, 44) : extended ? rng.int(34, 44) : rng.int(18, 30),
    stopAt: resolved ? 'closed' : 'verification',
    cutoff,
    dialogue: kind === 'complaint' && (round === 2 || rng.chance(0.45)),
    ...(extended || (!resolved && daysBetween(receivedOn, cutoff) > 28)
      ? { extensionDays: kind === 'denunciation' ? 30 : 15 }
      : {}),
    ...(result ? { result } : {}),
    assigneeId: rng.pick(ASSIGNEES),
    documentSuffix: kind === 'complaint' ? 'QĐ-UBND' : 'KL-UBND',
    publicationMethod: rng.pick(['posting', 'meeting'] as const),
  };
  const steps = buildTimeline(rng, plan, 100 + index);
  const { state } = replaySteps(initialCaseState(kind, round), steps);
  return {
    key: `TH2019-${String(index + 1).padStart(3, '0')}`,
    sample: true,
    trackingCode: generateTrackingCode((n) => rng.bytes(n)),
    receivedOn,
    kind,
    round,
    channel,
    topic,
    unitCode: commune.code,
    receivingUnitCode: THANH_HOA_DISTRICT_CODE,
    title: text.title,
    content: text.content,
    petitioners,
    manySignatories: many,
    steps,
    finalStatus: state.status,
    result: state.result ?? null,
  };
}

/**
 * Generates the 71 petitions of Thạnh Hóa district, 2019, always the same ones (seeded PRNG).
 * Histories end on 2019-10-18: 59 resolved (decided or later, with a result), 12 accepted,
 * assigned or under verification.
 */
export function generateDemo2019(): DemoPetition[] {
  const rng = createRng(DEMO_2019.seed);
  return receiptDates(rng).map(({ date, resolved }, i) => buildCase(rng, i, date, resolved));
}

export { demoCurrentCases } from './demo-current.js';
