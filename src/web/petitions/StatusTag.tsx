import { statusTone } from '../../domain/petition/status-tone';
import { useLabels } from './reference';

/** The case status as a quiet tag; the words carry the meaning, the tint only groups. */
export function StatusTag({ status }: { status: string }) {
  const label = useLabels();
  return (
    <span className={`dv-status-tag dv-status-tag-${statusTone(status)}`}>
      {label('statuses', status)}
    </span>
  );
}
