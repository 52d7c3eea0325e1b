import { describe, expect, it } from 'vitest';
import { DEMO_2019, demoCurrentCases, generateDemo2019 } from './demo-2019.js';
import { daysBetween, isDemoWorkingDay } from './demo-support.js';
import { DEMO_CURRENT_COMMUNE_CODES } from './demo-current.js';
import { THANH_HOA_COMMUNES_2019, THANH_HOA_SUCCESSORS } from './demo-units.js';
import { isResultForKind } from './kinds.js';
import { IN_PROGRESS_STATUSES, RESOLVED_STATUSES } from './lifecycle-table.js';
import { initialCaseState, replaySteps } from './lifecycle.js';
import { ARTICLE_TOPIC_CODES } from './topics.js';
import { isValidTrackingCode } from './tracking-code.js';

const cases = generateDemo2019();
const stepOn = (c: (typeof cases)[number], action: string) =>
  c.steps.find((s) => s.action === action)?.on;

describe('generateDemo2019: the article totals come from the data', () => {
  it('has 71 petitions received 2019-01-02..2019-10-18, 59 resolved, 12 under verification', () => {
    expect(cases).toHaveLength(DEMO_2019.received);
    const received = cases.filter(
      (c) => c.receivedOn >= '2019-01-02' && c.receivedOn <= '2019-10-18',
    );
    const resolved = received.filter(
      (c) => RESOLVED_STATUSES.includes(c.finalStatus) && c.result !== null,
    );
    const inVerification = received.filter((c) =>
      ['accepted', 'assigned', 'verification'].includes(c.finalStatus),
    );
    expect(received).toHaveLength(71);
    expect(resolved).toHaveLength(59);
    expect(inVerification).toHaveLength(12);
    expect(((resolved.length / received.length) * 100).toFixed(1)).toBe('83.1');
    expect(cases.map((c) => c.receivedOn).sort()[0]).toBe('2019-01-02');
  });

  it('is deterministic', () => {
    expect(generateDemo2019()).toEqual(cases);
  });

  it('replays every history through the lifecycle to its final status and result', () => {
    for (const c of cases) {
      const { state } = replaySteps(initialCaseState(c.kind, c.round), c.steps);
      expect(state.status).toBe(c.finalStatus);
      expect(state.result ?? null).toBe(c.result);
      if (c.result) expect(isResultForKind(c.kind, c.result)).toBe(true);
    }
  });

  it('has plausible dates: processing ≤ 10 days, decision ≤ 45 days, nothing after the inspection', () => {
    for (const c of cases) {
      let previous = c.receivedOn;
      for (const s of c.steps) {
        expect(s.on >= previous).toBe(true);
        expect(s.on <= DEMO_2019.inspectionOn).toBe(true);
        expect(isDemoWorkingDay(s.on)).toBe(true);
        previous = s.on;
      }
      const accepted = stepOn(c, 'process_accept');
      expect(accepted).toBeDefined();
      expect(daysBetween(c.receivedOn, accepted!)).toBeLessThanOrEqual(10);
      const decided = stepOn(c, 'decide');
      if (decided) expect(daysBetween(accepted!, decided)).toBeLessThanOrEqual(45);
      else
        expect(
          daysBetween(accepted!, DEMO_2019.inspectionOn) <= 30 ||
            c.steps.some((s) => s.action === 'extend'),
        ).toBe(true);
    }
  });

  it('keeps the article structure: complaints and denunciations, five topics, the 11 communes', () => {
    const communeCodes = new Set(THANH_HOA_COMMUNES_2019.map((c) => c.code));
    expect(communeCodes.size).toBe(11);
    for (const c of cases) {
      expect(c.sample).toBe(true);
      expect(['complaint', 'denunciation']).toContain(c.kind);
      expect(ARTICLE_TOPIC_CODES as readonly string[]).toContain(c.topic);
      expect(communeCodes.has(c.unitCode)).toBe(true);
      expect(c.receivingUnitCode).toBe('800');
      expect(isValidTrackingCode(c.trackingCode)).toBe(true);
      expect(c.petitioners.length).toBeGreaterThan(0);
      expect(c.manySignatories).toBe(c.petitioners.length > 1);
      for (const p of c.petitioners)
        if (p.identityNumber) expect(p.identityNumber).toMatch(/^000\d{9}$/);
      if (c.round === 2 && c.result)
        expect(c.steps.some((s) => s.action === 'hold_dialogue')).toBe(true);
    }
    expect(new Set(cases.map((c) => c.topic)).size).toBe(5);
    expect(cases.filter((c) => c.kind === 'complaint').length).toBeGreaterThan(cases.length / 2);
    expect(cases.some((c) => c.kind === 'denunciation')).toBe(true);
    expect(new Set(cases.map((c) => c.channel)).size).toBeGreaterThan(3);
    expect(new Set(cases.map((c) => c.trackingCode)).size).toBe(cases.length);
  });

  it('maps every 2019 commune to a post-2025 successor', () => {
    for (const c of THANH_HOA_COMMUNES_2019)
      expect(DEMO_CURRENT_COMMUNE_CODES).toContain(THANH_HOA_SUCCESSORS[c.code]);
  });
});

