/**
 * The intake bench's load generator, run in its own process (bench/intake.ts spawns it) so that
 * building and sending requests does not take CPU from the server's thread. Reads its job as JSON
 * from argv[2]; prints `{ ms, failures }` as JSON on stdout.
 */
import {
  DEMO_PROJECTS,
  petitionText,
  templateTopics,
} from '../../src/domain/petition/demo-texts.js';
import {
  createRng,
  fictionalIdentityNumber,
  fictionalName,
  fictionalPhone,
} from '../../src/domain/petition/demo-support.js';
import type { PetitionKind } from '../../src/domain/petition/kinds.js';

interface Job {
  base: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  n: number;
  concurrency: number;
  /** Start of the numbering of the request bodies (distinct petitions across runs). */
  offset: number;
  /** The unit the logged-in reception officer receives for. */
  unitCode?: string;
  /**
   * `varied`: each petition drawn like the generator's (bench/generate.ts): kind, topic, text
   * template, hamlet, project, person; `near-copies`: one template with a number changed, the
   * worst case for duplicate scoring.
   */
  petitions?: 'varied' | 'near-copies';
}

const job = JSON.parse(process.argv[2]!) as Job;
const unitCode = job.unitCode ?? '27877';

/** The generator's kind weights, without in-person visits (those need an identity check at the desk). */
const KINDS: Record<PetitionKind, number> = {
  complaint: 35,
  denunciation: 10,
  recommendation: 25,
  feedback: 30,
};
const CHANNELS = ['post', 'mailbox', 'hotline', 'forwarded_deputy', 'forwarded_press'] as const;

function varied(i: number) {
  const rng = createRng(`intake-bench-${i}`);
  const kind = rng.weighted(KINDS);
  const topic = rng.pick(templateTopics(kind));
  const person = fictionalName(rng);
  const text = petitionText(rng, kind, topic, 1, {
    hamlet: `Ấp ${rng.int(1, 9)}`,
    commune: 'xã Thạnh Phước',
    neighbour: `${person.honorific} ${fictionalName(rng).fullName}`,
    area: rng.int(4, 60) * 50,
    year: rng.int(1985, 2020),
    project: rng.pick(DEMO_PROJECTS),
  });
  return {
    unitCode,
    kinds: [kind],
    channel: rng.pick(CHANNELS),
    topicCode: topic,
    title: text.title,
    content: text.content,
    petitioners: [
      {
        fullName: person.fullName,
        address: `Ấp ${rng.int(1, 9)}, xã Thạnh Phước`,
        identityNumber: rng.next() < 0.5 ? fictionalIdentityNumber(rng) : null,
        phone: fictionalPhone(rng),
      },
    ],
  };
}

const nearCopy = (i: number) => ({
  unitCode,
  kinds: ['feedback'],
  channel: 'hotline',
  topicCode: 'infrastructure',
  title: `Phản ánh hư hỏng đường giao thông nông thôn số ${i}`,
  content: `Đoạn đường ấp ${(i % 9) + 1} bị sụt lún sau mưa, đề nghị sửa chữa (bản ghi đo tải ${i}).`,
  petitioners: [
    {
      fullName: `Người Đo Tải ${i}`,
      phone: `0909${String(555000 + (i % 1000)).padStart(6, '0')}`,
    },
  ],
});

const body = (i: number) => JSON.stringify(job.petitions === 'varied' ? varied(i) : nearCopy(i));

let next = 0;
let failures = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: job.concurrency }, async () => {
    for (let i = next++; i < job.n; i = next++) {
      const res = await fetch(`${job.base}${job.path}`, {
        method: job.method,
        headers: job.headers,
        ...(job.method === 'POST' ? { body: body(job.offset + i) } : {}),
      });
      if (res.status >= 300) {
        failures++;
        if (failures <= 3)
          process.stderr.write(`${res.status} ${(await res.text()).slice(0, 300)}\n`);
      }
      await res.text().catch(() => '');
    }
  }),
);
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, failures }));
