import { Alert, Progress, Skeleton } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useLabels } from '../reference';
import type { DuplicateCandidate } from '../types';

interface Props {
  items: DuplicateCandidate[];
  loading: boolean;
  ready: boolean;
  error: string | null;
}

/** Live "có thể trùng" suggestions beside the desk form; links open in a new tab. */
export function DuplicatePanel({ items, loading, ready, error }: Props) {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  return (
    <section className="dv-side-card" aria-labelledby="dup-title" aria-busy={loading}>
      <h2 id="dup-title" className="dv-card-title">
        {t('Đơn có thể trùng')}
      </h2>
      {!ready && (
        <p className="dv-field-hint">
          {t('Gợi ý xuất hiện khi bạn nhập trích yếu, nội dung hoặc số CCCD của người đứng đơn.')}
        </p>
      )}
      {ready && loading && items.length === 0 && <Skeleton active paragraph={{ rows: 2 }} />}
      {error && <Alert type="warning" showIcon title={error} />}
      {ready && !loading && !error && items.length === 0 && (
        <p className="dv-field-hint">{t('Chưa thấy đơn nào tương tự.')}</p>
      )}
      <ul className="dv-dup-list" aria-live="polite">
        {items.map((d) => (
          <li key={d.id} className="dv-dup">
            <div className="dv-dup-head">
              <Link to={`/petitions/${d.id}`} target="_blank" className="dv-code">
                {d.trackingCode}
              </Link>
              <span className="dv-dup-score">
                {t('Mức giống: {score}%', { score: Math.round(d.score * 100) })}
              </span>
            </div>
            <Progress
              percent={Math.round(d.score * 100)}
              showInfo={false}
              size="small"
              strokeColor={d.score >= 0.7 ? '#c8102e' : '#d48806'}
              aria-hidden="true"
            />
            <div className="dv-dup-title">{d.title}</div>
            <div className="dv-case-meta">
              {label('statuses', d.status)} ·{' '}
              {t('nhận ngày {date}', { date: formatDate(d.receivedOn, language) })}
            </div>
            <ul className="dv-reasons">
              {d.reasons.map((r) => (
                <li key={r.code}>{t.pick(r)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
