import { Alert, Card, Space, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import type { ImportResult, ImportRow } from './api';

/** The preview (nothing written yet) or the outcome of a register import: counts, columns, rows. */
export function ImportResultCard({
  preview,
  done,
}: {
  preview: ImportResult | null;
  done: ImportResult | null;
}) {
  const t = useT();
  const { language } = useLanguage();
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
  if (!shown) return null;
  return (
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
  );
}
