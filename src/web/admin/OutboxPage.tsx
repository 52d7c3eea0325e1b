import { Button, Select, Tag, message, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiProblem } from '../api/client';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { useOutbox, useRetryDelivery, type Delivery, type DeliveryState } from './api';
import { AdminList, AdminPage } from './AdminList';
import { DELIVERY_STATES, DELIVERY_STATE_COLORS, DELIVERY_STATE_LABELS } from './labels';
import { timeOfDay } from './shared';

/** Administration → notification delivery states (e-mail, SMS, Zalo): state, attempts, next attempt, last error; send a failed one again. */
export default function OutboxPage() {
  const t = useT();
  const { language } = useLanguage();
  const [toast, holder] = message.useMessage();
  const [state, setState] = useState<DeliveryState | undefined>(undefined);
  const list = useOutbox(state);
  const retry = useRetryDelivery();
  const resend = (id: string) =>
    retry.mutate(id, {
      onSuccess: () => void toast.success(t('Đã đưa thư vào hàng đợi gửi lại.')),
      onError: (e) =>
        void toast.error(isApiProblem(e) ? t.pick(e.userMessage) : t('Không gửi lại được.')),
    });
  const at = (v: string | null) => (v ? `${formatDate(v, language)} ${timeOfDay(v)}` : '');
  const stateOption = (s: DeliveryState) => {
    const item = list.data?.items.find((i) => i.state === s);
    const n = list.data?.counts[s];
    const known = DELIVERY_STATE_LABELS[s];
    const label = item ? t.pick(item.stateLabel) : known ? t.pick(known) : s;
    return { value: s, label: n === undefined ? label : `${label} (${n})` };
  };
  const columns: TableColumnsType<Delivery> = [
    { title: t('Tạo lúc'), dataIndex: 'createdAt', width: 150, render: (v: string) => at(v) },
    {
      title: t('Loại thông báo'),
      dataIndex: 'kind',
      width: 190,
      // The code only as the administrator's detail (tooltip), the label in words.
      render: (_, d) => <span title={d.kind}>{t.pick(d.kindLabel)}</span>,
    },
    {
      title: t('Kênh'),
      dataIndex: 'channel',
      width: 110,
      render: (_, d) => t.pick(d.channelLabel),
    },
    {
      title: t('Người nhận'),
      dataIndex: 'recipientName',
      width: 180,
      render: (_, d) =>
        d.recipientType === 'staff' ? (d.recipientName ?? t('Cán bộ')) : t('Người gửi đơn'),
    },
    {
      title: t('Mã hồ sơ'),
      dataIndex: 'trackingCode',
      width: 140,
      render: (_, d) =>
        d.petitionId && d.trackingCode ? (
          <Link to={`/petitions/${d.petitionId}`}>{d.trackingCode}</Link>
        ) : (
          ''
        ),
    },
    {
      title: t('Trạng thái'),
      dataIndex: 'state',
      width: 190,
      render: (_, d) => <Tag color={DELIVERY_STATE_COLORS[d.state]}>{t.pick(d.stateLabel)}</Tag>,
    },
    { title: t('Số lần thử'), dataIndex: 'attempts', width: 90 },
    {
      title: t('Lần thử tiếp theo'),
      dataIndex: 'nextAttemptAt',
      width: 150,
      render: (v: string | null) => at(v),
    },
    { title: t('Lỗi gần nhất'), dataIndex: 'lastError' },
    {
      title: t('Thao tác'),
      key: 'actions',
      width: 110,
      render: (_, d) =>
        d.retryable ? (
          <Button
            size="small"
            loading={retry.isPending && retry.variables === d.id}
            onClick={() => resend(d.id)}
          >
            {t('Gửi lại')}
          </Button>
        ) : null,
    },
  ];
  return (
    <AdminPage
      title={t('Tình trạng gửi thông báo')}
      description={t(
        'Thư điện tử, SMS và Zalo gửi cho cán bộ và người dân: trạng thái, số lần thử, lần thử tiếp theo và lỗi gần nhất. Không hiển thị địa chỉ nhận và nội dung thư.',
      )}
      extra={
        <Select
          allowClear
          style={{ minWidth: 260 }}
          aria-label={t('Trạng thái')}
          placeholder={t('Tất cả trạng thái')}
          value={state}
          onChange={setState}
          options={DELIVERY_STATES.map(stateOption)}
        />
      }
    >
      {holder}
      <AdminList
        query={list}
        items={list.data?.items ?? []}
        columns={columns}
        rowKey="id"
        emptyText={t('Chưa có thư nào.')}
        table={{ pagination: { pageSize: 50 }, scroll: { x: 1300 } }}
      />
    </AdminPage>
  );
}
