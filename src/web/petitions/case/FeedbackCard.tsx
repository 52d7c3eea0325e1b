import { Card } from 'antd';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import type { CaseFile } from '../types';

/**
 * Ý kiến của người gửi đơn: the ratings (with comments) and re-open requests the petitioner sent
 * from the portal, and how each request was decided. Staff-only: the case file is never public.
 */
export function FeedbackCard({ file }: { file: CaseFile }) {
  const t = useT();
  const { language } = useLanguage();
  const { ratings, reopenRequests } = file.feedback;
  if (ratings.length === 0 && reopenRequests.length === 0) return null;
  const decision = (d: string | null) =>
    d === 'reopened'
      ? t('Đã mở lại hồ sơ')
      : d === 'refused'
        ? t('Đã từ chối')
        : t('Chờ lãnh đạo quyết định');
  return (
    <Card
      size="small"
      title={<h2 className="dv-card-title">{t('Ý kiến của người gửi đơn')}</h2>}
      className="dv-feedback-card"
    >
      {ratings.length > 0 && (
        <>
          <h3 className="dv-subheading">{t('Đánh giá kết quả giải quyết')}</h3>
          <ul className="dv-feedback-list">
            {ratings.map((r) => (
              <li key={r.id} className={r.rating !== null && r.rating <= 2 ? 'dv-rating-low' : ''}>
                <span className="dv-rating">{t('{n}/5 điểm', { n: r.rating ?? '—' })}</span>
                <span className="dv-case-meta">{formatDate(r.at, language)}</span>
                {r.comment && <p className="dv-content-text">{r.comment}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {reopenRequests.length > 0 && (
        <>
          <h3 className="dv-subheading">{t('Yêu cầu xem xét lại')}</h3>
          <ul className="dv-feedback-list">
            {reopenRequests.map((r) => (
              <li key={r.id} className={r.decision ? '' : 'dv-reopen-pending'}>
                <span className="dv-reopen-state">{decision(r.decision)}</span>
                <span className="dv-case-meta">
                  {t('Gửi ngày {date}', { date: formatDate(r.at, language) })}
                  {r.decidedAt
                    ? ` · ${t('quyết định ngày {date}', { date: formatDate(r.decidedAt, language) })}`
                    : ''}
                </span>
                {r.reason && <p className="dv-content-text">{r.reason}</p>}
                {r.decisionReason && (
                  <p className="dv-content-text">
                    <strong>{t('Ý kiến của lãnh đạo')}:</strong> {r.decisionReason}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
