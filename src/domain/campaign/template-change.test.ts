import { describe, expect, it } from 'vitest';
import { diffIndicators, templateChangeRefusal, type IndicatorShape } from './template-change.js';

const trainings: IndicatorShape = {
  key: 'trainings',
  label: { vi: 'Số lớp tập huấn', en: 'Training sessions' },
  kind: 'number',
  source: null,
  unit: { vi: 'lớp', en: 'sessions' },
  hint: null,
};
const received: IndicatorShape = {
  key: 'petitions_received',
  label: { vi: 'Số đơn thư tiếp nhận', en: 'Petitions received' },
  kind: 'auto',
  source: 'petitions_received',
  unit: null,
  hint: null,
};
const answered = new Set(['trainings']);

describe('changing a report template after units have answered', () => {
  it('allows adding indicators and rewording an answered one', () => {
    const after = [
      { ...trainings, label: { vi: 'Số lớp tập huấn, quán triệt', en: 'Trainings held' } },
      received,
      { ...trainings, key: 'visits', label: { vi: 'Số lần tiếp xúc', en: 'Visits' } },
    ];
    expect(templateChangeRefusal([trainings, received], after, answered)).toBeNull();
    expect(diffIndicators([trainings, received], after)).toEqual({
      added: ['visits'],
      removed: [],
      changed: ['trainings'],
    });
  });

  it('refuses removing, retyping or re-measuring an answered indicator', () => {
    expect(templateChangeRefusal([trainings], [], answered)?.en).toMatch(/cannot be removed/);
    expect(
      templateChangeRefusal([trainings], [{ ...trainings, kind: 'text' }], answered)?.vi,
    ).toMatch(/đổi loại/);
    expect(
      templateChangeRefusal(
        [trainings],
        [{ ...trainings, unit: { vi: 'người', en: 'people' } }],
        answered,
      )?.key,
    ).toBe('trainings');
  });

  it('lets an indicator nobody answered go or change', () => {
    expect(templateChangeRefusal([trainings, received], [trainings], answered)).toBeNull();
    expect(
      templateChangeRefusal([received], [{ ...received, source: 'dialogues_held' }], answered),
    ).toBeNull();
  });
});
