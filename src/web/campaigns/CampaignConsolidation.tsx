import { Card, Space, Table } from 'antd';
import { QueryState } from '../app/QueryState';
import { useLanguage, useT } from '../i18n/i18n-context';
import { campaignApi, useConsolidation } from './api';
import type { Consolidation } from './types';

type Row = Consolidation['indicators'][number];

/**
 * The roll-up of a campaign: every indicator summed and averaged over the units whose report is
 * submitted or signed off, with one column per unit; downloads of the consolidated report.
 */
export function CampaignConsolidation({ id }: { id: string }) {
  const t = useT();
  const { language } = useLanguage();
  const q = useConsolidation(id);
  const data = q.data;
  const counted = data?.units.filter((u) => u.counted) ?? [];
  const num = (v: number | string | null | undefined) =>
    v === null || v === undefined
      ? '—'
      : typeof v === 'number'
        ? v.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')
        : v;

  return (
    <Card
      title={t('Tổng hợp số liệu')}
      extra={
        <Space wrap>
          <a href={campaignApi.consolidatedUrl(id, 'docx')} download>
            {t('Tải báo cáo tổng hợp (.docx)')}
          </a>
          <a href={campaignApi.consolidatedUrl(id, 'xlsx')} download>
            {t('Tải bảng tổng hợp (.xlsx)')}
          </a>
        </Space>
      }
    >
      <QueryState query={q} isEmpty={false} emptyText="">
        {data && (
          <>
            <p className="dv-cp-muted">
              {t('Tổng hợp từ {n}/{total} đơn vị đã gửi hoặc đã ký duyệt báo cáo.', {
                n: data.counted,
                total: data.units.length,
              })}
            </p>
            <Table<Row>
              rowKey="key"
              size="small"
              pagination={false}
              scroll={{ x: 700 }}
              className="dv-cp-consolidation"
              dataSource={data.indicators}
              columns={[
                {
                  title: t('Chỉ tiêu'),
                  key: 'label',
                  render: (_, i) => `${t.pick(i.label)}${i.unit ? ` (${t.pick(i.unit)})` : ''}`,
                },
                ...counted.map((u) => ({
                  title: u.unitName,
                  key: u.unitCode,
                  className: 'dv-cp-number',
                  render: (_: unknown, i: Row) =>
                    num(i.values.find((v) => v.unitCode === u.unitCode)?.value),
                })),
                {
                  title: t('Tổng cộng'),
                  key: 'sum',
                  className: 'dv-cp-number',
                  render: (_, i) => <strong>{num(i.sum)}</strong>,
                },
                {
                  title: t('Bình quân'),
                  key: 'avg',
                  className: 'dv-cp-number',
                  render: (_, i) => num(i.average),
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </Card>
  );
}
