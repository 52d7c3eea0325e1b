import { DomainError } from '../errors.js';
import type { Label } from './state-machine.js';

/** How an indicator gets its value: typed-in number, typed-in text, or computed by the system. */
export const INDICATOR_KINDS = ['number', 'text', 'auto'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_KIND_LABELS: Readonly<Record<IndicatorKind, Label>> = {
  number: { vi: 'Số liệu đơn vị nhập', en: 'Number entered by the unit' },
  text: { vi: 'Nội dung đơn vị nhập', en: 'Text entered by the unit' },
  auto: { vi: 'Hệ thống tự tính', en: 'Computed by the system' },
};

/** A stored indicator value: a number, a short text, or nothing yet. */
export type IndicatorValue = number | string | null;

/** Longest text accepted for a text indicator (characters). */
export const MAX_INDICATOR_TEXT = 2000;

export interface IndicatorDef {
  key: string;
  label: Label;
  kind: IndicatorKind;
}

const bad = (def: IndicatorDef, vi: string, en: string): DomainError =>
  new DomainError(
    'validation_failed',
    `Chỉ tiêu «${def.label.vi}»: ${vi}`,
    `Indicator "${def.label.en}": ${en}`,
    { field: `indicators.${def.key}`, indicator: def.key },
  );

/**
 * Merges typed-in indicator values into `base`, naming the indicator in every error.
 * Auto indicators are the system's: a client that echoes back the value it was shown (the frozen
 * value of a returned version, or null) is not an error — the value is simply not taken; only an
 * attempt to change it is refused.
 */
export function mergeIndicatorValues(
  defs: readonly IndicatorDef[],
  input: Readonly<Record<string, unknown>>,
  base: Readonly<Record<string, IndicatorValue>>,
): Record<string, IndicatorValue> {
  const out: Record<string, IndicatorValue> = { ...base };
  for (const [key, value] of Object.entries(input)) {
    const def = defs.find((d) => d.key === key);
    if (!def)
      throw new DomainError(
        'validation_failed',
        'Chỉ tiêu không có trong mẫu.',
        'No such indicator in the template.',
        { field: `indicators.${key}` },
      );
    if (def.kind === 'auto') {
      if (value === null || value === undefined || value === base[key]) continue;
      throw bad(
        def,
        'do hệ thống tự tính, không nhập tay.',
        'computed by the system; it cannot be typed in.',
      );
    }
    if (value === null) {
      out[key] = null;
      continue;
    }
    if (def.kind === 'text') {
      if (typeof value !== 'string') throw bad(def, 'phải là nội dung chữ.', 'must be text.');
      if (value.length > MAX_INDICATOR_TEXT)
        throw bad(def, 'nội dung quá dài.', 'the text is too long.');
      out[key] = value.trim() || null;
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw bad(def, 'phải là một số.', 'must be a number.');
    if (value < 0) throw bad(def, 'không được là số âm.', 'must not be negative.');
    out[key] = value;
  }
  return out;
}

/** The same values without the auto indicators (a new version computes them again on submit). */
export function withoutAuto(
  defs: readonly IndicatorDef[],
  values: Readonly<Record<string, IndicatorValue>>,
): Record<string, IndicatorValue> {
  const auto = new Set(defs.filter((d) => d.kind === 'auto').map((d) => d.key));
  return Object.fromEntries(Object.entries(values).filter(([k]) => !auto.has(k)));
}
