/**
 * About forty current cases in the four post-2025 communes that succeeded Thạnh Hóa district,
 * dated relative to `today`, so that work queues show on-time, due-soon and overdue work.
 * Deterministic for a given `today` and commune list. Every record is `sample: true`.
 */
import {
  addDays,
  createRng,
  daysBetween,
  fictionalName,
  fictionalPetitioners,
  inlineUnitName,
  toWorkingDay,
  type DemoPetition,
  type Rng,
} from './demo-support.js';
import { buildTimeline, type DemoStage } from './demo-timeline.js';
import { DEMO_PROJECTS, petitionText, templateTopics } from './demo-texts.js';
import { THANH_HOA_COMMUNES_2025 } from './demo-units.js';
import type { Channel, PetitionKind, PetitionResult } from './kinds.js';
import { initialCaseState, replaySteps, type CaseStep } from './lifecycle.js';
import { generateTrackingCode } from './tracking-code.js';
import type { SeedTopicCode } from './topics.js';
import type { IsoDate } from './types.js';

/** The post-2025 commune codes of the demo (Xã Thạnh Hóa, Thạnh Phước, Bình Thành, Tân Tây). */
export const DEMO_CURRENT_COMMUNE_CODES: readonly string[] = THANH_HOA_COMMUNES_2025.map(
  (c) => c.code,
);

/** A group of demo cases: how many, how far they got, and how old they are. */
interface Profile {
  readonly count: number;
  readonly stage: DemoStage | 'forwarded' | 'filed';
  /** Days since receipt (for `received`, `forwarded`, `filed`) or since acceptance (others). */
  readonly age: readonly [number, number];
  readonly kinds?: readonly PetitionKind[];
}

/** Queue mix; limits assumed: processing 10 days, resolution 30 days (the deadline module decides). */
const PROFILES: readonly Profile[] = [
  { count: 7, stage: 'received', age: [1, 5] }, // processing on time
  { count: 3, stage: 'received', age: [8, 9] }, // processing due soon
  { count: 3, stage: 'received', age: [13, 25] }, // processing overdue
  { count: 5, stage: 'assigned', age: [2, 10] }, // resolution on time
  { count: 6, stage: 'verification', age: [10, 22], kinds: ['complaint', 'denunciation'] },
  { count: 4, stage: 'dialogue', age: [25, 28], kinds: ['complaint'] }, // resolution due soon
  { count: 4, stage: 'verification', age: [36, 60], kinds: ['complaint', 'denunciation'] }, // overdue
  { count: 2, stage: 'forwarded', age: [10, 30] },
  { count: 1, stage: 'filed', age: [12, 20], kinds: ['denunciation'] },
  { count: 5, stage: 'closed', age: [20, 50] },
];

const KIND_WEIGHTS = { complaint: 35, denunciation: 10, recommendation: 25, feedback: 30 } as const;
const CHANNEL_WEIGHTS = {
  online: 35,
  in_person: 28,
  hotline: 8,
  post: 10,
  forwarded_deputy: 5,
  forwarded_fatherland_front: 6,
  forwarded_press: 2,
  forwarded_agency: 3,
  forwarded_leader: 3,
} as const satisfies Partial<Record<Channel, number>>;

function resultFor(rng: Rng, kind: PetitionKind): PetitionResult {
  if (kind === 'complaint') return rng.weighted({ rejected: 5, partly_upheld: 3, upheld: 2 });
  if (kind === 'denunciation')
    return rng.weighted({ unfounded: 5, partly_substantiated: 3, substantiated: 2 });
  return rng.weighted({ answered: 5, accepted: 4, not_accepted: 1 });
}

function processingSteps(profile: Profile, receivedOn: IsoDate, today: IsoDate): CaseStep[] {
  const on = toWorkingDay(addDays(receivedOn, 5));
  const processedOn = on < today ? on : addDays(today, -1);
  if (profile.stage === 'filed') {
    return [
      {
        action: 'process_file',
        on: processedOn,
        input: {
          reason: 'anonymous',
          note: 'Tố cáo nặc danh, không có thông tin cụ thể để kiểm tra.',
        },
      },
    ];
  }
  return [
    {
      action: 'process_forward',
      on: processedOn,
      input: {
        toBody: 'Văn phòng Đăng ký đất đai tỉnh Tây Ninh',
        note: 'Không thuộc thẩm quyền cấp xã.',
      },
    },
    ...(daysBetween(processedOn, today) > 12
      ? [
          {
            action: 'record_forward_reply' as const,
            on: addDays(processedOn, 10),
            input: {
              repliedOn: addDays(processedOn, 10),
              summary: 'Cơ quan nhận đơn đã trả lời công dân.',
            },
          },
        ]
      : []),
  ];
}

/**
 * A point in the Thạnh Hóa area (about 10.60–10.70 N, 106.10–106.20 E) derived from the case's
 * position, so the random sequence (and every other demo case) stays as it was.
 */
