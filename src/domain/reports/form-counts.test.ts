/**
 * Form Biểu 01/XLD as published (issue 12 item 11), one row per rule: petitions counted once per
 * paper, cases apart, "đơn khác", eligible inside or outside authority, first/second-time.
 */
import { describe, expect, it } from 'vitest';
import { countFacts, dayOf, factOf, type FactSource } from './facts.js';

const F = '2026-03-15';
const T = '2026-06-14';

function fact(over: Partial<FactSource['petition']>, events: FactSource['events'] = []) {
  return factOf({
    petition: {
      id: Math.random().toString(36).slice(2),
      unit_code: '27877',
      topic_code: null,
      kind: 'complaint',
      channel: 'in_person',
      outcome: null,
      result: null,
      many_signatories: 0,
      anonymous: 0,
      round: 1,
      link_type: null,
      duplicate_of: null,
      received_on: '2026-04-01',
      accepted_on: null,
      decided_on: null,
      closed_on: null,
      finished_on: null,
      ...over,
    },
    events,
    deadlines: [],
  });
}

const count = (facts: ReturnType<typeof fact>[]) =>
  [
    ...countFacts(facts, {
      fromDay: dayOf(F)!,
      toDay: dayOf(T)!,
      eraBoundDays: [],
      topicCodes: [],
    }).values(),
  ][0]!.counters;

describe('form Biểu 01/XLD counts', () => {
  it.each([
    {
      row: 'one named signatory, accepted 05/04/2026, open on 14/06/2026: (3), (9), (10), (11), (16), (19)',
      facts: [fact({ outcome: 'accept', accepted_on: '2026-04-05' })],
      expected: {
        f_new_one: 1,
        f_eligible: 1,
        f_cases: 1,
        f_kind_complaint: 1,
        f_in_progress: 1,
        f_within_complaint: 1,
      },
    },
    {
      row: 'anonymous, no named signatory: đơn khác (4)',
      facts: [fact({ anonymous: 1, kind: 'denunciation' })],
      expected: { f_new_other: 1, f_new_one: 0, f_eligible: 0 },
    },
    {
      row: 'many signatories received before 15/03/2026 and still open: carried over (5)',
      facts: [fact({ many_signatories: 1, received_on: '2026-02-20' })],
      expected: { f_carried_many: 1, f_new_many: 0 },
    },
    {
      row: 'a paper split into a complaint and a denunciation, both accepted: 1 petition (9), 2 cases (10)',
      facts: [
        fact({ outcome: 'accept', accepted_on: '2026-04-05' }),
        fact({
          kind: 'denunciation',
          outcome: 'accept',
          accepted_on: '2026-04-05',
          link_type: 'split',
        }),
      ],
      expected: { f_new_one: 1, f_eligible: 1, f_cases: 2, f_kind_denunciation: 0 },
    },
    {
      row: 'a repeat of a matter already in hand: a petition (9) but not a new case (10)',
      facts: [fact({ outcome: 'accept', accepted_on: '2026-04-05', duplicate_of: 'earlier' })],
      expected: { f_eligible: 1, f_cases: 0 },
    },
    {
      row: 'forwarded outside authority on 10/04/2026: eligible (9), outside (24), not resolved by the unit (17)',
      facts: [
        fact({ outcome: 'forward', finished_on: '2026-04-10' }, [
          { action: 'process_forward', on_date: '2026-04-10' },
        ]),
      ],
      expected: { f_eligible: 1, f_forwarded: 1, f_not_resolved: 1, eligible: 0 },
    },
    {
      row: 'returned with guidance: eligible (9), guided (23)',
      facts: [
        fact({
          outcome: 'return_with_guidance',
          closed_on: '2026-04-03',
          finished_on: '2026-04-03',
        }),
      ],
      expected: { f_eligible: 1, f_guided: 1, f_processed: 1 },
    },
    {
      row: 'filed (ineligible): processed (8), not eligible (9)',
      facts: [fact({ outcome: 'file', closed_on: '2026-04-03', finished_on: '2026-04-03' })],
      expected: { f_processed: 1, f_eligible: 0, f_cases: 0 },
    },
    {
      row: 'second complaint decided 01/06/2026: resolved second time (15)',
      facts: [
        fact({
          round: 2,
          link_type: 'second_complaint',
          outcome: 'accept',
          accepted_on: '2026-04-05',
          decided_on: '2026-06-01',
          finished_on: '2026-06-01',
        }),
      ],
      expected: { f_resolved_second: 1, f_resolved_first: 0, f_new_one: 1 },
    },
    {
      row: 'first complaint decided after 14/06/2026: still being resolved at the period end (16)',
      facts: [
        fact({
          outcome: 'accept',
          accepted_on: '2026-04-05',
          decided_on: '2026-06-20',
          finished_on: '2026-06-20',
        }),
      ],
      expected: { f_in_progress: 1, f_resolved_first: 0 },
    },
  ])('$row', ({ facts, expected }) => {
    expect(count(facts)).toMatchObject(expected);
  });
});
