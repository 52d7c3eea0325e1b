import { Button, Card, Radio, Select, Space, Table } from 'antd';
import { useSearchParams } from 'react-router';
import { DateInput } from '../app/DateInput';
import { QueryState } from '../app/QueryState';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { useScopeUnits } from '../campaigns/api';
import { PageFrame, useDate, usePercent } from '../campaigns/shared';
import { exportUrl, usePeriods, useSummary, type SummaryParams } from './api';
import { SummaryTable } from './SummaryTable';
import { unitOptions } from './unit-options';

const PERIOD_KINDS = ['quarter', 'six_months', 'nine_months', 'year', 'month'];

/** Biểu 01/XLD on screen: unit, period (official or custom range), structure; export. */
export default function SummaryReportPage() {
  const t = useT();
  const date = useDate();
  const percent = usePercent();
  const { user } = useSession();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || new Date().getFullYear();
  const mode = search.get('period')
    ? 'period'
    : search.get('from') || search.get('mode') === 'range'
      ? 'range'
      : 'period';
  const params: SummaryParams = {
    unit: search.get('unit') ?? (user.unit.code === '*' ? undefined : user.unit.code),
    structure: search.get('structure') === 'current' ? 'current' : 'historical',
    ...(mode === 'period'
      ? { period: search.get('period') ?? undefined }
      : { from: search.get('from') ?? undefined, to: search.get('to') ?? undefined }),
  };
  const ready = mode === 'period' ? !!params.period : !!(params.from && params.to);
  const summary = useSummary(params, ready);
  const periods = usePeriods(year);
  const units = useScopeUnits(params.to ?? undefined);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setSearch(next, { replace: true });
  };
  const r = summary.data;
  const total = r?.total;

  return (
    <PageFrame
      title={t('Báo cáo tổng hợp xử lý đơn')}
      subtitle={t('Theo mẫu Biểu số 01/XLD, Thông tư 01/2024/TT-TTCP.')}
    >
      <div className="dv-cp-stack">
        <Card>
          <div className="dv-rp-filters">
            <div>
              <label htmlFor="rp-unit">{t('Đơn vị')}</label>
              <Select
                id="rp-unit"
                style={{ width: 260 }}
                showSearch={{ optionFilterProp: 'label' }}
                value={params.unit}
                placeholder={t('Toàn hệ thống')}
                loading={units.isPending}
                onChange={(v) => set({ unit: v })}
                options={unitOptions(units.data?.items, params.unit, [r?.unit, user.unit])}
              />
            </div>
            <div>
              <span id="rp-mode-label" className="dv-rp-label">
                {t('Kỳ báo cáo')}
              </span>
              <Radio.Group
                aria-labelledby="rp-mode-label"
                optionType="button"
                value={mode}
                onChange={(e) =>
                  e.target.value === 'range'
                    ? set({ period: undefined, mode: 'range' })
                    : set({ from: undefined, to: undefined, mode: undefined })
                }
                options={[
                  { value: 'period', label: t('Theo kỳ') },
                  { value: 'range', label: t('Khoảng ngày tùy chọn') },
                ]}
              />
            </div>
            {mode === 'period' ? (
              <>
                <div>
                  <label htmlFor="rp-year">{t('Năm')}</label>
                  <Select
                    id="rp-year"
                    style={{ width: 100 }}
                    value={year}
                    onChange={(v) => set({ year: String(v), period: undefined })}
                    options={Array.from({ length: 10 }, (_, i) => new Date().getFullYear() - i).map(
                      (y) => ({ value: y, label: String(y) }),
                    )}
                  />
                </div>
                <div>
                  <label htmlFor="rp-period">{t('Kỳ')}</label>
                  <Select
                    id="rp-period"
                    style={{ width: 340 }}
                    placeholder={t('Chọn kỳ báo cáo')}
                    value={params.period}
                    loading={periods.isPending}
                    onChange={(v) => set({ period: v })}
                    options={[...(periods.data?.items ?? [])]
                      .sort((a, b) => PERIOD_KINDS.indexOf(a.kind) - PERIOD_KINDS.indexOf(b.kind))
                      .map((p) => ({ value: p.id, label: t.pick(p.label) }))}
                  />
                </div>
              </>
            ) : (
              <>
                <div>
                  <label htmlFor="rp-from">{t('Từ ngày')}</label>
                  <DateInput id="rp-from" value={params.from} onChange={(v) => set({ from: v })} />
                </div>
                <div>
                  <label htmlFor="rp-to">{t('Đến ngày')}</label>
                  <DateInput id="rp-to" value={params.to} onChange={(v) => set({ to: v })} />
                </div>
              </>
            )}
            <div>
              <span id="rp-structure-label" className="dv-rp-label">
                {t('Cơ cấu đơn vị')}
              </span>
              <Radio.Group
                aria-labelledby="rp-structure-label"
                optionType="button"
                value={params.structure}
                onChange={(e) =>
                  set({ structure: e.target.value === 'current' ? 'current' : undefined })
                }
                options={[
                  { value: 'historical', label: t('Theo đơn vị lúc tiếp nhận') },
                  { value: 'current', label: t('Theo đơn vị hiện nay') },
                ]}
              />
            </div>
          </div>
        </Card>

        {!ready ? (
          <Card>
            <p className="dv-cp-muted">
              {t(
                'Chọn kỳ báo cáo (quý, 6 tháng, 9 tháng, năm) hoặc nhập khoảng ngày để xem báo cáo.',
              )}
            </p>
          </Card>
        ) : (
          <QueryState query={summary} isEmpty={false} emptyText="">
            {r && total && (
              <>
                <div className="dv-rp-kpis" aria-live="polite">
                  <Kpi label={t('Tổng số đơn')} value={String(total.total)} testId="kpi-total" />
                  <Kpi
                    label={t('Đã giải quyết')}
                    value={String(total.byStatus.resolved)}
                    testId="kpi-resolved"
                  />
                  <Kpi
                    label={t('Tỷ lệ giải quyết')}
                    value={percent(total.resolutionRate)}
                    note={`${total.byStatus.resolved}/${total.withinAuthority} ${t('đơn thuộc thẩm quyền')}`}
                    testId="kpi-rate"
                  />
                  <Kpi label={t('Đang giải quyết')} value={String(total.byStatus.inProgress)} />
                  <Kpi
                    label={t('Giải quyết đúng hạn')}
                    value={percent(total.onTimeRate)}
                    note={`${total.onTime}/${total.resolvedInPeriod}`}
                  />
                  <Kpi label={t('Quá hạn')} value={String(total.overdue)} />
                </div>
                <Card
                  title={t('Biểu số 01/XLD')}
                  extra={
                    <Space wrap>
                      <Button href={exportUrl(params, 'xlsx')} download>
                        {t('Tải Excel (.xlsx)')}
                      </Button>
                      <Button href={exportUrl(params, 'csv')} download>
                        {t('Tải CSV')}
                      </Button>
                      <Button onClick={() => window.print()}>{t('In')}</Button>
                    </Space>
                  }
                >
                  <h2 className="dv-rp-form-title">{t('TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN')}</h2>
                  <p className="dv-rp-form-sub">
                    {r.unit.name} ·{' '}
                    {t('Từ ngày {from} đến ngày {to}', {
                      from: date(r.period.from),
                      to: date(r.period.to),
                    })}
                    {r.period.kind !== 'custom' && ` · ${t.pick(r.period.label)}`}
                  </p>
                  <SummaryTable report={r} />
                  <p className="dv-cp-muted" style={{ marginTop: 8 }}>
                    {t.pick(r.periodSource)}.{' '}
                    {r.structure === 'historical'
                      ? t('Số liệu nhóm theo đơn vị hành chính tại thời điểm tiếp nhận đơn.')
                      : t('Số liệu nhóm theo đơn vị hành chính hiện nay (sau sáp nhập).')}
                  </p>
                </Card>
                <div className="dv-cp-grid">
                  <Card title={t('Theo lĩnh vực')}>
                    <CountTable rows={r.byTopic} />
                  </Card>
                  <Card title={t('Theo hình thức tiếp nhận')}>
                    <CountTable rows={r.byChannel} />
                  </Card>
                </div>
              </>
            )}
          </QueryState>
        )}
      </div>
    </PageFrame>
  );
}

function Kpi({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: string;
  note?: string;
  testId?: string;
}) {
  return (
    <div className="dv-rp-kpi" data-testid={testId}>
      <div className="dv-rp-kpi-label">{label}</div>
      <div className="dv-rp-kpi-value">{value}</div>
      {note && <div className="dv-rp-kpi-note">{note}</div>}
    </div>
  );
}

function CountTable({
  rows,
}: {
  rows: { code: string; label: { vi: string; en: string }; count: number }[];
}) {
  const t = useT();
  return (
    <Table
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={rows.filter((r) => r.count > 0)}
      locale={{ emptyText: t('Không có đơn nào trong kỳ.') }}
      columns={[
        { title: t('Nội dung'), key: 'label', render: (_, r) => t.pick(r.label) },
        { title: t('Số đơn'), dataIndex: 'count', width: 100, className: 'dv-cp-number' },
      ]}
    />
  );
}
