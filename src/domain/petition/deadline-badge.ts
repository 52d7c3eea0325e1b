/**
 * The deadline badge beside every case: per deadline state, a mark (a shape, so the state reads
 * without colour: printouts, colour-blind readers) and its short words in both languages. Read by
 * the workspace's DeadlineBadge and by the server-drawn queue (src/http/workspace-ssr.ts); no
 * imports, so the web bundle takes it alone. (DEADLINE_STATE_LABELS in deadline-labels.ts are the
 * API's longer labels for the same states.)
 */
export type DeadlineBadgeState = 'overdue' | 'due_soon' | 'on_time' | 'paused' | 'none';

export const DEADLINE_BADGE: Readonly<
  Record<DeadlineBadgeState, { mark: string; text: { vi: string; en: string } }>
> = {
  overdue: { mark: '!', text: { vi: 'Quá hạn', en: 'Overdue' } },
  due_soon: { mark: '◔', text: { vi: 'Sắp đến hạn', en: 'Due soon' } },
  on_time: { mark: '✓', text: { vi: 'Trong hạn', en: 'On time' } },
  paused: { mark: 'Ⅱ', text: { vi: 'Tạm dừng tính hạn', en: 'Clock stopped' } },
  none: { mark: '–', text: { vi: 'Không có hạn', en: 'No deadline' } },
};
