import type { Unit } from '../api/types';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { OPEN_START } from './unit-tree';

/** "01/07/2025 – 30/06/2026", "từ 01/07/2025", "đến 30/06/2025" or '' when always valid. */
export function useValidity(unit: Pick<Unit, 'validFrom' | 'validTo'>): string {
  const t = useT();
  const { language } = useLanguage();
  const from = unit.validFrom > OPEN_START ? formatDate(unit.validFrom, language) : '';
  const to = formatDate(unit.validTo, language);
  if (from && to) return `${from} – ${to}`;
  if (from) return t('từ {date}', { date: from });
  if (to) return t('đến {date}', { date: to });
  return '';
}
