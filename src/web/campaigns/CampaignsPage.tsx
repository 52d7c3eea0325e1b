import { Button, Card, Drawer, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useCan } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { useCampaigns, useOwedReports } from './api';
import { CampaignForm } from './CampaignForm';
import { PageFrame, useDate } from './shared';
import type { Campaign, OwedReport } from './types';

/** Campaigns and movements ("Năm Dân vận chính quyền") the official's units take part in. */
export default function CampaignsPage() {
  const t = useT();
  const date = useDate();
  const campaigns = useCampaigns();
  const items = campaigns.data?.items ?? [];
  const canManage = useCan('campaign.manage');
  const canReport = useCan('campaign.report');
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<Campaign> = [
    {
      title: t('Tên đợt, phong trào'),
      key: 'name',
      render: (_, c) => (
        <>
          <Link to={`/campaigns/${c.id}`}>{t.pick(c.name)}</Link>
          {c.sample && (
            <Tag color="gold" className="dv-cp-sample">
              {t('Mẫu')}
            </Tag>
          )}
          {c.motto && (
            <div className="dv-cp-motto">«{t.pick({ vi: c.motto, en: c.mottoEn ?? c.motto })}»</div>
          )}
        </>
      ),
    },
    {
      title: t('Thời gian'),
      key: 'period',
      width: 220,
      render: (_, c) => `${date(c.periodFrom)} – ${date(c.periodTo)}`,
    },
    {
      title: t('Hạn nộp báo cáo'),
      key: 'due',
      width: 140,
      render: (_, c) => (c.dueOn ? date(c.dueOn) : '—'),
    },
    {
      title: t('Phát động bởi'),
      key: 'launchedBy',
      width: 200,
      render: (_, c) => c.launchedBy ?? c.ownerUnitName ?? '—',
    },
    {
      title: t('Số đơn vị'),
      key: 'units',
      width: 110,
      className: 'dv-cp-number',
      render: (_, c) => c.unitCodes.length,
    },
  ];

  return (
    <PageFrame
      title={t('Đợt, phong trào')}
      subtitle={t('Các đợt thi đua, phong trào mà đơn vị của bạn tham gia và báo cáo định kỳ.')}
      extra={
        canManage && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('Phát động đợt mới')}
          </Button>
        )
      }
    >
      {canReport && <OwedList />}
      <Card>
        <QueryState
          query={campaigns}
          isEmpty={items.length === 0}
          emptyText={t(
            'Chưa có đợt, phong trào nào trong phạm vi của bạn. Khi cấp trên phát động, đợt sẽ hiện ở đây.',
          )}
        >
          <Table<Campaign>
            rowKey="id"
            columns={columns}
            dataSource={items}
            pagination={{ hideOnSinglePage: true, pageSize: 20 }}
            scroll={{ x: 800 }}
          />
        </QueryState>
      </Card>
      <Drawer
        open={creating}
        onClose={() => setCreating(false)}
        title={t('Phát động đợt mới')}
        size={720}
        destroyOnHidden
      >
        <CampaignForm onDone={() => setCreating(false)} />
      </Drawer>
    </PageFrame>
  );
}

/** What the official's units still owe: reports not yet (re)submitted, soonest due first. */
function OwedList() {
  const t = useT();
  const date = useDate();
  const owed = useOwedReports();
  const items = owed.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('Báo cáo đơn vị cần nộp')} style={{ marginBottom: 16 }}>
      <Table<OwedReport>
        rowKey={(o) => `${o.campaignId}-${o.unitCode}`}
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          {
            title: t('Đợt, phong trào'),
            key: 'campaign',
            render: (_, o) => (
              <Link to={o.reportId ? `/unit-reports/${o.reportId}` : `/campaigns/${o.campaignId}`}>
                {t.pick(o.campaignName)}
              </Link>
            ),
          },
          { title: t('Đơn vị'), dataIndex: 'unitName' },
          {
            title: t('Hạn nộp báo cáo'),
            key: 'due',
            render: (_, o) => (
              <>
                {o.dueOn ? date(o.dueOn) : '—'}
                {o.late && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    {t('Quá hạn')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('Tình trạng báo cáo'),
            key: 'state',
            render: (_, o) =>
              o.state === 'none' ? (
                t('Chưa lập báo cáo')
              ) : o.state === 'draft' ? (
                t('Đang soạn thảo')
              ) : (
                <>
                  {t('Bị trả lại để bổ sung')}
                  {o.returnNote && <div className="dv-cp-muted">{o.returnNote}</div>}
                </>
              ),
          },
        ]}
      />
    </Card>
  );
}
