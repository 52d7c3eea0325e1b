import {
  Button,
  Card,
  Col,
  InputNumber,
  Popconfirm,
  Row,
  Space,
  Switch,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import {
  useCalendarEntries,
  useCalendarYear,
  useRemoveCalendarEntry,
  type CalendarDay,
  type CalendarEntry,
  type RecomputeSummary,
} from './api';
import { CalendarEntryForm } from './CalendarEntryForm';
import { DAY_REASON_LABELS, DECISION_LABELS } from './labels';
import { AdminHeader, AdminProblem, RecomputeResult } from './shared';

/** Administration → working calendar: the year's days off with reasons and sources; admin entries. */
export default function CalendarPage() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('Lịch làm việc'));
  const [year, setYear] = useState(new Date().getFullYear());
  const [weekends, setWeekends] = useState(false);
  const [summary, setSummary] = useState<RecomputeSummary | null>(null);
  const calendar = useCalendarYear(year);
  const entries = useCalendarEntries();
  const remove = useRemoveCalendarEntry();

  const days: (CalendarDay & { working?: boolean })[] = [
    ...(calendar.data?.nonWorkingDays ?? []).filter((d) => weekends || d.reason !== 'weekend'),
    ...(calendar.data?.workingWeekendDays ?? []).map((d) => ({ ...d, working: true })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  const reason = (r: string) => (DAY_REASON_LABELS[r] ? t.pick(DAY_REASON_LABELS[r]) : r);
  const dayColumns: TableColumnsType<CalendarDay & { working?: boolean }> = [
    {
      title: t('Ngày'),
      dataIndex: 'date',
      width: 120,
      render: (_, d) => formatDate(d.date, language),
    },
    { title: t('Tên'), dataIndex: 'name', render: (_, d) => t.pick(d.name) },
    {
      title: t('Lý do'),
      dataIndex: 'reason',
      width: 180,
      render: (_, d) => (
        <Tag color={d.working ? 'blue' : d.reason === 'weekend' ? 'default' : 'red'}>
          {reason(d.reason)}
        </Tag>
      ),
    },
    { title: t('Căn cứ'), dataIndex: 'source' },
  ];

  const entryDate = (e: CalendarEntry) =>
    e.data.date
      ? formatDate(e.data.date, language)
      : e.data.annual
        ? `${e.data.annual.day}/${e.data.annual.month} (${t('hằng năm')})`
        : '—';
  const entryColumns: TableColumnsType<CalendarEntry> = [
    { title: t('Ngày'), key: 'date', width: 140, render: (_, e) => entryDate(e) },
    {
      title: t('Loại mục'),
      dataIndex: 'type',
      width: 200,
      render: (_, e) =>
        e.type === 'decision'
          ? t.pick(
              DECISION_LABELS[e.data.decisionType ?? ''] ?? {
                vi: e.data.decisionType ?? '',
                en: e.data.decisionType ?? '',
              },
            )
          : t('Ngày lễ bổ sung'),
    },
    { title: t('Tên'), key: 'name', render: (_, e) => (e.data.name ? t.pick(e.data.name) : '—') },
    { title: t('Căn cứ'), key: 'source', render: (_, e) => e.data.source ?? '—' },
    {
      title: t('Thao tác'),
      key: 'actions',
      width: 110,
      render: (_, e) => (
        <Popconfirm
          title={t('Gỡ mục này khỏi lịch? Các thời hạn đang mở sẽ được tính lại.')}
          okText={t('Gỡ bỏ')}
          cancelText={t('Hủy')}
          onConfirm={() => remove.mutate(e.id, { onSuccess: (r) => setSummary(r.recompute) })}
        >
          <Button size="small" danger>
            {t('Gỡ bỏ')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  const active = (entries.data?.items ?? []).filter((e) => !e.removedAt);

  return (
    <div className="dv-page">
      <AdminHeader
        title={t('Lịch làm việc')}
        description={t(
          'Ngày nghỉ lễ, Tết, nghỉ bù và làm bù dùng để tính thời hạn giải quyết đơn. Mỗi thay đổi tính lại các thời hạn đang mở.',
        )}
      />
      <RecomputeResult summary={summary} />
      <AdminProblem error={remove.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card
            title={t('Ngày nghỉ năm {year}', { year })}
            extra={
              <Space wrap>
                <InputNumber
                  aria-label={t('Năm')}
                  min={1900}
                  max={2100}
                  precision={0}
                  value={year}
                  onChange={(v) => v && setYear(v)}
                />
                <Switch
                  checked={weekends}
                  onChange={setWeekends}
                  aria-label={t('Hiện cả cuối tuần')}
                />
                <span>{t('Hiện cả cuối tuần')}</span>
              </Space>
            }
          >
            <QueryState
              query={calendar}
              isEmpty={days.length === 0}
              emptyText={t('Không có ngày nghỉ nào.')}
            >
              <Table
                rowKey={(d) => d.date + d.reason}
                size="small"
                columns={dayColumns}
                dataSource={days}
                pagination={false}
              />
            </QueryState>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('Thêm ngày lễ hoặc quyết định')}>
            <CalendarEntryForm onSaved={setSummary} />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('Các mục do quản trị viên thêm')}>
            <QueryState
              query={entries}
              isEmpty={active.length === 0}
              emptyText={t('Chưa có mục nào.')}
            >
              <Table
                rowKey="id"
                size="small"
                columns={entryColumns}
                dataSource={active}
                pagination={false}
                data-testid="calendar-entries"
              />
            </QueryState>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
