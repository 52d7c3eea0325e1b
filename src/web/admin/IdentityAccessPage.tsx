import { Select, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { useIdentityAccesses, type IdentityAccess } from './api';
import { AdminList, AdminPage } from './AdminList';

type Outcome = IdentityAccess['outcome'];
const OUTCOMES: Outcome[] = ['allowed', 'refused', 'matched'];
const COLOR: Record<Outcome, string> = { allowed: 'blue', refused: 'red', matched: 'gold' };

/** Administration → who touched which denouncer's sealed identity, when, why, allowed or refused. */
export default function IdentityAccessPage() {
  const t = useT();
  const { language } = useLanguage();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const list = useIdentityAccesses(outcome);
  const label: Record<Outcome, string> = {
    allowed: t('Được xem'),
    refused: t('Bị từ chối'),
    matched: t('Khớp khi kiểm tra trùng'),
  };
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
      render: (_, a) => <Tag color={COLOR[a.outcome]}>{label[a.outcome]}</Tag>,
    },
  ];
  return (
    <AdminPage
      title={t('Nhật ký truy cập danh tính người tố cáo')}
      description={t(
        'Mọi lần xem (được phép hoặc bị từ chối) và mọi lần khớp danh tính khi kiểm tra đơn trùng. Không hiển thị danh tính.',
      )}
      extra={
        <Select
          allowClear
          style={{ minWidth: 220 }}
          aria-label={t('Kết quả')}
          placeholder={t('Tất cả kết quả')}
          value={outcome}
          onChange={setOutcome}
          options={OUTCOMES.map((v) => ({ value: v, label: label[v] }))}
        />
      }
    >
      <AdminList
        query={list}
        items={list.data?.items ?? []}
        columns={columns}
        rowKey="seq"
        emptyText={t('Chưa có lần truy cập nào.')}
        table={{ pagination: { pageSize: 50 }, scroll: { x: 800 } }}
      />
    </AdminPage>
  );
}