describe('demoCurrentCases', () => {
  const today = '2026-03-16';
  const current = demoCurrentCases(today);

  it('generates about forty valid sample cases before today in the four communes', () => {
    expect(current.length).toBeGreaterThanOrEqual(35);
    expect(current.length).toBeLessThanOrEqual(45);
    for (const c of current) {
      expect(c.sample).toBe(true);
      expect(c.receivedOn < today).toBe(true);
      expect(DEMO_CURRENT_COMMUNE_CODES).toContain(c.unitCode);
      for (const s of c.steps) expect(s.on < today).toBe(true);
      expect(replaySteps(initialCaseState(c.kind, c.round), c.steps).state.status).toBe(
        c.finalStatus,
      );
    }
    expect(new Set(current.map((c) => c.unitCode)).size).toBe(4);
    expect(new Set(current.map((c) => c.key)).size).toBe(current.length);
  });

  it('shows on-time, due-soon and overdue work', () => {
    const unprocessed = current
      .filter((c) => c.finalStatus === 'received')
      .map((c) => daysBetween(c.receivedOn, today));
    expect(unprocessed.some((d) => d <= 6)).toBe(true);
    expect(unprocessed.some((d) => d > 10)).toBe(true);
    const open = current
      .filter((c) => IN_PROGRESS_STATUSES.includes(c.finalStatus))
      .map((c) => daysBetween(c.steps.find((s) => s.action === 'process_accept')!.on, today));
    expect(open.some((d) => d < 20)).toBe(true);
    expect(open.some((d) => d >= 24 && d <= 30)).toBe(true);
    expect(open.some((d) => d > 30)).toBe(true);
    expect(current.some((c) => RESOLVED_STATUSES.includes(c.finalStatus))).toBe(true);
  });

  it('keeps its invariants whatever the day (weekends, year boundary)', () => {
    for (const day of ['2026-01-03', '2026-01-05', '2025-07-01', '2026-09-06', '2027-02-15']) {
      const list = demoCurrentCases(day);
      for (const c of list) {
        expect(c.steps.every((s) => s.on < day)).toBe(true);
        expect(replaySteps(initialCaseState(c.kind, c.round), c.steps).state.status).toBe(
          c.finalStatus,
        );
      }
      const open = list.filter((c) => IN_PROGRESS_STATUSES.includes(c.finalStatus));
      expect(open.length).toBeGreaterThan(10);
    }
  });

  it('is deterministic per day and commune list', () => {
    expect(demoCurrentCases(today)).toEqual(current);
    expect(demoCurrentCases(today, ['27877']).every((c) => c.unitCode === '27877')).toBe(true);
  });
});
