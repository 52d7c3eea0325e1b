import { Card, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateInput } from '../app/DateInput';
import { QueryState } from '../app/QueryState';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { fetchFeedbackSummary } from './api';
import { useLabels } from './reference';
import { StatusTag } from './StatusTag';

/**
 * Ý kiến của người gửi đơn, on the unit's monitor: the average of the latest rating of each rated
 * case, how many cases got each score, the re-open requests waiting for the head, and the cases
 * to look at first (rated 1–2/5 or asking to be re-opened). A from/to period (dd/mm/yyyy) counts
 * only the feedback given in it; empty boxes mean all time.
 */
export function MonitorFeedback() {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  const [from, setFrom] = useState<string | undefined>(undefined);
  const [to, setTo] = useState<string | undefined>(undefined);
  const query = useQuery({
    queryKey: ['petitions', 'feedback-summary', from ?? '', to ?? ''],
    queryFn: () => fetchFeedbackSummary({ from, to }),
  });
  const s = query.data;
  return (
    <Card
      className="dv-monitor-feedback"
      title={<h2 className="dv-card-title">{t('Ý kiến của người gửi đơn')}</h2>}
      extra={
        <Space wrap size="small" aria-label={t('Thời gian nhận ý kiến')}>
          <span>{t('Từ ngày')}</span>
          <DateInput ariaLabel={t('Từ ngày')} value={from ?? ''} onChange={setFrom} />
          <span>{t('đến ngày')}</span>
          <DateInput ariaLabel={t('Đến ngày')} value={to ?? ''} onChange={setTo} />
        </Space>
      }
    >
      <QueryState query={query} isEmpty={false} emptyText="">
        {s && (
          <>
            <ul className="dv-stats" aria-label={t('Đánh giá kết quả giải quyết')}>
              <li>
                <span className="dv-stat-n">
                  {s.average === null
                    ? '—'
                    : s.average.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')}
                </span>
                <span>{t('Điểm trung bình (trên 5)')}</span>
              </li>
              <li>
                <span className="dv-stat-n">{s.rated}</span>
                <span>{t('Hồ sơ được đánh giá')}</span>
              </li>
              <li className="dv-stat-overdue">
                <span className="dv-stat-n">{s.byRating['1'] + s.byRating['2']}</span>
                <span>{t('Đánh giá thấp (1–2 điểm)')}</span>
              </li>
              <li className="dv-stat-due_soon">
                <span className="dv-stat-n">{s.pendingReopen}</span>
                <span>{t('Yêu cầu xem xét lại chờ quyết định')}</span>
              </li>
            </ul>
            {s.cases.length === 0 ? (
              <p className="dv-field-hint">
                {t('Không có hồ sơ nào bị đánh giá thấp hoặc đang chờ xem xét lại.')}
              </p>
            ) : (
              <ul className="dv-monitor-cases" aria-label={t('Hồ sơ cần xem trước')}>
                {s.cases.map((c) => (
                  <li key={c.id}>
                    <span className={c.rating !== null ? 'dv-rating dv-rating-low' : 'dv-rating'}>
                      {c.rating !== null ? t('{n}/5 điểm', { n: c.rating }) : '—'}
                    </span>
                    <Link to={`/petitions/${c.id}`} className="dv-code">
                      {c.trackingCode}
                    </Link>
                    <span className="dv-kind">
                      {c.reopenRequested
                        ? t('Yêu cầu xem xét lại')
                        : c.ratedAt
                          ? formatDate(c.ratedAt, language)
                          : label('kinds', c.kind)}
                    </span>
                    <span className="dv-monitor-title">{c.title}</span>
                    <StatusTag status={c.status} />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}
