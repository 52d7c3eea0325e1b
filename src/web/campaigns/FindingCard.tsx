import { Progress } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { statusTone } from './labels';
import { StatusPill, useDate } from './shared';
import type { Finding } from './types';

/** One finding in a list: text, unit, due date with an overdue flag, status and progress. */
export function FindingCard({ finding: f, unitName }: { finding: Finding; unitName?: string }) {
  const t = useT();
  const date = useDate();
  return (
    <article className={f.overdue ? 'dv-cp-finding dv-cp-overdue' : 'dv-cp-finding'}>
      <div className="dv-cp-finding-head">
        <strong>{f.position}.</strong>
        <StatusPill label={t.pick(f.statusLabel)} tone={statusTone[f.status] ?? 'new'} />
        {f.overdue && <span className="dv-cp-pill dv-cp-pill-danger">{t('Quá hạn')}</span>}
        {unitName && <span className="dv-cp-muted">{unitName}</span>}
        {f.dueOn && (
          <span className="dv-cp-muted">
            {t('Hạn')}: {date(f.dueOn)}
          </span>
        )}
      </div>
      <p className="dv-cp-finding-text">
        {f.kind === 'acknowledgement' ? f.text : <Link to={`/findings/${f.id}`}>{f.text}</Link>}
      </p>
      {f.kind === 'recommendation' && f.progressPercent !== null && (
        <Progress
          percent={f.progressPercent}
          size="small"
          aria-label={t('Tiến độ')}
          style={{ maxWidth: 320 }}
        />
      )}
      {f.kind === 'clarification' && f.responses.length > 0 && (
        <span className="dv-cp-muted">{t('{n} lần giải trình', { n: f.responses.length })}</span>
      )}
    </article>
  );
}
