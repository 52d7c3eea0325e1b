import { useLabels } from './reference';

const tone: Record<string, string> = {
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

/** The case status as a quiet tag; the words carry the meaning, the tint only groups. */
export function StatusTag({ status }: { status: string }) {
  const label = useLabels();
  return (
    <span className={`dv-status-tag dv-status-tag-${tone[status] ?? 'new'}`}>
      {label('statuses', status)}
    </span>
  );
}
