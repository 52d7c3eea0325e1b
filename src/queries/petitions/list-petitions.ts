import { sql, type Expression, type SqlBool } from 'kysely';
import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { hasAbility } from '../../domain/access/actor.js';
import { DomainError } from '../../domain/errors.js';
import { ROLE_LABELS } from '../../domain/access/roles.js';
import { deadlineRunning, FINAL_STATUSES } from '../../domain/petition/index.js';
import {
  NEXT_STEP_LABELS,
  SUPERIOR_HEAD_LABEL,
  isMyStep,
  nextStep,
  nextStepFactsOf,
  type NextStepAction,
} from '../../domain/petition/next-step.js';
import type { Label } from '../../domain/petition/types.js';
import { isValidTrackingCode, normaliseTrackingCode } from '../../domain/petition/tracking-code.js';
import { searchTokens } from '../../domain/text/fold.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { unitScope } from '../units/unit-scope.js';
import { deadlineState, dueSoonLimit, type DeadlineState } from './deadline-state.js';
import { waitingFor } from './waiting-for.js';
import { walkWords, wordPattern } from './word-walk-pg.js';

export interface ListPetitionsFilter {
  q?: string;
  unit?: string;
  kind?: string[];
  status?: string[];
  topic?: string;
  channel?: string;
  officer?: string;
  agency?: string;
  deadline?: 'on_time' | 'due_soon' | 'overdue';
  open?: boolean;
  from?: string;
  to?: string;
  mine?: boolean;
  /** Cases whose next step is the caller's (src/domain/petition/next-step.ts). */
  waitingForMe?: boolean;
  sort?: 'due' | 'received';
  cursor?: string;
  limit?: number;
}

export interface PetitionListItem {
  id: string;
  trackingCode: string;
  title: string;
  kind: string;
  status: string;
  channel: string;
  topicCode: string | null;
  unitCode: string;
  receivedOn: string;
  dueOn: string | null;
  dueStep: string | null;
  deadlineState: DeadlineState;
  officerId: string | null;
  officerName: string | null;
  agencyId: string | null;
  petitionerName: string | null;
  sealed: boolean;
  sample: boolean;
  /** Which step waits and who must take it (the same table as the case file's); null once finished. */
  nextStep: ListNextStep | null;
}

/** The waiting step of a listed case, in plain words. */
export interface ListNextStep {
  action: NextStepAction;
  role: string;
  /** What must be done. */
  label: Label;
  /** Who must do it: the assigned officer's name, or the role in the unit. */
  who: Label;
  /** True when the step is the caller's. */
  mine: boolean;
}

const NO_DUE = '9999-12-31';

function encodeCursor(v: [string, string]): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}

function decodeCursor(c: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'string'))
      return v as [string, string];
  } catch {
    /* fall through */
  }
  throw new DomainError(
    'validation_failed',
    'Con trỏ phân trang không hợp lệ.',
    'Invalid paging cursor.',
    { field: 'cursor' },
  );
}

/**
 * Searches and lists the cases the actor may see: diacritic-insensitive text search over code,
 * title, content and petitioner names (never a sealed denouncer's), filters, sort by due date or
 * receipt date, keyset (cursor) paging. Petitioner names come back only where permitted.
 */
