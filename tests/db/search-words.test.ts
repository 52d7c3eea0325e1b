/**
 * Search by words on both engines returns what the definition says, page after page: every whole
 * word typed, the last one as a prefix, newest first. On PostgreSQL the walk of `petition_words`
 * (migration 0020-h21a) returns exactly the pages of the SQL path it replaces (`received_on desc,
 * id desc`), the index follows every change of a case, and never holds a sealed identity.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/db/context.js';
import { SYSTEM_ACTOR, type Actor } from '../../src/domain/access/actor.js';
import { fixedDateClock } from '../../src/domain/clock.js';
import { listPetitions } from '../../src/queries/petitions/list-petitions.js';
import { rebuildSearchIndex } from '../../src/db/search-words.js';
import { ENGINES } from '../helpers/engines.js';
import { registerDirect } from '../helpers/petitions.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** Words no tracking code, name or other word of the fixture contains. */
const VOCAB = ['duong', 'thoat', 'chieu', 'khanh', 'truong', 'nguyen', 'phuong', 'thanh'];
const DAYS = ['2026-01-05', '2026-02-02', '2026-03-09', '2026-03-10', '2026-04-01', '2026-04-20'];
const CASES = 160;

/** A small deterministic generator (the fixture is the same on every run). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe.each(ENGINES)('search by words (%s)', (engine) => {
  let t: TestApp;
  let ctx: Ctx;
  const made: Array<{ id: string; receivedOn: string; unit: string; words: Set<string> }> = [];
  const wordsOf = (text: string) => new Set(text.split(/[^a-z0-9]+/).filter(Boolean));

  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
    ctx = { ...t.db.ctx, clock: fixedDateClock('2026-05-01') };
    const next = random(7);
    const pick = () => VOCAB[Math.floor(next() * VOCAB.length)]!;
    for (let i = 0; i < CASES; i++) {
      const receivedOn = DAYS[Math.floor(next() * DAYS.length)]!;
      const unit = i % 4 === 3 ? '27868' : '27877';
      const res = await registerDirect(ctx, {
        unitCode: unit,
        title: `Đơn ${pick()} ${pick()}`,
        content: `Nội dung ${pick()}, ${pick()}.`,
        receivedOn,
        petitioner: `Người Gửi ${i}`,
      });
      made.push({ id: res.id, receivedOn, unit, words: new Set() });
    }
    const denounced = await registerDirect(ctx, {
      unitCode: '27877',
      kind: 'denunciation',
      channel: 'in_person',
      title: `Tố cáo ${VOCAB[0]}`,
      content: 'Nội dung tố cáo.',
      receivedOn: '2026-04-02',
      petitioner: 'Bímật Tốcáo',
    });
    made.push({ id: denounced.id, receivedOn: '2026-04-02', unit: '27877', words: new Set() });
    const texts = await t.db.ctx.db
      .selectFrom('petitions')
      .select(['id', 'search_text'])
      .where(
        'id',
        'in',
        made.map((m) => m.id),
      )
      .execute();
    const byId = new Map(texts.map((r) => [r.id, r.search_text]));
    for (const m of made) m.words = wordsOf(byId.get(m.id)!);
  }, 300_000);
  afterAll(async () => t?.close());

  /** Every page of a search, as ids and dates. */
  const pages = async (actor: Actor, q: string, limit: number, sort: 'received' | 'due') => {
    const out: Array<{ id: string; receivedOn: string }[]> = [];
    let cursor: string | undefined;
    for (let n = 0; n < 100; n++) {
      const page = await listPetitions({
        ctx,
        actor,
        filter: { q, sort, limit, ...(cursor ? { cursor } : {}) },
      });
      out.push(page.items.map((i) => ({ id: i.id, receivedOn: i.receivedOn })));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return out;
  };
  /** The definition: every whole word, the last one as the start of a word. */
  const expected = (q: string, unit?: string) => {
    const typed = q.split(' ');
    const last = typed.pop()!;
    return made
      .filter((m) => !unit || m.unit === unit)
      .filter((m) => typed.every((w) => m.words.has(w)))
      .filter((m) => [...m.words].some((w) => w.startsWith(last)))
      .sort((a, b) =>
        a.receivedOn === b.receivedOn
          ? a.id < b.id
            ? 1
            : -1
          : a.receivedOn < b.receivedOn
            ? 1
            : -1,
      );
  };
  // '1': a prefix of more than 64 words (the petitioners' numbers) alone: PostgreSQL reads its range.
  const QUERIES = [
    'duong',
    'thoat chieu',
    'khanh thanh phuong',
    'duo',
    'thoat ch',
    'nguyen p',
    '1',
  ];

  it('returns every match exactly once, newest first, page after page (whole words, last one a prefix)', async () => {
    for (const q of QUERIES) {
      const want = expected(q);
      expect(want.length, q).toBeGreaterThan(0);
      for (const limit of [5, 50]) {
        const got = (await pages(SYSTEM_ACTOR, q, limit, 'received')).flat();
        if (engine === 'postgres')
          expect(
            got.map((g) => g.id),
            `${q} / ${limit}`,
          ).toEqual(want.map((w) => w.id));
        else {
          // SQLite orders a day's cases by insertion (decision 0010): the same set, days in order.
          expect(new Set(got.map((g) => g.id)), q).toEqual(new Set(want.map((w) => w.id)));
          expect(
            got.map((g) => g.receivedOn),
            q,
          ).toEqual(want.map((w) => w.receivedOn));
        }
      }
    }
  });

  it('keeps scope and the due order on the same words', async () => {
    const commune: Actor = {
      ...SYSTEM_ACTOR,
      id: 'x',
      role: 'handler',
      unitCode: '27868',
      scope: new Set(['27868']),
    };
    for (const q of QUERIES) {
      const want = expected(q, '27868').map((w) => w.id);
      const scoped = (await pages(commune, q, 7, 'received')).flat().map((g) => g.id);
      expect(new Set(scoped), q).toEqual(new Set(want));
      expect(scoped, q).toHaveLength(want.length);
      const due = (await pages(SYSTEM_ACTOR, q, 9, 'due')).flat().map((g) => g.id);
      expect(new Set(due), q).toEqual(new Set(expected(q).map((w) => w.id)));
    }
  });

  it.runIf(engine === 'postgres')(
    'gives the first page of the SQL path it replaces (LIKE, received_on desc, id desc)',
    async () => {
      for (const q of ['duong', 'thoat chieu', 'khanh thanh phuong', 'nguyen truong']) {
        let like = t.db.ctx.db.selectFrom('petitions').select('id').where('sample', '=', 1);
        for (const w of q.split(' ')) like = like.where('search_text', 'like', `%${w}%`);
        const old = await like
          .orderBy('received_on', 'desc')
          .orderBy('id', 'desc')
          .limit(51)
          .execute();
        const page = await listPetitions({
          ctx,
          actor: SYSTEM_ACTOR,
          filter: { q, sort: 'received', limit: 50 },
        });
        expect(
          page.items.map((i) => i.id),
          q,
        ).toEqual(old.map((r) => r.id).slice(0, 50));
      }
    },
  );

  it('rebuilds the index from the cases to the same answers (`danvan search rebuild`)', async () => {
    const before = await pages(SYSTEM_ACTOR, 'thoat ch', 6, 'received');
    expect(await rebuildSearchIndex(t.db.ctx.db, engine)).toBe(made.length);
    const after = await pages(SYSTEM_ACTOR, 'thoat ch', 6, 'received');
    expect(after.flat().map((g) => g.receivedOn)).toEqual(before.flat().map((g) => g.receivedOn));
    expect(new Set(after.flat().map((g) => g.id))).toEqual(new Set(before.flat().map((g) => g.id)));
    if (engine === 'postgres') expect(after).toEqual(before);
  });

  it.runIf(engine === 'postgres')(
    'keeps the word index equal to the words of search_text through updates, without a sealed identity',
    async () => {
      const db = t.db.ctx.db;
      const target = made[0]!;
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('petitions')
          .set({ search_text: sql`search_text || ' vuaduocthem'`, received_on: '2026-04-30' })
          .where('id', '=', target.id)
          .execute();
      });
      const first = await listPetitions({
        ctx,
        actor: SYSTEM_ACTOR,
        filter: { q: 'vuaduocthem', sort: 'received', limit: 5 },
      });
      expect(first.items.map((i) => i.id)).toEqual([target.id]);
      // An aborted change leaves the index as it was (the same transaction).
      await expect(
        db.transaction().execute(async (tx) => {
          await tx
            .updateTable('petitions')
            .set({ search_text: 'khongcon' })
            .where('id', '=', target.id)
            .execute();
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      const { rows: drift } = await sql<{ n: number }>`select count(*)::int as n from (
          (select w.word, k.seq from petitions p join petition_search_keys k on k.petition_id = p.id
             cross join lateral (select distinct x as word from regexp_split_to_table(p.search_text, '[^a-z0-9]+') x where x <> '') w
           except all select word, seq from petition_words)
          union all
          (select word, seq from petition_words except all
           select w.word, k.seq from petitions p join petition_search_keys k on k.petition_id = p.id
             cross join lateral (select distinct x as word from regexp_split_to_table(p.search_text, '[^a-z0-9]+') x where x <> '') w)) d`.execute(
        db,
      );
      expect(drift[0]!.n).toBe(0);
      const { rows: keys } = await sql<{
        n: number;
      }>`select (select count(*)::int from petitions) - (select count(*)::int from petition_search_keys) as n`.execute(
        db,
      );
      expect(keys[0]!.n).toBe(0);
      // The sealed denouncer's name is in no indexed text.
      const { rows: sealed } = await sql<{
        n: number;
      }>`select count(*)::int as n from petition_words where word in ('bimat', 'tocao')`.execute(
        db,
      );
      expect(sealed[0]!.n).toBe(0);
      const denunciation = await listPetitions({
        ctx,
        actor: SYSTEM_ACTOR,
        filter: { q: 'to cao', sort: 'received', limit: 5 },
      });
      expect(denunciation.items).toHaveLength(1);
      expect(
        (
          await listPetitions({
            ctx,
            actor: SYSTEM_ACTOR,
            filter: { q: 'bimat', sort: 'received' },
          })
        ).items,
      ).toEqual([]);
    },
  );
});
