import { Button, Result } from 'antd';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { AttachmentUpload } from '../AttachmentUpload';
import { useLabels } from '../reference';
import type { SubmitPetitionResult } from '../types';

/** After saving: the tracking code(s) to tell the citizen, deadlines, receipt and attachments. */
export function IntakeSuccess({ result, onNew }: { result: SubmitPetitionResult; onNew(): void }) {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const first = result.cases[0];

  return (
    <Result
      status="success"
      className="dv-intake-success"
      title={
        <h2 ref={heading} tabIndex={-1} className="dv-result-title">
          {result.cases.length > 1
            ? t('Đã tiếp nhận đơn, tách thành {n} hồ sơ', { n: result.cases.length })
            : t('Đã tiếp nhận đơn')}
        </h2>
      }
      subTitle={t('Đọc mã tra cứu cho công dân và in phiếu nhận đơn.')}
      extra={
        <div className="dv-success-actions">
          {first && (
            <Link to={`/petitions/${first.id}/receipt`}>
              <Button type="primary" size="large" tabIndex={-1}>
                {t('In phiếu nhận đơn')}
              </Button>
            </Link>
          )}
          <Button size="large" onClick={onNew}>
            {t('Tiếp nhận đơn mới')}
          </Button>
        </div>
      }
    >
      <ul className="dv-created-list">
        {result.cases.map((c) => (
          <li key={c.id} className="dv-created">
            <div>
              <span className="dv-created-kind">{label('kinds', c.kind)}</span>
              <span
                className="dv-tracking-code"
                aria-label={t('Mã tra cứu {code}', { code: c.trackingCode })}
              >
                {c.trackingCode}
              </span>
            </div>
            <div className="dv-created-due">
              {c.dueOn
                ? t('{step}: hạn {date}', {
                    step: label('deadlineSteps', c.dueStep),
                    date: formatDate(c.dueOn, language),
                  })
                : t('Không có thời hạn')}
            </div>
            <div className="dv-created-links">
              <Link to={`/petitions/${c.id}`}>{t('Mở hồ sơ')}</Link>
              {result.cases.length > 1 && (
                <Link to={`/petitions/${c.id}/receipt`}>{t('Phiếu nhận đơn')}</Link>
              )}
            </div>
            <AttachmentUpload petitionId={c.id} onUploaded={() => undefined} />
          </li>
        ))}
      </ul>
    </Result>
  );
}