export async function listPetitions({
  ctx,
  actor,
  filter,
}: {
  ctx: Ctx;
  actor: Actor;
  filter: ListPetitionsFilter;
}): Promise<{ items: PetitionListItem[]; nextCursor: string | null }> {
  if (!hasAbility(actor, 'petition.read')) return { items: [], nextCursor: null };
  const limit = Math.min(Math.max(filter.limit ?? 25, 1), 100);
  const sort = filter.sort ?? 'due';
  const { calendar } = await loadCalendar(ctx.db);
  const today = ctx.clock.today();
  const soon = dueSoonLimit(calendar, today);

  let q = baseQuery(ctx);

  if (!actor.scope.has('*')) q = q.where('p.unit_code', 'in', [...actor.scope]);
  let scopeUnits: string[] | null = null;
  if (filter.unit) {
    const sub = [...(await unitScope(ctx.db, filter.unit))].filter(
      (c) => actor.scope.has('*') || actor.scope.has(c),
    );
    q = sub.length ? q.where('p.unit_code', 'in', sub) : q.where(sql<SqlBool>`1 = 0`);
    scopeUnits = sub;
  }
  const tokens = searchTokens(filter.q ?? '')
    .map((t) => t.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, 8);
  // A query shaped like a tracking code (check symbol valid) is a lookup of that code.
  const code =
    filter.q && isValidTrackingCode(filter.q.trim())
      ? normaliseTrackingCode(filter.q.trim())
      : null;
  let walk: FtsWalk | null = null;
  let pgWalk = false;
  if (code) {
    q = q.where('p.tracking_code', '=', code);
  } else if (tokens.length && ctx.engine === 'sqlite') {
    // FTS5 match, the last word as a prefix (migrations 0011, 0019); every token must match; within a small scope,
    // the unit tokens narrow the documents to the scope's.
    const units = scopeUnits ?? (actor.scope.has('*') ? null : [...actor.scope]);
    const match = ftsMatch(tokens, units);
    if (sort === 'received') walk = { match };
    else
      q = q.where(
        sql<SqlBool>`p.rowid in (select rowid & 4294967295 from petition_search where petition_search match ${match})`,
      );
  } else if (tokens.length) {
    // PostgreSQL, newest first outside a small scope: a walk of the words' receipt-ordered index
    // (migration 0020-h21a, word-walk-pg.ts). Otherwise (due order, a commune's scope) pg_trgm's
    // GIN index serves LIKE and the pattern keeps whole words, the last one as a prefix, as on SQLite.
    const units = scopeUnits ?? (actor.scope.has('*') ? null : [...actor.scope]);
    if (sort === 'received' && !(units && units.length <= MAX_UNIT_TOKENS)) pgWalk = true;
    else
      tokens.forEach((token, i) => {
        q = q
          .where('p.search_text', 'like', `%${token}%`)
          .where(sql<SqlBool>`p.search_text ~ ${wordPattern(token, i === tokens.length - 1)}`);
      });
  }
  if (filter.kind?.length) q = q.where('p.kind', 'in', filter.kind);
  if (filter.status?.length) q = q.where('p.status', 'in', filter.status);
  if (filter.open) q = q.where('p.status', 'not in', [...FINAL_STATUSES]);
  if (filter.topic) q = q.where('p.topic_code', '=', filter.topic);
  if (filter.channel) q = q.where('p.channel', '=', filter.channel);
  if (filter.officer) q = q.where('p.officer_id', '=', filter.officer);
  if (filter.agency) q = q.where('p.agency_id', '=', filter.agency);
  if (filter.mine) {
    q = q.where((eb) => {
      const mine: Expression<SqlBool>[] = [eb('p.officer_id', '=', actor.id)];
      if (actor.agencyId)
        mine.push(eb.and([eb('p.officer_id', 'is', null), eb('p.agency_id', '=', actor.agencyId)]));
      return eb.or(mine);
    });
  }
  if (filter.waitingForMe) q = q.where((eb) => waitingFor(eb, actor));
  if (filter.from) q = q.where('p.received_on', '>=', filter.from);
  if (filter.to) q = q.where('p.received_on', '<=', filter.to);
  if (filter.deadline === 'overdue') q = q.where('p.due_on', '<', today);
  if (filter.deadline === 'due_soon')
    q = q.where('p.due_on', '>=', today).where('p.due_on', '<=', soon);
  if (filter.deadline === 'on_time') q = q.where('p.due_on', '>', soon);

  if (walk) return walkSearch(ctx, actor, q, walk, limit, today, soon, filter.cursor);
  if (filter.cursor) {
    const [key, id] = decodeCursor(filter.cursor);
    if (sort === 'due')
      q = q.where((eb) =>
        eb.or([
          eb(sql<string>`coalesce(p.due_on, ${NO_DUE})`, '>', key),
          eb.and([eb(sql<string>`coalesce(p.due_on, ${NO_DUE})`, '=', key), eb('p.id', '>', id)]),
        ]),
      );
    else
      q = q.where((eb) =>
        eb.or([
          eb('p.received_on', '<', key),
          eb.and([eb('p.received_on', '=', key), eb('p.id', '<', id)]),
        ]),
      );
  }
  const rows = pgWalk
    ? await walkWords(
        ctx.db,
        tokens,
        limit,
        filter.cursor ? decodeCursor(filter.cursor)[0] : null,
        filter.cursor ? decodeCursor(filter.cursor)[1] : null,
        (ids) => q.where('p.id', 'in', ids).execute(),
      )
    : await (
        sort === 'due'
          ? q.orderBy(sql`coalesce(p.due_on, ${NO_DUE})`).orderBy('p.id')
          : q.orderBy('p.received_on', 'desc').orderBy('p.id', 'desc')
      )
        .limit(limit + 1)
        .execute();
  const page = rows.slice(0, limit);
  const items = await toItems(ctx, actor, page, today, soon);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(sort === 'due' ? [last.due_key, last.id] : [last.received_on, last.id])
      : null;
  return { items, nextCursor };
}

