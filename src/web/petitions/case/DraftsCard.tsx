import { Card } from 'antd';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { useLabels } from '../reference';
import type { CaseDraft, CaseFile } from '../types';

/** The draft's state in words: waiting for the head, returned with a comment, or signed. */
function useDraftState() {
  const t = useT();
  return (state: string) =>
    state === 'submitted'
      ? t('Chờ lãnh đạo ký duyệt')
      : state === 'returned'
        ? t('Lãnh đạo trả lại để sửa')
        : state === 'approved'
          ? t('Đã ký duyệt, ban hành')
          : t('Không còn hiệu lực');
}

function Draft({ draft }: { draft: CaseDraft }) {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  const stateText = useDraftState();
  const p = draft.payload;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  return (
    <li className={`dv-draft dv-draft-${draft.state}`}>
      <div className="dv-draft-head">
        <strong>{stateText(draft.state)}</strong>
        <span className="dv-case-meta">
          {t('Trình ngày {date}', { date: formatDate(draft.submittedAt, language) })}
          {draft.submittedBy ? ` · ${draft.submittedBy}` : ''}
        </span>
      </div>
      <dl className="dv-timeline-payload">
        {text(p.result) && (
          <div>
            <dt>{t('Kết quả')}</dt>
            <dd>{label('results', text(p.result))}</dd>
          </div>
        )}
        {text(p.summary) && (
          <div>
            <dt>{t('Nội dung trả lời, quyết định')}</dt>
            <dd className="dv-content-text">{text(p.summary)}</dd>
          </div>
        )}
        {text(p.documentNumber) && (
          <div>
            <dt>{t('Số văn bản')}</dt>
            <dd>{text(p.documentNumber)}</dd>
          </div>
        )}
        {draft.comment && (
          <div>
            <dt>{t('Ý kiến của lãnh đạo')}</dt>
            <dd className="dv-content-text">{draft.comment}</dd>
          </div>
        )}
        {draft.reviewedAt && (
          <div>
            <dt>{t('Người xem xét')}</dt>
            <dd>
              {draft.reviewedBy ?? '—'} · {formatDate(draft.reviewedAt, language)}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

/**
 * Dự thảo trình ký: the answer or decision the handler drafted, as the head reads it before
 * signing or returning it; earlier rounds (returned with a comment) below.
 */
export function DraftsCard({ file }: { file: CaseFile }) {
  const t = useT();
  if (file.drafts.length === 0) return null;
  const [latest, ...older] = file.drafts;
  return (
    <Card
      size="small"
      title={<h2 className="dv-card-title">{t('Dự thảo trả lời, quyết định')}</h2>}
      className="dv-drafts-card"
    >
      <ul className="dv-drafts">
        <Draft draft={latest!} />
      </ul>
      {older.length > 0 && (
        <details className="dv-drafts-older">
          <summary>{t('Các lần trình trước ({n})', { n: older.length })}</summary>
          <ul className="dv-drafts">
            {older.map((d) => (
              <Draft key={d.id} draft={d} />
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
