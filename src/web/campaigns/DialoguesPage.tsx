import { Button, Card, Drawer, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useCan } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { useDialogues } from './api';
import { DialogueForm } from './DialogueForm';
import { statusTone } from './labels';
import { PageFrame, StatusPill, useDate } from './shared';
import type { Dialogue } from './types';

/** Citizen dialogue conferences: schedule, notice rule, results publication and commitments. */
export default function DialoguesPage() {
  const t = useT();
  const date = useDate();
  const dialogues = useDialogues();
  const canPlan = useCan('campaign.report');
  const [planning, setPlanning] = useState(false);
  const items = dialogues.data?.items ?? [];
  const rules = dialogues.data?.rules;

  const columns: TableColumnsType<Dialogue> = [
    { title: t('Ngày tổ chức'), key: 'on', width: 130, render: (_, d) => date(d.scheduledOn) },
    {
      title: t('Chủ đề'),
      key: 'topic',
      render: (_, d) => (
        <>
          <Link to={`/dialogues/${d.id}`}>{d.topic}</Link>
          {d.sample && (
            <Tag color="gold" className="dv-cp-tag-gap">
              {t('Mẫu')}
            </Tag>
          )}
          {d.warnings.map((w) => (
            <div key={w.code} className="dv-cp-overdue-text">
              {t.pick(w)}
            </div>
          ))}
        </>
      ),
    },
    { title: t('Đơn vị'), dataIndex: 'unitName', width: 170 },
    {
      title: t('Tình trạng'),
      key: 'status',
      width: 190,
      render: (_, d) => (
        <StatusPill label={t.pick(d.statusLabel)} tone={statusTone[d.status] ?? 'new'} />
      ),
    },
    {
      title: t('Công khai kết quả'),
      key: 'results',
      width: 200,
      render: (_, d) =>
        d.resultsPublishedOn ? (
          t('Đã công khai {date}', { date: date(d.resultsPublishedOn) })
        ) : d.resultsDueOn ? (
          <span className={d.resultsOverdue ? 'dv-cp-overdue-text' : undefined}>
            {d.resultsOverdue
              ? t('Quá hạn từ {date}', { date: date(d.resultsDueOn) })
              : t('Hạn {date}', { date: date(d.resultsDueOn) })}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('Cam kết'),
      key: 'commitments',
      width: 120,
      render: (_, d) => {
        const open = d.commitments.filter((c) => c.status !== 'done').length;
        return d.commitments.length === 0
          ? '—'
          : t('{open}/{total} chưa xong', { open, total: d.commitments.length });
      },
    },
  ];

  return (
    <PageFrame
      title={t('Hội nghị đối thoại với Nhân dân')}
      subtitle={
        rules &&
        t(
          'Thông báo trước ít nhất {n} ngày; công khai kết quả trong {m} ngày sau hội nghị. Căn cứ: {source}.',
          {
            n: rules.minNoticeDays,
            m: rules.resultsWithinDays,
            source: t.pick(rules.source),
          },
        )
      }
      extra={
        canPlan && (
          <Button type="primary" onClick={() => setPlanning(true)}>
            {t('Lên kế hoạch hội nghị')}
          </Button>
        )
      }
    >
      <Card>
        <QueryState
          query={dialogues}
          isEmpty={items.length === 0}
          emptyText={t(
            'Chưa có hội nghị đối thoại nào. Mỗi xã tổ chức ít nhất một hội nghị mỗi năm.',
          )}
        >
          <Table<Dialogue>
            rowKey="id"
            columns={columns}
            dataSource={items}
            pagination={{ hideOnSinglePage: true, pageSize: 20 }}
            scroll={{ x: 1000 }}
          />
        </QueryState>
      </Card>
      <Drawer
        open={planning}
        onClose={() => setPlanning(false)}
        title={t('Lên kế hoạch hội nghị')}
        size={520}
        destroyOnHidden
      >
        <DialogueForm minNoticeDays={rules?.minNoticeDays ?? 7} onDone={() => setPlanning(false)} />
      </Drawer>
    </PageFrame>
  );
}
