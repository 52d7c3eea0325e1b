/**
 * The intake bench's load generator, run in its own process (bench/intake.ts spawns it) so that
 * building and sending requests does not take CPU from the server's thread. Reads its job as JSON
 * from argv[2]; prints `{ ms, failures }` as JSON on stdout.
 */
interface Job {
  base: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  n: number;
  concurrency: number;
  /** Start of the numbering of the request bodies (distinct petitions across runs). */
  offset: number;
}

const job = JSON.parse(process.argv[2]!) as Job;

const body = (i: number) =>
  JSON.stringify({
    unitCode: '27877',
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
      if (res.status >= 300) failures++;
      await res.text();
    }
  }),
);
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, failures }));
