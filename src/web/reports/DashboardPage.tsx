import { Card, Select, Table } from 'antd';
import { useMemo, useState } from 'react';
import { DateInput } from '../app/DateInput';
import { QueryState } from '../app/QueryState';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { useScopeUnits } from '../campaigns/api';
import { PageFrame, useDate, usePercent } from '../campaigns/shared';
import { useDashboard, type Dashboard } from './api';
import { EChart } from './EChart';
import { unitOptions } from './unit-options';

const BLUE = '#0b4f9c';
const GREEN = '#389e0d';
const RED = '#c8102e';

/** Petition dashboard: 12-month trend, topics, units, on-time rate, overdue cases, officers. */
export default function DashboardPage() {
  const t = useT();
  const date = useDate();
  const percent = usePercent();
  const { user } = useSession();
  // An administrator has no unit ('*'): the server's default (the whole system) until one is chosen.
  const [unit, setUnit] = useState<string | undefined>(
    user.unit.code === '*' ? undefined : user.unit.code,
  );
  const [to, setTo] = useState<string | undefined>();
  const units = useScopeUnits(to);
  const dashboard = useDashboard(unit, to);
  const d = dashboard.data;

  return (
    <PageFrame
      title={t('Bảng điều khiển')}
      subtitle={t('Tình hình tiếp nhận, giải quyết đơn thư trong 12 tháng gần nhất.')}
    >
      <div className="dv-cp-stack">
        <Card>
          <div className="dv-rp-filters">
            <div>
              <label htmlFor="db-unit">{t('Đơn vị')}</label>
              <Select
                id="db-unit"
                style={{ width: 260 }}
                showSearch={{ optionFilterProp: 'label' }}
                value={unit}
                placeholder={t('Toàn hệ thống')}
                onChange={setUnit}
                options={unitOptions(units.data?.items, unit, [dashboard.data?.unit, user.unit])}
              />
            </div>
            <div>
              <label htmlFor="db-to">{t('Đến ngày')}</label>
              <DateInput id="db-to" value={to} onChange={setTo} />
            </div>
          </div>
        </Card>
        <QueryState query={dashboard} isEmpty={false} emptyText="">
          {d && (
            <>
              <p className="dv-cp-muted">
                {d.unit.name} ·{' '}
                {t('Từ ngày {from} đến ngày {to}', { from: date(d.from), to: date(d.to) })}
              </p>
              <div className="dv-rp-kpis">
                <Kpi label={t('Tổng số đơn')} value={String(d.totals.total)} />
                <Kpi label={t('Tiếp nhận mới')} value={String(d.totals.newReceived)} />
                <Kpi label={t('Kỳ trước chuyển sang')} value={String(d.totals.carriedOver)} />
                <Kpi label={t('Đã giải quyết')} value={String(d.totals.byStatus.resolved)} />
                <Kpi label={t('Tỷ lệ giải quyết')} value={percent(d.totals.resolutionRate)} />
                <Kpi label={t('Giải quyết đúng hạn')} value={percent(d.totals.onTimeRate)} />
                <Kpi label={t('Quá hạn')} value={String(d.totals.overdue)} />
              </div>
              <Charts data={d} />
              {/* The card's count and the list come from the same query (dashboard.ts). */}
              <Card title={t('Đơn quá hạn ({n})', { n: d.totals.overdue })}>
                {d.overdue.length < d.totals.overdue && (
                  <p className="dv-cp-muted">
                    {t('Hiển thị {n} đơn quá hạn lâu nhất.', { n: d.overdue.length })}
                  </p>
                )}
                <Table
                  rowKey="id"
                  size="small"
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  dataSource={d.overdue}
                  scroll={{ x: 600 }}
                  locale={{ emptyText: t('Không có đơn nào quá hạn.') }}
                  columns={[
                    { title: t('Mã theo dõi'), dataIndex: 'trackingCode', width: 160 },
                    {
                      title: t('Hạn'),
                      dataIndex: 'dueOn',
                      width: 120,
                      render: (v: string) => date(v),
                    },
                    {
                      title: t('Lĩnh vực'),
                      key: 'topic',
                      render: (_, o) => topicName(d, o.topicCode, t.pick),
                    },
                    { title: t('Mã đơn vị'), dataIndex: 'unitCode', width: 110 },
                  ]}
                />
              </Card>
              {d.byOfficer && (
                <Card title={t('Theo cán bộ xử lý')}>
                  <Table
                    rowKey={(r) => r.officerId ?? 'none'}
                    size="small"
                    pagination={{ pageSize: 10, hideOnSinglePage: true }}
                    dataSource={d.byOfficer}
                    scroll={{ x: 600 }}
                    locale={{ emptyText: t('Chưa có đơn nào được giao cán bộ xử lý.') }}
                    columns={[
                      {
                        title: t('Cán bộ'),
                        dataIndex: 'officerName',
                        render: (v: string | null) => v ?? '—',
                      },
                      {
                        title: t('Cơ quan'),
                        key: 'agency',
                        width: 220,
                        render: (
                          _: unknown,
                          r: Dashboard['byOfficer'] extends (infer R)[] | null ? R : never,
                        ) => (r.agencyName ? t.pick(r.agencyName) : '—'),
                      },
                      {
                        title: t('Đang xử lý'),
                        dataIndex: 'open',
                        width: 110,
                        className: 'dv-cp-number',
                      },
                      {
                        title: t('Quá hạn'),
                        dataIndex: 'overdue',
                        width: 100,
                        className: 'dv-cp-number',
                      },
                      {
                        title: t('Đã giải quyết'),
                        dataIndex: 'resolved',
                        width: 120,
                        className: 'dv-cp-number',
                      },
                    ]}
                  />
                </Card>
              )}
            </>
          )}
        </QueryState>
      </div>
    </PageFrame>
  );
}

