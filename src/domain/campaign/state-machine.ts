import { DomainError } from '../errors.js';

/** A bilingual label. */
export interface Label {
  vi: string;
  en: string;
}

/** One row of a lifecycle table: `action` moves a record from any of `from` to `to`. */
export interface TransitionRule<S extends string, A extends string> {
  action: A;
  from: readonly S[];
  to: S;
}

/** Actions the table allows from `status`, in table order. */
export function allowedActions<S extends string, A extends string>(
  table: readonly TransitionRule<S, A>[],
  status: S,
): A[] {
  return table.filter((r) => r.from.includes(status)).map((r) => r.action);
}

/**
 * The status after `action`, or an `invalid_transition` error (HTTP 409) that names the actions
 * allowed in the current status, so that a client can show the right buttons.
 */
export function nextStatus<S extends string, A extends string>(
  table: readonly TransitionRule<S, A>[],
  status: S,
  action: A,
  labels: { statuses: Readonly<Record<S, Label>>; actions: Readonly<Record<A, Label>> },
): S {
  const rule = table.find((r) => r.action === action && r.from.includes(status));
  if (rule) return rule.to;
  const allowed = allowedActions(table, status);
  const list = (lang: 'vi' | 'en') =>
    allowed.length
      ? allowed.map((a) => labels.actions[a]?.[lang] ?? a).join(', ')
      : lang === 'vi'
        ? 'không có'
        : 'none';
  const st = labels.statuses[status] ?? { vi: status, en: status };
  const act = labels.actions[action] ?? { vi: action, en: action };
  throw new DomainError(
    'invalid_transition',
    `Không thể "${act.vi}" khi đang ở trạng thái "${st.vi}". Thao tác được phép: ${list('vi')}.`,
    `Cannot "${act.en}" in status "${st.en}". Allowed actions: ${list('en')}.`,
    { status, action, allowedActions: allowed },
  );
}
