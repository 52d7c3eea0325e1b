import { Card, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { AdminHeader } from './shared';

/** One access to a sealed identity, as the server lists it (never the identity itself). */
interface IdentityAccess {
  seq: number;
  at: string;
  actorName: string;
  petitionId: string;
  trackingCode: string | null;
  purpose: string | null;
  outcome: 'allowed' | 'refused' | 'matched';
  reason: string | null;
}

/** Administration → who touched which denouncer's sealed identity, when, why, allowed or refused. */
export default function IdentityAccessPage() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('Nhật ký truy cập danh tính người tố cáo'));
  const [outcome, setOutcome] = useState<string | undefined>(undefined);
  const list = useQuery({
    queryKey: ['admin', 'identity-accesses', outcome ?? ''],
    queryFn: () =>
      api.get<{ items: IdentityAccess[]; nextBefore: number | null }>(
        '/api/v1/admin/identity-accesses',
        { query: { outcome } },
      ),
  });
  const label = {
    allowed: t('Được xem'),
    refused: t('Bị từ chối'),
    matched: t('Khớp khi kiểm tra trùng'),
  };
  const color = { allowed: 'blue', refused: 'red', matched: 'gold' };
  const columns: TableColumnsType<IdentityAccess> = [
    {
      title: t('Thời điểm'),
      dataIndex: 'at',
      width: 170,
      render: (v: string) => `${formatDate(v, language)} ${v.slice(11, 16)}`,
    },
    { title: t('Người truy cập'), dataIndex: 'actorName', width: 200 },
    { title: t('Mã hồ sơ'), dataIndex: 'trackingCode', width: 140 },
    { title: t('Mục đích'), dataIndex: 'purpose' },
    {
      title: t('Kết quả'),
      dataIndex: 'outcome',
      width: 190,
      render: (_, a) => <Tag color={color[a.outcome]}>{label[a.outcome]}</Tag>,
    },
  ];
  return (
    <>
      <AdminHeader
        title={t('Nhật ký truy cập danh tính người tố cáo')}
        description={t(
          'Mọi lần xem (được phép hoặc bị từ chối) và mọi lần khớp danh tính khi kiểm tra đơn trùng. Không hiển thị danh tính.',
        )}
        extra={
          <Select
            allowClear
            style={{ minWidth: 220 }}
            placeholder={t('Tất cả kết quả')}
            value={outcome}
            onChange={setOutcome}
            options={(['allowed', 'refused', 'matched'] as const).map((v) => ({
              value: v,
              label: label[v],
            }))}
          />
        }
      />
      <Card>
        <QueryState
          query={list}
          isEmpty={(list.data?.items.length ?? 0) === 0}
          emptyText={t('Chưa có lần truy cập nào.')}
        >
          <Table
            rowKey="seq"
            size="middle"
            columns={columns}
            dataSource={list.data?.items ?? []}
            pagination={{ pageSize: 50 }}
            scroll={{ x: 800 }}
          />
        </QueryState>
      </Card>
    </>
  );
}
