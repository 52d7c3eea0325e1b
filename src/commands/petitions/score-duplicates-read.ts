/**
 * The reads of duplicate scoring (decision 0021-h22b): for each pending case, the suggestions that
 * may be stored on it. Runs on the scoring worker thread's read-only connection (SQLite) or on the
 * caller's (PostgreSQL, in-process); writes nothing. Only `forRecord` suggestions (no identity
 * signal involving a sealed side) and no sealed identity matched (no caller to show it to).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findDuplicateFindings, type DuplicateSuggestion } from './find-duplicates.js';

/** A pending case to score: its id and `duplicate_scoring.exclude_ids` as stored (JSON). */
export interface ScoringItem {
  id: string;
  excludeIds: string;
}

/**
 * One case's outcome: its suggestions, `gone` when the case was deleted since, or `error` when a
 * read failed (no message: it may hold data; the caller counts an attempt).
 */
export type ScoringOutcome = { findings: DuplicateSuggestion[] } | { gone: true } | { error: true };

/** The outcome of each item, in order; `concurrency` cases are read at a time (round trips overlap). */
export async function readScoring(
  db: Kysely<Database>,
  items: ScoringItem[],
  concurrency = 1,
): Promise<ScoringOutcome[]> {
  const out: ScoringOutcome[] = new Array<ScoringOutcome>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      const item = items[i]!;
      try {
        const excludeIds = JSON.parse(item.excludeIds) as string[];
        const findings = await findingsOf(db, item.id, excludeIds);
        out[i] = findings ? { findings } : { gone: true };
      } catch {
        out[i] = { error: true };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return out;
}

/** The suggestions to store on one case (reads only); null when the case is gone. */
async function findingsOf(
  db: Kysely<Database>,
  id: string,
  excludeIds: string[],
): Promise<DuplicateSuggestion[] | null> {
  const p = await db
    .selectFrom('petitions')
    .select(['unit_code', 'topic_code', 'title', 'content', 'received_on', 'sealed'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!p) return null; // deleted since (the row went with it)
  const sealed = p.sealed === 1;
  // A sealed case's people are in the encrypted record: it is compared by content only.
  const people = sealed
    ? []
    : await db
        .selectFrom('petitioners')
        .select(['full_name', 'identity_number', 'phone', 'address'])
        .where('petition_id', '=', id)
        .orderBy('position')
        .execute();
  const findings = await findDuplicateFindings(
    db,
    {
      unitCode: p.unit_code,
      topicCode: p.topic_code,
      title: p.title,
      content: p.content,
      receivedOn: p.received_on,
      petitioners: people.map((x) => ({
        fullName: x.full_name,
        identityNumber: x.identity_number,
        phone: x.phone,
        address: x.address,
      })),
    },
    { excludeIds: [id, ...excludeIds], incomingSealed: sealed },
  );
  return findings.forRecord;
}
