import { describe, expect, it } from 'vitest';
import { demoCurrentCases } from './demo-current.js';
import { demoFurtherDenunciations } from './demo-further.js';
import { generateDemo2019 } from './demo-2019.js';
import { daysBetween } from './demo-support.js';
import { DEMO_CURRENT_COMMUNE_CODES } from './demo-current.js';
import { initialCaseState, replaySteps } from './lifecycle.js';
import { isValidTrackingCode } from './tracking-code.js';

describe('demoFurtherDenunciations', () => {
  const today = '2026-04-01';
  const cases = demoFurtherDenunciations(today);

  it('gives two concluded sample denunciations of the communes, denounced further before today', () => {
    expect(cases).toHaveLength(2);
    for (const c of cases) {
      expect(c).toMatchObject({ sample: true, kind: 'denunciation', round: 1 });
      expect(DEMO_CURRENT_COMMUNE_CODES).toContain(c.unitCode);
      expect(c.petitioners).toHaveLength(1);
      expect(isValidTrackingCode(c.trackingCode)).toBe(true);
      const last = c.steps.at(-1)!;
      expect(last).toMatchObject({
        action: 'receive_further_denunciation',
        input: { grounds: 'unlawful_resolution', receivedOn: last.on },
      });
      // The further content names no one: the denouncer stays sealed.
      expect(String(last.input.content)).not.toContain(c.petitioners[0]!.fullName);
      // The whole first round (conclusion, publication, closing) comes before it.
      const first = c.steps.slice(0, -1);
      expect(first.at(-1)!.action).toBe('close');
      expect(first.every((s) => s.on < last.on)).toBe(true);
      expect(c.steps.every((s) => s.on < today)).toBe(true);
      const { state } = replaySteps(initialCaseState('denunciation'), c.steps);
      expect(state.status).toBe(c.finalStatus);
      expect(c.finalStatus).toBe('closed');
      expect(['unfounded', 'partly_substantiated']).toContain(c.result);
    }
    expect(new Set(cases.map((c) => c.unitCode)).size).toBe(2);
    expect(new Set(cases.map((c) => c.title)).size).toBe(2);
  });

  it('leaves one review on time and one close to its 20-day limit, none past it', () => {
    const ages = cases.map((c) => daysBetween(c.steps.at(-1)!.on, today));
    expect(ages[0]).toBeGreaterThanOrEqual(2);
    expect(ages[0]).toBeLessThanOrEqual(10);
    expect(ages[1]).toBeGreaterThanOrEqual(15);
    expect(ages[1]).toBeLessThanOrEqual(18);
  });

  it('keeps its invariants whatever the day, and has none before the communes existed', () => {
    for (const day of ['2026-01-03', '2026-01-05', '2026-02-20', '2026-09-06', '2027-02-15']) {
      const list = demoFurtherDenunciations(day);
      expect(list).toHaveLength(2);
      for (const c of list) {
        expect(c.receivedOn >= '2025-07-01').toBe(true);
        expect(c.steps.every((s) => s.on < day)).toBe(true);
        const age = daysBetween(c.steps.at(-1)!.on, day);
        expect(age).toBeGreaterThan(0);
        expect(age).toBeLessThan(20);
        expect(replaySteps(initialCaseState('denunciation'), c.steps).state.status).toBe('closed');
      }
    }
    expect(demoFurtherDenunciations('2025-08-01')).toEqual([]);
  });

  it('is deterministic and leaves the other demo cases as they were', () => {
    expect(demoFurtherDenunciations(today)).toEqual(cases);
    const codes = new Set([
      ...generateDemo2019().map((c) => c.trackingCode),
      ...demoCurrentCases(today).map((c) => c.trackingCode),
    ]);
    for (const c of cases) expect(codes.has(c.trackingCode)).toBe(false);
    expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
  });
});
