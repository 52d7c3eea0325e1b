import { Alert, Breadcrumb, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isApiProblem } from '../api/client';
import { usePageTitle } from '../app/use-page-title';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import './campaigns.css';

/** Shared pieces of the campaign, inspection, model, dialogue and report screens. */

interface FrameProps {
  title: string;
  subtitle?: ReactNode;
  /** Parent screens, nearest last: [label, path]. */
  trail?: [string, string][];
  extra?: ReactNode;
  children: ReactNode;
}

/** Page heading (h1 + tab title), breadcrumb back to the parent screens, and the content. */
export function PageFrame({ title, subtitle, trail, extra, children }: FrameProps) {
  const t = useT();
  usePageTitle(title);
  return (
    <div className="dv-page">
      {trail && trail.length > 0 && (
        <nav aria-label={t('Đường dẫn')}>
          <Breadcrumb
            className="dv-cp-breadcrumb"
            items={[
              ...trail.map(([label, path]) => ({
                key: path,
                title: <Link to={path}>{label}</Link>,
              })),
              { key: 'here', title },
            ]}
          />
        </nav>
      )}
      <header className="dv-page-header dv-cp-header">
        <div className="dv-cp-header-text">
          <Typography.Title level={1} className="dv-page-title">
            {title}
          </Typography.Title>
          {subtitle && <div className="dv-cp-subtitle">{subtitle}</div>}
        </div>
        {extra && <div className="dv-cp-header-extra">{extra}</div>}
      </header>
      {children}
    </div>
  );
}

/** The server's problem+json message (with field errors and request id) next to a form. */
export function ProblemAlert({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  if (!isApiProblem(error)) {
    return (
      <Alert type="error" showIcon role="alert" title={t('Không lưu được. Vui lòng thử lại.')} />
    );
  }
  const conflict = error.status === 409;
  return (
    <Alert
      type={conflict ? 'warning' : 'error'}
      showIcon
      role="alert"
      className="dv-cp-problem"
      title={t.pick(error.userMessage)}
      description={
        (error.errors.length > 0 || error.requestId || conflict) && (
          <>
            {conflict && (
              <p>{t('Dữ liệu vừa được người khác thay đổi. Hãy tải lại để xem bản mới nhất.')}</p>
            )}
            {error.errors.length > 0 && (
              <ul>
                {error.errors.map((e) => (
                  <li key={e.path + e.message.vi}>{t.pick(e.message)}</li>
                ))}
              </ul>
            )}
            {error.requestId && (
              <small>
                {t('mã yêu cầu')}: {error.requestId}
              </small>
            )}
          </>
        )
      }
    />
  );
}

/** dd/mm/yyyy (Vietnamese) or D MMM YYYY (English) for the current language. */
export function useDate(): (value: string | null | undefined) => string {
  const { language } = useLanguage();
  return (value) => formatDate(value, language) || '—';
}

/** Date and time of an instant, e.g. 18/10/2019 14:05. */
export function useDateTime(): (value: string | null | undefined) => string {
  const { language } = useLanguage();
  return (value) => {
    if (!value) return '—';
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return value;
    const hh = String(d.getHours()).padStart(2, '0');
    const mm = String(d.getMinutes()).padStart(2, '0');
    return `${formatDate(d, language)} ${hh}:${mm}`;
  };
}

/** A count with colour AND words, so the meaning never rests on colour alone. */
export function CountPill({
  count,
  tone,
  label,
}: {
  count: number;
  tone: 'danger' | 'warning' | 'ok' | 'neutral';
  label: string;
}) {
  const effective = count === 0 ? 'neutral' : tone;
  return (
    <span className={`dv-cp-pill dv-cp-pill-${effective}`}>
      <strong>{count}</strong> {label}
    </span>
  );
}

/** A quiet status tag; `tone` groups statuses, the text carries the meaning. */
export function StatusPill({
  label,
  tone,
}: {
  label: string;
  tone: 'new' | 'work' | 'done' | 'warn' | 'final';
}) {
  return <span className={`dv-cp-status dv-cp-status-${tone}`}>{label}</span>;
}

/** A multi-line text as paragraphs (descriptions, minutes, answers). */
export function Paragraphs({ text }: { text: string | null | undefined }) {
  if (!text) return <span className="dv-cp-muted">—</span>;
  return (
    <div className="dv-cp-paragraphs">
      {text.split(/\n+/).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}

/** 83.1 → "83,1%" in Vietnamese, "83.1%" in English; null → "—". */
export function usePercent(): (value: number | null | undefined) => string {
  const { language } = useLanguage();
  return (value) => {
    if (value === null || value === undefined) return '—';
    const text = value.toFixed(1);
    return `${language === 'vi' ? text.replace('.', ',') : text}%`;
  };
}