type ListQuery = ReturnType<typeof baseQuery>;
type ListRow = Awaited<ReturnType<ListQuery['execute']>>[number];

function baseQuery(ctx: Ctx) {
  return ctx.db
    .selectFrom('petitions as p')
    .leftJoin('users as u', 'u.id', 'p.officer_id')
    .select([
      'p.id',
      'p.tracking_code',
      'p.title',
      'p.kind',
      'p.status',
      'p.channel',
      'p.topic_code',
      'p.unit_code',
      'p.received_on',
      'p.due_on',
      'p.due_step',
      'p.officer_id',
      'p.agency_id',
      'p.sealed',
      'p.sample',
      'p.draft_state',
      'p.reopen_state',
      'p.superior_review',
      'p.superior_unit_code',
      'u.display_name as officer_name',
    ])
    .select(sql<string>`coalesce(p.due_on, ${NO_DUE})`.as('due_key'));
}

/** A newest-first walk of the SQLite search index (migration 0011). */
interface FtsWalk {
  match: string;
}

const MAX_UNIT_TOKENS = 300;
const FTS_CURSOR = '~fts';

/**
 * The FTS5 query: the words typed, the last one as a prefix (it may still be being typed; the
 * others are whole syllables); within a listed scope of few units, one of their unit tokens.
 * The prefix indexes (2–7 letters, migration 0019) cover every folded Vietnamese syllable; a
 * longer prefix (a foreign word, a number) makes FTS5 merge the lists of every word it starts, up
 * front, so only the last word is ever a prefix.
 */
function ftsMatch(tokens: readonly string[], units: readonly string[] | null): string {
  const words = tokens
    .map((t, i) => (i === tokens.length - 1 ? `"${t}"*` : `"${t}"`))
    .join(' AND ');
  if (!units || units.length === 0 || units.length > MAX_UNIT_TOKENS) return words;
  return `${words} AND (${units.map((u) => `"qqunit${u.replace(/[^0-9a-zA-Z]/g, '')}"`).join(' OR ')})`;
}

/**
 * Walks the matches newest first in growing chunks of index entries, keeps those that pass the
 * SQL filters (scope, kind, status…), and stops as soon as the page (plus one) is full.
 */
