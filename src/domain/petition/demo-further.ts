/**
 * The demo's further denunciations ("tố cáo tiếp", Law on Denunciations 2018 Art. 37): this
 * year's denunciations that a commune of the demo concluded and whose denouncer, holding the
 * conclusion unlawful, denounced further to the province. Each is replayed through the real
 * lifecycle up to `receive_further_denunciation`, so that the province head's queue holds a
 * review at first login: one received a few days ago (on time), one near its 20-day limit (due
 * soon). Dated relative to `today` with their own random sequence, so that the article's 2019
 * cases and the other current cases stay exactly as they were. Every record is `sample: true`.
 */
import {
  addDays,
  createRng,
  fictionalName,
  fictionalPetitioners,
  inlineUnitName,
  toWorkingDay,
  type DemoPetition,
  type Rng,
} from './demo-support.js';
import { buildTimeline } from './demo-timeline.js';
import { DEMO_PROJECTS, petitionText, templateTopics } from './demo-texts.js';
import { THANH_HOA_COMMUNES_2025 } from './demo-units.js';
import type { PetitionResult } from './kinds.js';
import { initialCaseState, replaySteps, type CaseStep } from './lifecycle.js';
import { generateTrackingCode } from './tracking-code.js';
import type { IsoDate } from './types.js';

/** The day the four successor communes came into being (no demo case of theirs before it). */
const COMMUNES_FROM: IsoDate = '2025-07-01';

/**
 * Days between the further denunciation's receipt and `today`, and which way a weekend or
 * holiday moves the receipt: the review limit is 20 calendar days (rule
 * `denunciation.review_further.2018`), so the first is on time (moved back: never today), the
 * second close to its limit (moved forward: never past it).
 */
const FURTHER_AGES: readonly { days: readonly [number, number]; backwards: boolean }[] = [
  { days: [2, 6], backwards: true },
  { days: [17, 18], backwards: false },
];

/** Days from the first receipt to the further denunciation: the whole first resolution fits. */
const FIRST_ROUND_DAYS: readonly [number, number] = [100, 120];

/** Communes whose conclusions are denounced further (the article's Thạnh Phước first). */
const FURTHER_COMMUNES: readonly string[] = ['27877', '27868'];

function furtherContent(communeName: string): string {
  return (
    `Người tố cáo không đồng ý với kết luận nội dung tố cáo của Chủ tịch UBND ${communeName}, ` +
    'cho rằng việc xác minh chưa làm rõ trách nhiệm của cán bộ bị tố cáo và việc giải quyết ' +
    'không đúng pháp luật; đề nghị Chủ tịch UBND tỉnh xem xét lại (tố cáo tiếp).'
  );
}

function buildFurtherCase(
  rng: Rng,
  index: number,
  today: IsoDate,
  communeCode: string,
): Omit<DemoPetition, 'key'> | null {
  const commune = THANH_HOA_COMMUNES_2025.find((c) => c.code === communeCode);
  if (!commune) return null;
  const age = FURTHER_AGES[index % FURTHER_AGES.length]!;
  const furtherOn = toWorkingDay(addDays(today, -rng.int(...age.days)), age.backwards);
  const receivedOn = toWorkingDay(addDays(furtherOn, -rng.int(...FIRST_ROUND_DAYS)));
  if (receivedOn < COMMUNES_FROM) return null;

  // One topic per case, in the templates' order, so that the queue's two rows read differently.
  const topics = templateTopics('denunciation');
  const topic = topics[index % topics.length]!;
  const hamlet = `Ấp ${rng.int(1, 9)}`;
  const neighbour = fictionalName(rng);
  const place = inlineUnitName(commune.fullName);
  const text = petitionText(rng, 'denunciation', topic, 1, {
    hamlet,
    commune: place,
    neighbour: `${neighbour.honorific} ${neighbour.fullName}`,
    area: rng.int(4, 60) * 50,
    year: rng.int(1990, 2020),
    project: rng.pick(DEMO_PROJECTS),
  });
  const petitioners = fictionalPetitioners(rng, `${hamlet}, ${place}, tỉnh Tây Ninh`, false);
  const result: PetitionResult = rng.pick(['unfounded', 'partly_substantiated'] as const);
  const firstRound = buildTimeline(
    rng,
    {
      kind: 'denunciation',
      round: 1,
      receivedOn,
      processWorkingDays: rng.int(2, 5),
      // Within the 30-day resolution limit, so nothing of the first round is ever overdue.
      resolveDays: rng.int(20, 26),
      stopAt: 'closed',
      cutoff: addDays(furtherOn, -1),
      dialogue: false,
      result,
      assigneeId: `demo:can-bo-${commune.code}-1`,
      documentSuffix: 'KL-UBND',
      publicationMethod: 'posting',
    },
    900 + index,
  );
  const steps: CaseStep[] = [
    ...firstRound,
    {
      action: 'receive_further_denunciation',
      on: furtherOn,
      input: {
        receivedOn: furtherOn,
        grounds: 'unlawful_resolution',
        content: furtherContent(place),
      },
    },
  ];
  const { state } = replaySteps(initialCaseState('denunciation'), steps);
  return {
    sample: true,
    trackingCode: generateTrackingCode((n) => rng.bytes(n)),
    receivedOn,
    kind: 'denunciation',
    round: 1,
    channel: 'post',
    topic,
    unitCode: commune.code,
    receivingUnitCode: commune.code,
    title: text.title,
    content: text.content,
    petitioners,
    manySignatories: false,
    steps,
    finalStatus: state.status,
    result: state.result ?? null,
  };
}

/**
 * This year's further denunciations to the province (Art. 37), one per commune in `communeCodes`
 * (default: Thạnh Phước and Bình Thành), each concluded by its commune, then denounced further:
 * the last step is `receive_further_denunciation` (grounds `unlawful_resolution`), leaving the
 * review to the head of the commune's superior unit (the province, 80). None when the first
 * receipt would fall before the communes existed (1/7/2025). Deterministic for a given `today`.
 */
export function demoFurtherDenunciations(
  today: IsoDate,
  communeCodes: readonly string[] = FURTHER_COMMUNES,
): DemoPetition[] {
  const rng = createRng(`further:${today}:${communeCodes.join(',')}`);
  const year = today.slice(0, 4);
  const cases: DemoPetition[] = [];
  communeCodes.forEach((code, index) => {
    const c = buildFurtherCase(rng, index, today, code);
    if (c) cases.push({ ...c, key: `DEMO-${year}-TCT-${String(index + 1).padStart(2, '0')}` });
  });
  return cases;
}