function demoLocation(index: number, address: string): string {
  const lat = 10.6 + ((index * 7919) % 1000) / 10_000;
  const long = 106.1 + ((index * 104_729) % 1000) / 10_000;
  return `${address} (${lat.toFixed(6)}, ${long.toFixed(6)})`;
}

function buildCurrentCase(
  rng: Rng,
  profile: Profile,
  index: number,
  today: IsoDate,
  communeCodes: readonly string[],
): Omit<DemoPetition, 'key'> {
  const kind: PetitionKind = profile.kinds ? rng.pick(profile.kinds) : rng.weighted(KIND_WEIGHTS);
  const topic: SeedTopicCode = rng.pick(templateTopics(kind));
  const code = communeCodes[index % communeCodes.length] ?? DEMO_CURRENT_COMMUNE_CODES[0]!;
  const commune = THANH_HOA_COMMUNES_2025.find((c) => c.code === code) ?? {
    code,
    name: code,
    fullName: `Xã ${code}`,
  };
  const hamlet = `Ấp ${rng.int(1, 9)}`;
  const neighbour = fictionalName(rng);
  const text = petitionText(rng, kind, topic, 1, {
    hamlet,
    commune: inlineUnitName(commune.fullName),
    neighbour: `${neighbour.honorific} ${neighbour.fullName}`,
    area: rng.int(4, 60) * 50,
    year: rng.int(1990, 2020),
    project: rng.pick(DEMO_PROJECTS),
  });
  const many = kind !== 'denunciation' && rng.chance(0.12);
  const anonymous = profile.stage === 'filed';
  const petitioners = anonymous
    ? []
    : fictionalPetitioners(
        rng,
        `${hamlet}, ${inlineUnitName(commune.fullName)}, tỉnh Tây Ninh`,
        many,
      );
  const channel: Channel = anonymous ? 'mailbox' : rng.weighted(CHANNEL_WEIGHTS);

  const age = rng.int(profile.age[0], profile.age[1]);
  const byReceipt = ['received', 'forwarded', 'filed'].includes(profile.stage);
  const processWorkingDays = rng.int(1, 5);
  const nominal = addDays(today, -(byReceipt ? age : age + processWorkingDays + 2));
  const forward = toWorkingDay(nominal);
  const receivedOn = forward < today ? forward : toWorkingDay(nominal, true);
  let steps: CaseStep[] = [];
  if (profile.stage === 'forwarded' || profile.stage === 'filed') {
    steps = processingSteps(profile, receivedOn, today);
  } else if (profile.stage !== 'received') {
    const closed = profile.stage === 'closed';
    steps = buildTimeline(
      rng,
      {
        kind,
        round: 1,
        receivedOn,
        processWorkingDays,
        resolveDays: closed ? rng.int(5, Math.max(5, age - 15)) : 999,
        stopAt: profile.stage,
        cutoff: addDays(today, -1),
        dialogue: profile.stage === 'dialogue',
        ...(closed ? { result: resultFor(rng, kind) } : {}),
        assigneeId: `demo:can-bo-${commune.code}-${rng.int(1, 3)}`,
        documentSuffix: kind === 'denunciation' ? 'KL-UBND' : 'QĐ-UBND',
        publicationMethod: 'portal',
      },
      index + 1,
    );
  }
  const { state } = replaySteps(initialCaseState(kind), steps);
  return {
    sample: true,
    trackingCode: generateTrackingCode((n) => rng.bytes(n)),
    receivedOn,
    kind,
    round: 1,
    channel,
    topic,
    unitCode: commune.code,
    receivingUnitCode: commune.code,
    title: text.title,
    content: text.content,
    petitioners,
    ...(kind === 'feedback' || kind === 'recommendation'
      ? { location: demoLocation(index, `${hamlet}, ${inlineUnitName(commune.fullName)}`) }
      : {}),
    manySignatories: many && petitioners.length > 1,
    steps,
    finalStatus: state.status,
    result: state.result ?? null,
  };
}

/**
 * Generates about forty current cases received before `today` in the given communes (default:
 * the four post-2025 successors of Thạnh Hóa district), spread so queues show on-time, due-soon
 * and overdue work. The same `today` and communes always give the same cases.
 */
export function demoCurrentCases(
  today: IsoDate,
  communeCodes: readonly string[] = DEMO_CURRENT_COMMUNE_CODES,
): DemoPetition[] {
  const codes = communeCodes.length > 0 ? communeCodes : DEMO_CURRENT_COMMUNE_CODES;
  const rng = createRng(`current:${today}:${codes.join(',')}`);
  const cases: Omit<DemoPetition, 'key'>[] = [];
  for (const profile of PROFILES) {
    for (let i = 0; i < profile.count; i += 1)
      cases.push(buildCurrentCase(rng, profile, cases.length, today, codes));
  }
  const year = today.slice(0, 4);
  return cases
    .sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0))
    .map((c, i) => ({ ...c, key: `DEMO-${year}-${String(i + 1).padStart(3, '0')}` }));
}
