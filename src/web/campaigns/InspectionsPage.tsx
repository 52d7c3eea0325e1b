import { Button, Card, Drawer, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useCan } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { useInspections, useMyFindings } from './api';
import { InspectionForm } from './InspectionForm';
import { statusTone } from './labels';
import { PageFrame, StatusPill, useDate } from './shared';
import type { Finding, InspectionListItem } from './types';

/** Inspection delegations the official belongs to or whose targets are their units. */
export default function InspectionsPage() {
  const t = useT();
  const date = useDate();
  const inspections = useInspections();
  const canManage = useCan('inspection.manage');
  const canAnswerFindings = useCan('inspection.answer');
  const canReport = useCan('campaign.report');
  const canAnswer = canAnswerFindings || canReport;
  const [creating, setCreating] = useState(false);
  const items = inspections.data?.items ?? [];

  const columns: TableColumnsType<InspectionListItem> = [
    {
      title: t('Đoàn kiểm tra'),
      key: 'title',
      render: (_, i) => (
        <>
          <Link to={`/inspections/${i.id}`}>{i.title}</Link>
          {i.isMember && <Tag className="dv-cp-tag-gap">{t('Bạn là thành viên')}</Tag>}
          {i.sample && <Tag color="gold">{t('Mẫu')}</Tag>}
        </>
      ),
    },
    {
      title: t('Quyết định'),
      key: 'decision',
      width: 240,
      render: (_, i) => (
        <>
          {i.decisionNumber}
          <div className="dv-cp-muted">
            {date(i.decisionDate)} · {i.issuingBody}
          </div>
        </>
      ),
    },
    {
      title: t('Đơn vị được kiểm tra'),
      key: 'targets',
      width: 260,
      render: (_, i) => i.targets.map((u) => u.name).join(', '),
    },
  ];

  return (
    <PageFrame
      title={t('Đoàn kiểm tra')}
      subtitle={t(
        'Các đoàn kiểm tra việc thực hiện công tác dân vận: buổi làm việc, yêu cầu làm rõ, kiến nghị.',
      )}
      extra={
        canManage && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('Thành lập đoàn kiểm tra')}
          </Button>
        )
      }
    >
      <div className="dv-cp-stack">
        {canAnswer && <MyFindings />}
        <Card title={t('Danh sách đoàn')}>
          <QueryState
            query={inspections}
            isEmpty={items.length === 0}
            emptyText={
              canManage
                ? t('Chưa có đoàn kiểm tra nào. Bấm "Thành lập đoàn kiểm tra" để bắt đầu.')
                : t('Chưa có đoàn kiểm tra nào làm việc với đơn vị của bạn.')
            }
          >
            <Table<InspectionListItem>
              rowKey="id"
              columns={columns}
              dataSource={items}
              pagination={{ hideOnSinglePage: true, pageSize: 20 }}
              scroll={{ x: 800 }}
            />
          </QueryState>
        </Card>
      </div>
      <Drawer
        open={creating}
        onClose={() => setCreating(false)}
        title={t('Thành lập đoàn kiểm tra')}
        size={560}
        destroyOnHidden
      >
        <InspectionForm onDone={() => setCreating(false)} />
      </Drawer>
    </PageFrame>
  );
}

/** What the delegations asked of the official's units and is still open. */
function MyFindings() {
  const t = useT();
  const date = useDate();
  const findings = useMyFindings();
  const items = findings.data?.items ?? [];
  return (
    <Card title={t('Việc đơn vị cần thực hiện')}>
      <QueryState
        query={findings}
        isEmpty={items.length === 0}
        emptyText={t('Không có yêu cầu làm rõ hay kiến nghị nào đang chờ đơn vị của bạn.')}
      >
        <Table<Finding>
          rowKey="id"
          size="small"
          pagination={{ hideOnSinglePage: true, pageSize: 10 }}
          dataSource={items}
          scroll={{ x: 700 }}
          columns={[
            { title: t('Loại'), key: 'kind', width: 160, render: (_, f) => t.pick(f.kindLabel) },
            {
              title: t('Nội dung'),
              key: 'text',
              render: (_, f) => <Link to={`/findings/${f.id}`}>{f.text}</Link>,
            },
            {
              title: t('Hạn'),
              key: 'due',
              width: 150,
              render: (_, f) => (
                <>
                  {date(f.dueOn)}
                  {f.overdue && <div className="dv-cp-overdue-text">{t('Quá hạn')}</div>}
                </>
              ),
            },
            {
              title: t('Tình trạng'),
              key: 'status',
              width: 200,
              render: (_, f) => (
                <StatusPill
                  label={t.pick(f.statusLabel)}
                  tone={f.overdue ? 'warn' : (statusTone[f.status] ?? 'new')}
                />
              ),
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
