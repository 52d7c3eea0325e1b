import type { Label } from './state-machine.js';

/** An indicator as compared between two template versions. */
export interface IndicatorShape {
  key: string;
  label: Label;
  kind: string;
  source: string | null;
  unit: Label | null;
  hint: string | null;
}

/** Why a template change is refused once units have answered (409, field `indicators`). */
export interface TemplateChangeRefusal {
  key: string;
  vi: string;
  en: string;
}

export interface TemplateDiff {
  added: string[];
  removed: string[];
  /** Wording only (labels, hint) or, for unanswered indicators, anything. */
  changed: string[];
}

const same = (a: Label | null, b: Label | null) =>
  (a?.vi ?? '') === (b?.vi ?? '') && (a?.en ?? '') === (b?.en ?? '');

/** What changed between two lists of indicators, by key. */
export function diffIndicators(
  before: readonly IndicatorShape[],
  after: readonly IndicatorShape[],
): TemplateDiff {
  const old = new Map(before.map((i) => [i.key, i]));
  const next = new Map(after.map((i) => [i.key, i]));
  return {
    added: after.filter((i) => !old.has(i.key)).map((i) => i.key),
    removed: before.filter((i) => !next.has(i.key)).map((i) => i.key),
    changed: after
      .filter((i) => {
        const o = old.get(i.key);
        return (
          o !== undefined &&
          (!same(o.label, i.label) ||
            o.kind !== i.kind ||
            o.source !== i.source ||
            !same(o.unit, i.unit) ||
            (o.hint ?? '') !== (i.hint ?? ''))
        );
      })
      .map((i) => i.key),
  };
}

/**
 * The rule for changing a report template once units have submitted (issue 14): an indicator some
 * submitted report answered keeps its meaning — it may not be removed, nor change its kind, its
 * automatic source or its measurement unit (the consolidation would add up different things);
 * its wording (labels, hint) may be improved. Indicators nobody answered change freely, and new
 * indicators may be added. Returns the first refusal, or null when the change is allowed.
 */
export function templateChangeRefusal(
  before: readonly IndicatorShape[],
  after: readonly IndicatorShape[],
  answered: ReadonlySet<string>,
): TemplateChangeRefusal | null {
  const next = new Map(after.map((i) => [i.key, i]));
  for (const o of before) {
    if (!answered.has(o.key)) continue;
    const n = next.get(o.key);
    if (!n)
      return {
        key: o.key,
        vi: `Không thể bỏ chỉ tiêu «${o.label.vi}»: đã có đơn vị gửi số liệu cho chỉ tiêu này.`,
        en: `Indicator "${o.label.en}" cannot be removed: units have already reported on it.`,
      };
    if (n.kind !== o.kind || n.source !== o.source)
      return {
        key: o.key,
        vi: `Không thể đổi loại hoặc nguồn số liệu của chỉ tiêu «${o.label.vi}»: đã có đơn vị gửi số liệu.`,
        en: `Indicator "${o.label.en}" cannot change its kind or source: units have already reported on it.`,
      };
    if ((n.unit?.vi ?? '') !== (o.unit?.vi ?? ''))
      return {
        key: o.key,
        vi: `Không thể đổi đơn vị tính của chỉ tiêu «${o.label.vi}»: đã có đơn vị gửi số liệu.`,
        en: `Indicator "${o.label.en}" cannot change its unit of measure: units have already reported on it.`,
      };
  }
  return null;
}
