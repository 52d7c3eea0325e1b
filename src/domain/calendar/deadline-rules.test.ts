import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import {
  DEADLINE_RULES,
  findRule,
  type Complexity,
  type DeadlineRuleKey,
  type DeadlineStep,
  type PetitionKind,
  type Round,
} from './deadline-rules.js';

const key = (
  k: Partial<DeadlineRuleKey> & Pick<DeadlineRuleKey, 'kind' | 'step'>,
): DeadlineRuleKey => ({
  round: null,
  remote: false,
  complexity: 'normal',
  ...k,
});

describe('deadline rules (domain.md §3)', () => {
  it('seeds the complaint limits with remote and complex variants', () => {
    const r = (round: Round, remote: boolean, complexity: Complexity) =>
      findRule(
        DEADLINE_RULES,
        key({ kind: 'complaint', step: 'resolve', round, remote, complexity }),
        '2026-03-02',
      ).limit;
    expect([
      r('first', false, 'normal'),
      r('first', false, 'complex'),
      r('first', true, 'normal'),
      r('first', true, 'complex'),
    ]).toEqual([30, 45, 45, 60]);
    expect([
      r('second', false, 'normal'),
      r('second', false, 'complex'),
      r('second', true, 'normal'),
      r('second', true, 'complex'),
    ]).toEqual([45, 60, 60, 70]);
    const accept = findRule(
      DEADLINE_RULES,
      key({ kind: 'complaint', step: 'accept', round: 'first' }),
      '2026-03-02',
    );
    expect(accept).toMatchObject({
      limit: 10,
      counting: 'calendar',
      countsFrom: 'receipt',
      moveToNextWorkingDay: true,
    });
    expect(
      findRule(
        DEADLINE_RULES,
        key({ kind: 'complaint', step: 'lodge_second', round: 'second', remote: true }),
        '2026-03-02',
      ).limit,
    ).toBe(45);
    expect(
      findRule(DEADLINE_RULES, key({ kind: 'complaint', step: 'time_bar' }), '2026-03-02'),
    ).toMatchObject({ limit: 90, countsFrom: 'learned' });
  });

  it('seeds denunciation limits, extensions and (verify) flags', () => {
    const process = findRule(
      DEADLINE_RULES,
      key({ kind: 'denunciation', step: 'process' }),
      '2026-03-02',
    );
    expect(process).toMatchObject({
      limit: 7,
      counting: 'working',
      verify: true,
      extension: { totalMax: 3 },
    });
    const veryComplex = findRule(
      DEADLINE_RULES,
      key({ kind: 'denunciation', step: 'resolve', complexity: 'very_complex' }),
      '2026-03-02',
    );
    expect(veryComplex.extension).toEqual({
      maxTimes: 2,
      daysEach: 30,
      counting: 'calendar',
      totalMax: 60,
    });
    expect(
      findRule(
        DEADLINE_RULES,
        key({ kind: 'denunciation', step: 'notify_acceptance' }),
        '2026-03-02',
      ),
    ).toMatchObject({ limit: 5, counting: 'working', verify: false });
    expect(
      findRule(DEADLINE_RULES, key({ kind: 'complaint', step: 'enforce' }), '2026-03-02'),
    ).toMatchObject({ limit: 5, countsFrom: 'effective' });
  });

  it("uses the unit's own rule for recommendations and feedback, flagged to verify, worded for officials", () => {
    for (const kind of ['recommendation', 'feedback'] as const) {
      expect(findRule(DEADLINE_RULES, key({ kind, step: 'process' }), '2026-03-02')).toMatchObject({
        limit: 10,
        counting: 'working',
      });
      const resolve = findRule(DEADLINE_RULES, key({ kind, step: 'resolve' }), '2026-03-02');
      expect(resolve).toMatchObject({ limit: 15, counting: 'working', verify: true });
      expect(resolve.source).toBe('Theo quy chế của đơn vị; chưa có thời hạn luật định');
      expect(resolve.source).not.toMatch(/domain\.md|local-practice|verify/);
    }
  });

  it('picks the rule in force on the receipt date', () => {
    const k = key({ kind: 'denunciation', step: 'resolve' });
    expect(findRule(DEADLINE_RULES, k, '2018-12-31').limit).toBe(60);
    expect(findRule(DEADLINE_RULES, k, '2019-01-01').limit).toBe(30);
    expect(
      findRule(DEADLINE_RULES, key({ kind: 'complaint', step: 'process' }), '2021-10-14').id,
    ).toBe('complaint.process.2014');
  });

  it("throws 'invalid_rule' when no rule or several rules apply", () => {
    expect(() =>
      findRule(
        DEADLINE_RULES,
        key({ kind: 'complaint', step: 'resolve', round: 'first', complexity: 'very_complex' }),
        '2026-03-02',
      ),
    ).toThrow(CalendarError);
    expect(() =>
      findRule(DEADLINE_RULES, key({ kind: 'complaint', step: 'publish' }), '2019-01-01'),
    ).toThrow(/No deadline rule/);
    const original = DEADLINE_RULES.find((r) => r.id === 'complaint.process.2021');
    const dup = [...DEADLINE_RULES, { ...original!, id: 'dup' }];
    try {
      findRule(dup, key({ kind: 'complaint', step: 'process' }), '2026-03-02');
      expect.unreachable();
    } catch (e) {
      expect((e as CalendarError).code).toBe('invalid_rule');
    }
  });

  it('has unique ids and no ambiguous rule for any key and date', () => {
    expect(new Set(DEADLINE_RULES.map((r) => r.id)).size).toBe(DEADLINE_RULES.length);
    const kinds: PetitionKind[] = ['complaint', 'denunciation', 'recommendation', 'feedback'];
    const steps: DeadlineStep[] = [
      'process',
      'accept',
      'resolve',
      'lodge_second',
      'notify_acceptance',
      'publish',
      'enforce',
      'time_bar',
    ];
    for (const date of ['2013-01-01', '2018-06-01', '2021-10-15', '2026-03-02'])
      for (const kind of kinds)
        for (const step of steps)
          for (const round of [null, 'first', 'second'] as const)
            for (const remote of [false, true])
              for (const complexity of ['normal', 'complex', 'very_complex'] as const) {
                try {
                  findRule(DEADLINE_RULES, { kind, step, round, remote, complexity }, date);
                } catch (e) {
                  expect((e as CalendarError).messageEn).toMatch(/^No deadline rule/);
                }
              }
  });
});
