import { DEADLINE_BADGE } from '../../domain/petition/deadline-badge';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import type { DeadlineState } from './types';

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
  // Marks and words: src/domain/petition/deadline-badge.ts (the server-drawn queue reads them too).
  const badge = DEADLINE_BADGE[state] ?? DEADLINE_BADGE.none;
  const text = t.pick(badge.text);
  const date = dueOn ? formatDate(dueOn, language) : '';
  return (
    <span className={`dv-deadline dv-deadline-${state}${compact ? ' dv-deadline-compact' : ''}`}>
      <span className="dv-deadline-mark" aria-hidden="true">
        {badge.mark}
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
