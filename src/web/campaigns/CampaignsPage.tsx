import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useT } from '../i18n/i18n-context';
import { useCampaigns } from './api';
import { PageFrame, useDate } from './shared';
import type { Campaign } from './types';

/** Campaigns and movements ("Năm Dân vận chính quyền") the official's units take part in. */
export default function CampaignsPage() {
  const t = useT();
  const date = useDate();
  const campaigns = useCampaigns();
  const items = campaigns.data?.items ?? [];

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
          {c.motto && <div className="dv-cp-motto">«{c.motto}»</div>}
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
      title: t('Phát động bởi'),
      dataIndex: 'launchedBy',
      width: 200,
      render: (v: string | null) => v ?? '—',
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
    >
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
    </PageFrame>
  );
}
