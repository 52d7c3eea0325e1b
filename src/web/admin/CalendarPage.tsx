import { Card, Col, InputNumber, Row, Space, Switch, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
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
import { AdminList, AdminPage } from './AdminList';
import { CalendarEntryForm } from './CalendarEntryForm';
import { DAY_REASON_LABELS, DECISION_LABELS } from './labels';
import { AdminProblem, ConfirmButton, RecomputeResult } from './shared';

type Day = CalendarDay & { working?: boolean };

/** Administration → working calendar: the year's days off with reasons and sources; admin entries. */
export default function CalendarPage() {
  const t = useT();
  const { language } = useLanguage();
  const [year, setYear] = useState(new Date().getFullYear());
  const [weekends, setWeekends] = useState(false);
  const [summary, setSummary] = useState<RecomputeSummary | null>(null);
  const calendar = useCalendarYear(year);
  const entries = useCalendarEntries();
  const remove = useRemoveCalendarEntry();

  const days: Day[] = [
    ...(calendar.data?.nonWorkingDays ?? []).filter((d) => weekends || d.reason !== 'weekend'),
    ...(calendar.data?.workingWeekendDays ?? []).map((d) => ({ ...d, working: true })),
  ].sort((a, b) => a.date.localeCompare(b.date));

  const reason = (r: string) => (DAY_REASON_LABELS[r] ? t.pick(DAY_REASON_LABELS[r]) : r);
  const dayColumns: TableColumnsType<Day> = [
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

  const entryDate = ({ data }: CalendarEntry) =>
    'date' in data
      ? formatDate(data.date, language)
      : `${data.annual.day}/${data.annual.month} (${t('hằng năm')})`;
  const entryType = ({ data }: CalendarEntry) => {
    if (!('type' in data)) return t('Ngày lễ bổ sung');
    const label = DECISION_LABELS[data.type];
    return label ? t.pick(label) : data.type;
  };
  const entryColumns: TableColumnsType<CalendarEntry> = [
    { title: t('Ngày'), key: 'date', width: 140, render: (_, e) => entryDate(e) },
    { title: t('Loại mục'), dataIndex: 'type', width: 200, render: (_, e) => entryType(e) },
    { title: t('Tên'), key: 'name', render: (_, e) => t.pick(e.data.name) },
    { title: t('Căn cứ'), key: 'source', render: (_, e) => e.data.source },
    {
      title: t('Thao tác'),
      key: 'actions',
      width: 110,
      render: (_, e) => (
        <ConfirmButton
          danger
          title={t('Gỡ mục này khỏi lịch? Các thời hạn đang mở sẽ được tính lại.')}
          okText={t('Gỡ bỏ')}
          onConfirm={() => remove.mutate(e.id, { onSuccess: (r) => setSummary(r.recompute) })}
        >
          {t('Gỡ bỏ')}
        </ConfirmButton>
      ),
    },
  ];
  const active = (entries.data?.items ?? []).filter((e) => !e.removedAt);

  return (
    <AdminPage
      title={t('Lịch làm việc')}
      description={t(
        'Ngày nghỉ lễ, Tết, nghỉ bù và làm bù dùng để tính thời hạn giải quyết đơn. Mỗi thay đổi tính lại các thời hạn đang mở.',
      )}
    >
      <RecomputeResult summary={summary} />
      <AdminProblem error={remove.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <AdminList
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
            query={calendar}
            items={days}
            columns={dayColumns}
            rowKey={(d) => d.date + d.reason}
            emptyText={t('Không có ngày nghỉ nào.')}
            table={{ size: 'small' }}
          />
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('Thêm ngày lễ hoặc quyết định')}>
            <CalendarEntryForm onSaved={setSummary} />
          </Card>
        </Col>
        <Col span={24}>
          <AdminList
            title={t('Các mục do quản trị viên thêm')}
            query={entries}
            items={active}
            columns={entryColumns}
            rowKey="id"
            emptyText={t('Chưa có mục nào.')}
            table={{ size: 'small' }}
            testId="calendar-entries"
          />
        </Col>
      </Row>
    </AdminPage>
  );
}
