import {
  Alert,
  Button,
  Card,
  Input,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { usePageTitle } from '../app/use-page-title';
import { useSession } from '../auth/session';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import type { Localized } from '../i18n/language';
import { AdminHeader, AdminProblem } from './shared';

/** One row of the preview, as POST /api/v1/admin/imports answers it. */
interface ImportRow {
  row: number;
  state: 'new' | 'already_imported' | 'error';
  receivedOn: string | null;
  kindLabel: Localized | null;
  petitioner: string | null;
  sealed: boolean;
  title: string;
  statusLabel: Localized | null;
  resultLabel: Localized | null;
  resolvedOn: string | null;
  dueOn: string | null;
  trackingCode: string | null;
  problems: Array<{ field: string; code: string; vi: string; en: string }>;
}

interface ImportResult {
  fileName: string;
  sha256: string;
  format: 'xlsx' | 'csv';
  titleLines: string[];
  columns: Array<{ field: string; label: Localized; header: string; column: number }>;
  dryRun: boolean;
  read: number;
  added: number;
  skipped: number;
  errors: number;
  rows: ImportRow[];
}

function send(file: File, unitCode: string, confirmSha?: string): Promise<ImportResult> {
  const form = new FormData();
  // Fields before the file: the server reads parts in order.
  form.append('unitCode', unitCode);
  form.append('dryRun', confirmSha ? 'false' : 'true');
  if (confirmSha) form.append('expectedSha256', confirmSha);
  form.append('file', file);
  return api.post<ImportResult>('/api/v1/admin/imports', form);
}

/**
 * Administration → import a legacy register (sổ tiếp công dân, sổ theo dõi đơn thư) from Excel
 * or CSV: choose the file → preview with each row's problems (nothing written) → confirm.
 */
export default function RegisterImportPage() {
  const t = useT();
  const { language } = useLanguage();
  const me = useSession();
  usePageTitle(t('Nhập sổ theo dõi đơn thư cũ'));
  const [file, setFile] = useState<File | null>(null);
  const [unitCode, setUnitCode] = useState(me.user.unit.code);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const previewing = useMutation({
    mutationFn: () => send(file!, unitCode.trim()),
    onSuccess: (r) => {
      setPreview(r);
      setDone(null);
    },
  });
  const confirming = useMutation({
    mutationFn: () => send(file!, unitCode.trim(), preview!.sha256),
    onSuccess: (r) => {
      setDone(r);
      setPreview(null);
    },
  });
  const shown = done ?? preview;
  const date = (v: string | null) => (v ? formatDate(v, language) : '');
  const stateTag = {
    new: <Tag color="green">{done ? t('Đã thêm') : t('Sẽ thêm')}</Tag>,
    already_imported: <Tag>{t('Đã nhập trước đây')}</Tag>,
    error: <Tag color="red">{t('Có lỗi')}</Tag>,
  };
  const columns: TableColumnsType<ImportRow> = [
    { title: t('Dòng'), dataIndex: 'row', width: 70 },
    { title: t('Trạng thái'), dataIndex: 'state', width: 140, render: (_, r) => stateTag[r.state] },
    { title: t('Ngày nhận'), dataIndex: 'receivedOn', width: 110, render: date },
    {
      title: t('Loại đơn'),
      dataIndex: 'kindLabel',
      width: 110,
      render: (_, r) => (r.kindLabel ? t.pick(r.kindLabel) : ''),
    },
    {
      title: t('Người gửi'),
      dataIndex: 'petitioner',
      width: 180,
      render: (_, r) =>
        r.sealed ? <Tag color="purple">{t('Danh tính được giữ bí mật')}</Tag> : r.petitioner,
    },
    { title: t('Nội dung'), dataIndex: 'title' },
    {
      title: t('Kết quả sau khi nhập'),
      dataIndex: 'statusLabel',
      width: 230,
      render: (_, r) =>
        r.problems.length ? (
          <ul
            className="dv-import-problems"
            style={{ margin: 0, paddingLeft: 18, color: '#a8071a' }}
          >
            {r.problems.map((p) => (
              <li key={p.code + p.field}>{language === 'en' ? p.en : p.vi}</li>
            ))}
          </ul>
        ) : (
          <span>
            {r.statusLabel ? t.pick(r.statusLabel) : ''}
            {r.resultLabel ? ` — ${t.pick(r.resultLabel)}` : ''}
            {r.resolvedOn ? ` (${date(r.resolvedOn)})` : ''}
            {r.dueOn ? ` — ${t('hạn xử lý {date}', { date: date(r.dueOn) })}` : ''}
            {r.trackingCode ? ` — ${r.trackingCode}` : ''}
          </span>
        ),
    },
  ];
  return (
    <>
      <AdminHeader
        title={t('Nhập sổ theo dõi đơn thư cũ')}
        description={t(
          'Nhập sổ tiếp công dân, sổ theo dõi đơn thư đang lưu bằng Excel (.xlsx) hoặc CSV. Xem trước không ghi gì; khi xác nhận, hoặc nhập hết các dòng, hoặc không nhập dòng nào. Dòng đã nhập trước đây được bỏ qua.',
        )}
      />
      <Card>
        <Space wrap align="end">
          <label>
            <Typography.Text strong>{t('Tệp sổ theo dõi (.xlsx, .csv)')}</Typography.Text>
            <br />
            <input
              type="file"
              accept=".xlsx,.csv"
              aria-label={t('Tệp sổ theo dõi (.xlsx, .csv)')}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPreview(null);
                setDone(null);
              }}
            />
          </label>
          <label>
            <Typography.Text strong>{t('Mã đơn vị')}</Typography.Text>
            <Input
              aria-label={t('Mã đơn vị')}
              value={unitCode}
              onChange={(e) => setUnitCode(e.target.value)}
              style={{ width: 140 }}
            />
          </label>
          <Button
            type="primary"
            disabled={!file || !unitCode.trim()}
            loading={previewing.isPending}
            onClick={() => previewing.mutate()}
          >
            {t('Xem trước')}
          </Button>
          {preview && (
            <Button
              type="primary"
              danger={false}
              disabled={preview.errors > 0 || preview.added === 0}
              loading={confirming.isPending}
              onClick={() => confirming.mutate()}
            >
              {t('Xác nhận nhập {n} hồ sơ', { n: preview.added })}
            </Button>
          )}
        </Space>
        <AdminProblem error={previewing.error ?? confirming.error} />
      </Card>
      {shown && (
        <Card style={{ marginTop: 16 }}>
          {done && (
            <Alert
              type="success"
              showIcon
              role="status"
              message={t('Đã nhập {n} hồ sơ từ {file}.', { n: done.added, file: done.fileName })}
            />
          )}
          {preview && preview.errors > 0 && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              message={t(
                'Có {n} dòng lỗi: sửa các dòng này trong tệp rồi xem trước lại. Chưa dòng nào được nhập.',
                { n: preview.errors },
              )}
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {shown.titleLines.join(' · ')}
          </Typography.Paragraph>
          <Space size="large" wrap>
            <Statistic title={t('Số dòng đọc được')} value={shown.read} />
            <Statistic title={done ? t('Đã thêm') : t('Sẽ thêm')} value={shown.added} />
            <Statistic title={t('Bỏ qua (đã nhập trước đây)')} value={shown.skipped} />
            <Statistic title={t('Dòng có lỗi')} value={shown.errors} />
          </Space>
          <Typography.Paragraph style={{ marginTop: 12 }}>
            {t('Cột nhận ra')}:{' '}
            {shown.columns.map((c) => `${c.header} → ${t.pick(c.label)}`).join('; ')}
          </Typography.Paragraph>
          <Table<ImportRow>
            rowKey="row"
            size="small"
            columns={columns}
            dataSource={shown.rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
          />
        </Card>
      )}
    </>
  );
}