async function walkSearch(
  ctx: Ctx,
  actor: Actor,
  q: ListQuery,
  walk: FtsWalk,
  limit: number,
  today: string,
  soon: string,
  cursor: string | undefined,
) {
  let below = Number.MAX_SAFE_INTEGER;
  if (cursor) {
    const [kind, key] = decodeCursor(cursor);
    if (kind !== FTS_CURSOR || !/^\d+$/.test(key))
      throw new DomainError(
        'validation_failed',
        'Con trỏ phân trang không hợp lệ.',
        'Invalid paging cursor.',
        { field: 'cursor' },
      );
    below = Number(key);
  }
  const found: Array<{ key: number; row: ListRow }> = [];
  let chunk = Math.max(limit * 2, 64);
  for (;;) {
    const { rows: hits } = await sql<{
      k: number;
    }>`select rowid as k from petition_search where petition_search match ${walk.match} and rowid < ${below} order by rowid desc limit ${chunk}`.execute(
      ctx.db,
    );
    if (hits.length === 0) break;
    const byRowid = new Map(hits.map((h) => [Number(BigInt(h.k) & 0xffffffffn), h.k]));
    const rows = await q
      .select(sql<number>`p.rowid`.as('rid'))
      .where(sql<SqlBool>`p.rowid in (${sql.join([...byRowid.keys()])})`)
      .execute();
    for (const r of rows) found.push({ key: byRowid.get(r.rid)!, row: r });
    below = hits[hits.length - 1]!.k;
    if (found.length > limit || hits.length < chunk) break;
    chunk = Math.min(chunk * 4, 20_000);
  }
  found.sort((a, b) => b.key - a.key);
  const page = found.slice(0, limit);
  const items = await toItems(
    ctx,
    actor,
    page.map((f) => f.row),
    today,
    soon,
  );
  const last = page[page.length - 1];
  return {
    items,
    nextCursor: found.length > limit && last ? encodeCursor([FTS_CURSOR, String(last.key)]) : null,
  };
}

async function toItems(
  ctx: Ctx,
  actor: Actor,
  page: ListRow[],
  today: string,
  soon: string,
): Promise<PetitionListItem[]> {
  const names = new Map<string, string>();
  const visibleIds = page.filter((r) => r.sealed === 0).map((r) => r.id);
  if (visibleIds.length && actor.role !== 'viewer') {
    const people = await ctx.db
      .selectFrom('petitioners')
      .select(['petition_id', 'full_name', 'position'])
      .where('petition_id', 'in', visibleIds)
      .orderBy('position')
      .execute();
    for (const p of people) if (!names.has(p.petition_id)) names.set(p.petition_id, p.full_name);
  }
  return page.map((r) => ({
    id: r.id,
    trackingCode: r.tracking_code,
    title: r.title,
    kind: r.kind,
    status: r.status,
    channel: r.channel,
    topicCode: r.topic_code,
    unitCode: r.unit_code,
    receivedOn: r.received_on,
    dueOn: r.due_on,
    dueStep: r.due_step,
    deadlineState: deadlineRunning(r.status, r.superior_review)
      ? deadlineState(r.due_on, r.due_step, today, soon)
      : ('none' as const),
    officerId: r.officer_id,
    officerName: r.officer_name,
    agencyId: r.agency_id,
    petitionerName: r.sealed ? null : (names.get(r.id) ?? null),
    sealed: r.sealed === 1,
    sample: r.sample === 1,
    nextStep: listNextStep(actor, r),
  }));
}

function listNextStep(actor: Actor, r: ListRow): ListNextStep | null {
  const step = nextStep(nextStepFactsOf(r));
  if (!step) return null;
  const person = step.userId && step.userId === r.officer_id ? r.officer_name : null;
  return {
    action: step.action,
    role: step.role,
    label: NEXT_STEP_LABELS[step.action],
    who: person
      ? { vi: person, en: person }
      : step.bySuperior
        ? SUPERIOR_HEAD_LABEL
        : ROLE_LABELS[step.role],
    mine: isMyStep(step, actor),
  };
}
