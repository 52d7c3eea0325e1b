import type { AwardLevel } from './model-lifecycle.js';

/** Unit levels, top-down, as awards name them ("cấp tỉnh", "cấp huyện", "cấp xã"). */
const RANK: Readonly<Record<AwardLevel, number>> = {
  central: 0,
  province: 1,
  district: 2,
  commune: 3,
};

/**
 * Who may commend a «Dân vận khéo» model: a unit at the award's level (a province-level award is
 * given by the province) and above the model's unit — never the model's own unit, so a commune
 * chairman cannot commend his own commune's model. Administrators act for any level.
 */
export function commendationRefusal(f: {
  admin: boolean;
  actorUnitCode: string;
  actorLevel: AwardLevel | null;
  modelUnitCode: string;
  modelLevel: AwardLevel | null;
  awardLevel: AwardLevel;
}): { vi: string; en: string } | null {
  if (f.admin) return null;
  if (
    f.actorUnitCode === f.modelUnitCode ||
    (f.modelLevel !== null && f.actorLevel !== null && RANK[f.actorLevel] >= RANK[f.modelLevel])
  ) {
    return {
      vi: 'Chỉ đơn vị cấp trên mới khen thưởng mô hình của đơn vị mình quản lý.',
      en: "Only a unit above the model's unit may commend it.",
    };
  }
  if (f.actorLevel !== f.awardLevel) {
    return {
      vi: 'Cấp khen thưởng phải đúng cấp của đơn vị khen thưởng.',
      en: 'The award level must be the level of the commending unit.',
    };
  }
  return null;
}
