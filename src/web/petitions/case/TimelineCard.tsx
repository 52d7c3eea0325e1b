import { Card, Tag } from 'antd';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useLabels } from '../reference';
import type { TimelineEvent } from '../types';

/** Payload fields worth showing, in reading order; ids and flags stay out. */
const textFields = [
  'note',
  'guidance',
  'competentBody',
  'toBody',
  'handlingBody',
  'summary',
  'reason',
  'minutes',
  'documentNumber',
  'withdrawnContent',
  'assigneeName',
  'days',
  'repliedOn',
  'heldOn',
  'lodgedOn',
] as const;

function time(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime())
    ? ''
    : `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Diễn biến: every event of the case, oldest first, as a register would record it. */
export function TimelineCard({ events }: { events: TimelineEvent[] }) {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  const fieldLabel: Record<string, string> = {
    note: t('Ghi chú'),
    guidance: t('Hướng dẫn'),
    competentBody: t('Cơ quan có thẩm quyền'),
    toBody: t('Chuyển đến'),
    handlingBody: t('Cơ quan đang giải quyết'),
    summary: t('Tóm tắt'),
    reason: t('Lý do'),
    minutes: t('Biên bản'),
    documentNumber: t('Số văn bản'),
    withdrawnContent: t('Nội dung rút'),
    assigneeName: t('Người được giao'),
    days: t('Số ngày'),
    repliedOn: t('Ngày trả lời'),
    heldOn: t('Ngày đối thoại'),
    lodgedOn: t('Ngày nộp đơn'),
  };
  // The server labels every event type (src/domain/petition/timeline-labels.ts); an older server's
  // events fall back to the action labels.
  const eventLabel = (e: TimelineEvent) =>
    e.label
      ? t.pick(e.label)
      : e.action === 'submit'
        ? t('Tiếp nhận đơn')
        : label('actions', e.action);
  const value = (key: string, v: unknown) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, language) : String(v);

  return (
    <Card title={<h2 className="dv-card-title">{t('Diễn biến xử lý')}</h2>}>
      <ol className="dv-timeline">
        {events.map((e) => {
          const p = e.payload;
          const result = typeof p.result === 'string' ? label('results', p.result) : null;
          const method = typeof p.method === 'string' ? p.method : null;
          const rating = typeof p.rating === 'number' ? p.rating : null;
          const comment = typeof p.comment === 'string' && p.comment ? p.comment : null;
          return (
            <li key={e.id} className="dv-timeline-item">
              <div className="dv-timeline-when">
                <span>{formatDate(e.onDate, language)}</span>
                <span className="dv-timeline-time">{time(e.at)}</span>
              </div>
              <div className="dv-timeline-body">
                <div className="dv-timeline-title">
                  <strong>{eventLabel(e)}</strong>
                  {e.toStatus && e.fromStatus !== e.toStatus && (
                    <span className="dv-timeline-status">
                      {e.fromStatus ? `${label('statuses', e.fromStatus)} → ` : ''}
                      {label('statuses', e.toStatus)}
                    </span>
                  )}
                  {!e.public && (
                    <Tag className="dv-tag-quiet">{t('Nội bộ, công dân không xem được')}</Tag>
                  )}
                </div>
                <div className="dv-case-meta">{e.actorName}</div>
                {(result ||
                  method ||
                  rating !== null ||
                  comment ||
                  textFields.some((f) => p[f] != null && p[f] !== '')) && (
                  <dl className="dv-timeline-payload">
                    {result && (
                      <div>
                        <dt>{t('Kết quả')}</dt>
                        <dd>{result}</dd>
                      </div>
                    )}
                    {rating !== null && (
                      <div>
                        <dt>{t('Điểm đánh giá')}</dt>
                        <dd>{t('{n}/5 điểm', { n: rating })}</dd>
                      </div>
                    )}
                    {comment && (
                      <div>
                        <dt>{t('Ý kiến của lãnh đạo')}</dt>
                        <dd>{comment}</dd>
                      </div>
                    )}
                    {method && (
                      <div>
                        <dt>{t('Hình thức')}</dt>
                        <dd>{publicationLabel(method, t)}</dd>
                      </div>
                    )}
                    {textFields
                      .filter((f) => p[f] != null && p[f] !== '')
                      .map((f) => (
                        <div key={f}>
                          <dt>{fieldLabel[f]}</dt>
                          <dd>{value(f, p[f])}</dd>
                        </div>
                      ))}
                  </dl>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

/** Publication methods (Decree 124/2020): labels shared with the publish form. */
export function publicationLabel(method: string, t: ReturnType<typeof useT>): string {
  if (method === 'meeting') return t('Công bố tại cuộc họp');
  if (method === 'posting') return t('Niêm yết tại trụ sở');
  if (method === 'portal') return t('Đăng trên cổng thông tin');
  if (method === 'media') return t('Thông báo trên phương tiện thông tin đại chúng');
  return method;
}
