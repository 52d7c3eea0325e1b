/**
 * The tint of a case status's tag (CSS class `dv-status-tag-<tone>`): the words carry the
 * meaning, the tint only groups statuses. Read by the workspace's StatusTag and by the
 * server-drawn queue (src/http/workspace-ssr.ts); no imports, so the web bundle takes it alone.
 */
export type StatusTone = 'new' | 'work' | 'hold' | 'done' | 'final' | 'away';

export const STATUS_TONE: Readonly<Record<string, StatusTone>> = {
  received: 'new',
  accepted: 'work',
  assigned: 'work',
  verification: 'work',
  dialogue: 'work',
  suspended: 'hold',
  decided: 'done',
  published: 'done',
  enforcement: 'done',
  closed: 'final',
  filed: 'final',
  withdrawn: 'final',
  terminated: 'final',
  returned_with_guidance: 'final',
  forwarded: 'away',
  urged: 'away',
};

/** A status's tint; a status this table does not know (a newer server's) reads as new. */
export function statusTone(status: string): StatusTone {
  return STATUS_TONE[status] ?? 'new';
}
