import { Alert, Button, Input, Modal, Popconfirm, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { isApiProblem } from '../api/client';
import { useT } from '../i18n/i18n-context';
import type { RecomputeSummary } from './api';

/** Title and one-line description of an Administration screen. */
export function AdminHeader({
  title,
  description,
  extra,
}: {
  title: string;
  description: string;
  extra?: ReactNode;
}) {
  return (
    <header className="dv-page-header">
      <Typography.Title level={1} className="dv-page-title">
        {title}
      </Typography.Title>
      <Typography.Text type="secondary">{description}</Typography.Text>
      {extra && <div style={{ marginTop: 12 }}>{extra}</div>}
    </header>
  );
}

/** The server's problem+json message next to a form (409 here means a duplicate, not a race). */
export function AdminProblem({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const title = isApiProblem(error)
    ? t.pick(error.userMessage)
    : t('Không lưu được. Vui lòng thử lại.');
  const details = isApiProblem(error) ? error.errors.map((e) => t.pick(e.message)) : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={details.length > 0 ? details.join('; ') : undefined}
      style={{ marginBottom: 12 }}
    />
  );
}

/** Shows a generated password exactly once; it cannot be retrieved again afterwards. */
export function OneTimePassword({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string | null;
  onClose(): void;
}) {
  const t = useT();
  return (
    <Modal
      open={password !== null}
      title={t('Mật khẩu tạm thời')}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('Đã ghi lại')}
    >
      <p>
        {t(
          'Mật khẩu của tài khoản {username} chỉ hiện một lần. Hãy trao tận tay người dùng và đề nghị đổi ngay.',
          { username },
        )}
      </p>
      <Typography.Paragraph copyable={{ text: password ?? '' }} className="dv-admin-password">
        <code style={{ fontSize: 20 }} data-testid="one-time-password">
          {password}
        </code>
      </Typography.Paragraph>
    </Modal>
  );
}

/** The recompute summary a calendar or rule change answers with. */
export function RecomputeResult({ summary }: { summary: RecomputeSummary | null }) {
  const t = useT();
  if (!summary) return null;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      style={{ marginBottom: 12 }}
      title={t('Đã lưu và tính lại thời hạn')}
      description={t(
        'Đã xét {scanned} thời hạn đang mở, viết lại {rewritten}, dời ngày {moved} (thuộc {cases} hồ sơ).',
        {
          scanned: summary.scanned,
          rewritten: summary.rewritten,
          moved: summary.moved,
          cases: summary.cases,
        },
      )}
    />
  );
}

/** A small button that acts only after the administrator confirms the question in `title`. */
export function ConfirmButton({
  title,
  okText,
  onConfirm,
  danger,
  children,
}: {
  title: string;
  okText: string;
  onConfirm(): void;
  danger?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Popconfirm title={title} okText={okText} cancelText={t('Hủy')} onConfirm={onConfirm}>
      <Button size="small" danger={danger}>
        {children}
      </Button>
    </Popconfirm>
  );
}

/** "Đang dùng" (green) or "Ngừng dùng": whether a catalogue entry is in use. */
export function ActiveTag({ active }: { active: boolean }) {
  const t = useT();
  return active ? <Tag color="green">{t('Đang dùng')}</Tag> : <Tag>{t('Ngừng dùng')}</Tag>;
}

/** The time of day of an ISO timestamp as HH:mm, in the browser's time zone. */
export function timeOfDay(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The search box above an Administration list: reports each change of its text. */
export function SearchBox({
  placeholder,
  onChange,
}: {
  placeholder: string;
  onChange(text: string): void;
}) {
  return (
    <Input.Search
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      onChange={(e) => onChange(e.target.value)}
      style={{ width: 280 }}
    />
  );
}

/** Whether any of `fields` contains the search `text`, ignoring case and surrounding spaces. */
export function matchesText(text: string, ...fields: (string | null | undefined)[]): boolean {
  const q = text.trim().toLowerCase();
  return !q || fields.some((f) => (f ?? '').toLowerCase().includes(q));
}
