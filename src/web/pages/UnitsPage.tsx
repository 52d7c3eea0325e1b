import { Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { fetchUnits } from '../api/endpoints';
import type { Unit } from '../api/types';
import { DateField } from '../app/DateField';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { formatDate, todayIso } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { levelColors, levelLabel, unitName } from '../units/unit-labels';
import { OPEN_START, UnitIndex, versionKey } from '../units/unit-tree';

/** Administration → Units: the unit list as it stood on a chosen day. */
export default function UnitsPage() {
  const t = useT();
  const { language } = useLanguage();
  const [date, setDate] = useState(todayIso());
  usePageTitle(t('Đơn vị hành chính'));

  const units = useQuery({
    queryKey: ['units', date],
    queryFn: () => fetchUnits(date),
    placeholderData: keepPreviousData,
  });
  const items = units.data?.items ?? [];
  const index = useMemo(() => new UnitIndex(items), [items]);
  const nameOf = (u: Unit | undefined) => (u ? unitName(u, language) : '—');

  const columns: TableColumnsType<Unit> = [
    { title: t('Mã'), dataIndex: 'code', width: 110 },
    {
      title: t('Tên đơn vị'),
      dataIndex: 'fullName',
      render: (_, u) => (language === 'en' && u.nameEn ? u.nameEn : u.fullName || u.name),
    },
    {
      title: t('Cấp'),
      dataIndex: 'level',
      width: 120,
      render: (_, u) => (
        <Tag color={levelColors[u.level] ?? 'default'}>{t.pick(levelLabel(u.level))}</Tag>
      ),
    },
    {
      title: t('Trực thuộc'),
      dataIndex: 'parentCode',
      render: (_, u) => (u.parentCode ? nameOf(index.parentOf(u)) : '—'),
    },
    {
      title: t('Hiệu lực từ'),
      dataIndex: 'validFrom',
      width: 120,
      render: (_, u) => (u.validFrom > OPEN_START ? formatDate(u.validFrom, language) : '—'),
    },
    {
      title: t('Hiệu lực đến'),
      dataIndex: 'validTo',
      width: 120,
      render: (_, u) => formatDate(u.validTo, language) || '—',
    },
    {
      title: t('Kế thừa bởi'),
      dataIndex: 'successorCodes',
      render: (_, u) => index.successorsOf(u).map(nameOf).join(', ') || '—',
    },
  ];

  return (
    <div className="dv-page">
      <header className="dv-page-header">
        <Typography.Title level={1} className="dv-page-title">
          {t('Đơn vị hành chính')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t(
            'Danh mục đơn vị trong phạm vi của bạn theo từng thời điểm, sau các đợt sắp xếp, sáp nhập.',
          )}
        </Typography.Text>
      </header>
      <Card>
        <Space className="dv-toolbar" wrap align="start">
          <DateField label={t('Tại ngày')} value={date} onChange={setDate} />
          {date !== todayIso() && (
            <Button onClick={() => setDate(todayIso())}>{t('Hôm nay')}</Button>
          )}
        </Space>
        <QueryState query={units} isEmpty={false} emptyText="">
          <Table<Unit>
            rowKey={versionKey}
            size="middle"
            columns={columns}
            dataSource={items}
            loading={units.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('Không có đơn vị nào có hiệu lực tại ngày này.') }}
          />
        </QueryState>
      </Card>
    </div>
  );
}
