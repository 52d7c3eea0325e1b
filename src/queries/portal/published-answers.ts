import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { foldVietnamese } from '../../domain/text/fold.js';

/** One published answer: what the case was about and how it ended, never who filed it. */
export interface PublishedAnswer {
  trackingCode: string;
  kind: string;
  title: string;
  topic: { vi: string; en: string } | null;
  unit: { name: string; nameEn: string | null };
  receivedOn: string;
  decidedOn: string | null;
  result: string | null;
  answer: string | null;
  sample: boolean;
}

/**
 * Answers open to the public: complaint decisions marked published, and decided recommendations
 * and feedback. Denunciations never appear (their conclusions are published by the resolving body
 * in its own form), nor anything sealed. Search is diacritic-insensitive: the query is folded and
 * matched against the folded title and answer (`search_text` holds names too, so it is not used).
 */
export async function listPublishedAnswers(
  db: Kysely<Database>,
  opts: { q?: string | null; unitCode?: string | null; limit: number; offset: number },
): Promise<{ items: PublishedAnswer[]; total: number }> {
  const words = foldVietnamese(opts.q ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  let q = db
    .selectFrom('petitions')
    .where('kind', '!=', 'denunciation')
    .where('sealed', '=', 0)
    .where((eb) =>
      eb.or([
        eb('published', '=', 1),
        eb.and([
          eb('kind', 'in', ['recommendation', 'feedback']),
          eb('decided_on', 'is not', null),
        ]),
      ]),
    )
    .where('public_answer', 'is not', null);
  if (opts.unitCode) q = q.where('unit_code', '=', opts.unitCode);
  if (words.length) {
    // Folding (tone marks, đ) is not portable SQL, so the candidates' title and answer are folded
    // here: fine for the thousands of published answers a unit has; an index column would scale further.
    const rows = await q.select(['id', 'title', 'public_answer']).execute();
    const ids = rows
      .filter((r) => {
        const hay = foldVietnamese(`${r.title} ${r.public_answer ?? ''}`);
        return words.every((w) => hay.includes(w));
      })
      .map((r) => r.id);
    if (ids.length === 0) return { items: [], total: 0 };
    q = q.where('id', 'in', ids.slice(0, 5000));
  }
  const [rows, count] = await Promise.all([
    q
      .select([
        'id',
        'tracking_code',
        'kind',
        'title',
        'topic_code',
        'unit_code',
        'received_on',
        'decided_on',
        'result',
        'public_answer',
        'sample',
      ])
      .orderBy(sql`coalesce(decided_on, received_on)`, 'desc')
      .orderBy('id')
      .limit(opts.limit)
      .offset(opts.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst(),
  ]);
  const topicCodes = [...new Set(rows.map((r) => r.topic_code).filter((c): c is string => !!c))];
  const unitCodes = [...new Set(rows.map((r) => r.unit_code))];
  const [topics, units] = await Promise.all([
    topicCodes.length
      ? db
          .selectFrom('topics')
          .select(['code', 'name_vi', 'name_en'])
          .where('code', 'in', topicCodes)
          .execute()
      : [],
    unitCodes.length
      ? db
          .selectFrom('units')
          .select(['code', 'full_name', 'name_en', 'valid_from'])
          .where('code', 'in', unitCodes)
          .orderBy('valid_from', 'desc')
          .execute()
      : [],
  ]);
  const unitOf = (code: string, on: string) =>
    units.find((u) => u.code === code && u.valid_from <= on) ?? units.find((u) => u.code === code);
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => {
      const t = topics.find((x) => x.code === r.topic_code);
      const u = unitOf(r.unit_code, r.received_on);
      return {
        trackingCode: r.tracking_code,
        kind: r.kind,
        title: r.title,
        topic: t ? { vi: t.name_vi, en: t.name_en } : null,
        unit: { name: u?.full_name ?? r.unit_code, nameEn: u?.name_en ?? null },
        receivedOn: r.received_on,
        decidedOn: r.decided_on,
        result: r.result,
        answer: r.public_answer,
        sample: r.sample === 1,
      };
    }),
  };
}
