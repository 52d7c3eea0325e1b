import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import type { DeadlineState } from './types';

/** A shape per state, so the state reads without colour (printouts, colour-blind readers). */
const marks: Record<DeadlineState, string> = {
  overdue: '!',
  due_soon: '◔',
  on_time: '✓',
  paused: 'Ⅱ',
  none: '–',
};

interface Props {
  state: DeadlineState;
  dueOn?: string | null;
  /** Label of the step the due date belongs to (Xử lý đơn, Giải quyết…). */
  step?: string;
  compact?: boolean;
}

/** Deadline state in colour AND words, with the due date: "Quá hạn · 16/03/2026". */
export function DeadlineBadge({ state, dueOn, step, compact }: Props) {
  const t = useT();
  const { language } = useLanguage();
  const text =
    state === 'overdue'
      ? t('Quá hạn')
      : state === 'due_soon'
        ? t('Sắp đến hạn')
        : state === 'on_time'
          ? t('Trong hạn')
          : state === 'paused'
            ? t('Tạm dừng tính hạn')
            : t('Không có hạn');
  const date = dueOn ? formatDate(dueOn, language) : '';
  return (
    <span className={`dv-deadline dv-deadline-${state}${compact ? ' dv-deadline-compact' : ''}`}>
      <span className="dv-deadline-mark" aria-hidden="true">
        {marks[state] ?? '–'}
      </span>
      <span className="dv-deadline-text">{text}</span>
      {date && state !== 'none' && (
        <span className="dv-deadline-date">
          {step ? `${step}: ` : ''}
          {date}
        </span>
      )}
    </span>
  );
}
