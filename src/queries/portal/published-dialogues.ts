import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  COMMITMENT_STATUS_LABELS,
  isCommitmentOverdue,
  type CommitmentStatus,
} from '../../domain/campaign/index.js';

export interface PublishedCommitment {
  opinion: string;
  owner: string;
  dueOn: string | null;
  status: CommitmentStatus;
  statusLabel: { vi: string; en: string };
  overdue: boolean;
}

export interface PublishedDialogue {
  id: string;
  unitName: string;
  unitNameEn: string | null;
  topic: string;
  heldOn: string;
  location: string | null;
  publishedOn: string;
  sample: boolean;
  commitments: PublishedCommitment[];
  progress: { total: number; done: number; inProgress: number; overdue: number };
}

/**
 * Dialogue conferences whose results the unit has published, newest first, with their
 * commitments and today's progress. Only what is meant for the public: the topic, date, place,
 * the opinions raised and what the authority committed to; never the minutes or participants.
 */
export async function listPublishedDialogues(
  db: Kysely<Database>,
  o: { today: string; limit: number; offset: number },
): Promise<{ total: number; items: PublishedDialogue[] }> {
  const base = db
    .selectFrom('dialogue_conferences')
    .where('results_published_on', 'is not', null)
    .where('held_on', 'is not', null)
    .where('status', '=', 'results_published');
  const [rows, count] = await Promise.all([
    base
      .select(['id', 'unit_code', 'topic', 'held_on', 'location', 'results_published_on', 'sample'])
      .orderBy('held_on', 'desc')
      .orderBy('id')
      .limit(o.limit)
      .offset(o.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst(),
  ]);
  const ids = rows.map((r) => r.id);
  const unitCodes = [...new Set(rows.map((r) => r.unit_code))];
  const [commitments, units] = await Promise.all([
    ids.length
      ? db
          .selectFrom('dialogue_commitments')
          .select(['conference_id', 'opinion', 'owner', 'due_on', 'status'])
          .where('conference_id', 'in', ids)
          .orderBy('conference_id')
          .orderBy('position')
          .execute()
      : [],
    unitCodes.length
      ? db
          .selectFrom('units')
          .select(['code', 'full_name', 'name_en', 'valid_from', 'valid_to'])
          .where('code', 'in', unitCodes)
          .orderBy('valid_from', 'desc')
          .execute()
      : [],
  ]);
  // The unit as it was named on the day of the conference (codes are reused after mergers).
  const unitOn = (code: string, on: string) =>
    units.find(
      (u) => u.code === code && u.valid_from <= on && (u.valid_to === null || u.valid_to >= on),
    ) ?? units.find((u) => u.code === code);
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => {
      const heldOn = r.held_on as string;
      const u = unitOn(r.unit_code, heldOn);
      const list = commitments
        .filter((c) => c.conference_id === r.id)
        .map((c) => {
          const status = c.status as CommitmentStatus;
          return {
            opinion: c.opinion,
            owner: c.owner,
            dueOn: c.due_on,
            status,
            statusLabel: COMMITMENT_STATUS_LABELS[status],
            overdue: isCommitmentOverdue({ status, dueOn: c.due_on }, o.today),
          };
        });
      return {
        id: r.id,
        unitName: u?.full_name ?? '',
        unitNameEn: u?.name_en ?? null,
        topic: r.topic,
        heldOn,
        location: r.location,
        publishedOn: r.results_published_on as string,
        sample: Number(r.sample) === 1,
        commitments: list,
        progress: {
          total: list.length,
          done: list.filter((c) => c.status === 'done').length,
          inProgress: list.filter((c) => c.status === 'in_progress').length,
          overdue: list.filter((c) => c.overdue).length,
        },
      };
    }),
  };
}
