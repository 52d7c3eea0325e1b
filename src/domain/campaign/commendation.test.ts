import { describe, expect, it } from 'vitest';
import { commendationRefusal } from './commendation.js';

const base = { admin: false, modelUnitCode: '27877', modelLevel: 'commune' as const };

describe('commendation of a model', () => {
  it('refuses the model’s own unit, even with a province-level award', () => {
    expect(
      commendationRefusal({
        ...base,
        actorUnitCode: '27877',
        actorLevel: 'commune',
        awardLevel: 'province',
      }),
    ).not.toBeNull();
    expect(
      commendationRefusal({
        ...base,
        actorUnitCode: '27877',
        actorLevel: 'commune',
        awardLevel: 'commune',
      }),
    ).not.toBeNull();
  });
  it('lets a unit above commend at its own level only', () => {
    expect(
      commendationRefusal({
        ...base,
        actorUnitCode: '80',
        actorLevel: 'province',
        awardLevel: 'province',
      }),
    ).toBeNull();
    expect(
      commendationRefusal({
        ...base,
        actorUnitCode: '80',
        actorLevel: 'province',
        awardLevel: 'district',
      }),
    ).not.toBeNull();
    expect(
      commendationRefusal({
        ...base,
        actorUnitCode: '27868',
        actorLevel: 'commune',
        awardLevel: 'commune',
      }),
    ).not.toBeNull();
    expect(
      commendationRefusal({
        ...base,
        admin: true,
        actorUnitCode: '*',
        actorLevel: null,
        awardLevel: 'central',
      }),
    ).toBeNull();
  });
});
