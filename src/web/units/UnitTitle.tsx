import { Tag } from 'antd';
import type { Unit } from '../api/types';
import { formatDate, todayIso } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { levelColors, levelLabel, unitName } from './unit-labels';
import { OPEN_START, versionKey } from './unit-tree';
import { useValidity } from './use-validity';

interface Props {
  unit: Unit;
  successors: Unit[];
  onShowUnit(unit: Unit): void;
}

/** One line of the unit tree: name, level, validity and where the unit went after a merger. */
export function UnitTitle({ unit, successors, onShowUnit }: Props) {
  const t = useT();
  const { language } = useLanguage();
  const validity = useValidity(unit);
  const ended = unit.validTo !== null && unit.validTo < todayIso();
  const key = versionKey(unit);

  return (
    <span className={ended ? 'dv-unit dv-unit-ended' : 'dv-unit'} id={`unit-${key}`}>
      <span className="dv-unit-name" title={unit.fullName}>
        {unitName(unit, language)}
      </span>
      <Tag color={levelColors[unit.level] ?? 'default'} variant="outlined">
        {t.pick(levelLabel(unit.level))}
      </Tag>
      {validity && (
        <span className="dv-unit-validity">
          <span className="dv-visually-hidden">{t('Hiệu lực')}: </span>
          {validity}
        </span>
      )}
      {ended && <Tag>{t('Hết hiệu lực')}</Tag>}
      {unit.sample && <Tag color="gold">{t('Mẫu')}</Tag>}
      {successors.length > 0 && (
        <span className="dv-unit-successors">
          {t('Kế thừa bởi')}:{' '}
          {successors.map((s, i) => (
            <span key={versionKey(s)}>
              {i > 0 && ', '}
              <a
                href={`#unit-${versionKey(s)}`}
                title={
                  s.validFrom > OPEN_START
                    ? `${s.fullName} (${t('từ {date}', { date: formatDate(s.validFrom, language) })})`
                    : s.fullName
                }
                onClick={(e) => {
                  e.preventDefault();
                  e.stopPropagation();
                  onShowUnit(s);
                }}
              >
                {unitName(s, language)}
              </a>
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