function topicName(
  d: Dashboard,
  code: string | null,
  pick: (l: { vi: string; en: string }) => string,
): string {
  const topic = d.byTopic.find((x) => x.code === code);
  return topic ? pick(topic.label) : (code ?? '—');
}

function Charts({ data: d }: { data: Dashboard }) {
  const t = useT();
  const received = t('Tiếp nhận');
  const resolved = t('Đã giải quyết');
  const trend = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 12, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: d.trend.map((m) => `${m.month.slice(5)}/${m.month.slice(0, 4)}`),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: received,
          type: 'line',
          data: d.trend.map((m) => m.received),
          color: BLUE,
          symbolSize: 7,
        },
        {
          name: resolved,
          type: 'line',
          data: d.trend.map((m) => m.resolved),
          color: GREEN,
          symbol: 'diamond',
          symbolSize: 8,
          lineStyle: { type: 'dashed' },
        },
      ],
    }),
    [d, received, resolved],
  );
  const topics = [...d.byTopic].filter((x) => x.count > 0).sort((a, b) => a.count - b.count);
  const byTopic = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 10, bottom: 20, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: topics.map((x) => t.pick(x.label)),
        // Long topic names wrap instead of being cut ("Bồi thường, hỗ trợ, tái định cư k…").
        axisLabel: { width: 180, overflow: 'break', lineHeight: 14 },
      },
      series: [
        {
          type: 'bar',
          data: topics.map((x) => x.count),
          color: BLUE,
          label: { show: true, position: 'right' },
        },
      ],
    }),
    [topics, t],
  );
  const byUnit = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 12, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: d.byUnit.map((u) => u.name),
        // Every unit's name shown: up to five wrap under their bars; more are slanted and, when
        // longer than the room, shortened with the full name in the tooltip (trigger: axis).
        axisLabel:
          d.byUnit.length > 5
            ? { interval: 0, rotate: 30, width: 120, overflow: 'truncate' }
            : { interval: 0, width: 90, overflow: 'break', lineHeight: 14 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('Tổng số'), type: 'bar', data: d.byUnit.map((u) => u.total), color: BLUE },
        { name: resolved, type: 'bar', data: d.byUnit.map((u) => u.resolved), color: GREEN },
        { name: t('Quá hạn'), type: 'bar', data: d.byUnit.map((u) => u.overdue), color: RED },
      ],
    }),
    [d, t, resolved],
  );
  return (
    <div className="dv-rp-charts">
      <Card title={t('Xu hướng theo tháng')} className="dv-rp-wide">
        <EChart
          option={trend}
          label={t('Biểu đồ số đơn tiếp nhận và đã giải quyết theo tháng')}
          legend={[
            { name: received, color: BLUE },
            { name: resolved, color: GREEN, dashed: true },
          ]}
        />
      </Card>
      <Card title={t('Theo lĩnh vực')}>
        <EChart option={byTopic} label={t('Biểu đồ số đơn theo lĩnh vực')} />
      </Card>
      <Card title={t('Theo đơn vị trực thuộc')}>
        {d.byUnit.length === 0 ? (
          <p className="dv-cp-muted">{t('Đơn vị này không có đơn vị trực thuộc.')}</p>
        ) : (
          <EChart
            option={byUnit}
            label={t('Biểu đồ số đơn theo đơn vị trực thuộc')}
            legend={[
              { name: t('Tổng số'), color: BLUE },
              { name: resolved, color: GREEN },
              { name: t('Quá hạn'), color: RED },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <div className="dv-rp-kpi">
      <div className="dv-rp-kpi-label">{label}</div>
      <div className="dv-rp-kpi-value">{value}</div>
    </div>
  );
}
