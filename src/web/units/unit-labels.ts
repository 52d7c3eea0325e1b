import type { Unit, UnitLevel } from '../api/types';
import type { Language } from '../i18n/language';
import type { Localized } from '../i18n/language';
import { msg } from '../i18n/translate';

const levels: Record<string, Localized> = {
  system: msg('Toàn hệ thống'),
  central: msg('Trung ương'),
  province: msg('Cấp tỉnh'),
  district: msg('Cấp huyện'),
  commune: msg('Cấp xã'),
};

/** Label for a unit level; an unknown level from a newer server is shown as sent. */
export function levelLabel(level: UnitLevel): Localized {
  return levels[level] ?? { vi: level, en: level };
}

export const levelColors: Record<string, string> = {
  system: 'purple',
  central: 'red',
  province: 'blue',
  district: 'geekblue',
  commune: 'cyan',
};

/** The unit's short name in the current language (English only when the catalog has it). */
export function unitName(unit: Pick<Unit, 'name' | 'nameEn'>, language: Language): string {
  return language === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}
