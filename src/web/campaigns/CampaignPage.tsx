import { Button, Card, Descriptions, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useCan } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useCampaign } from './api';
import { CampaignConsolidation } from './CampaignConsolidation';
import { CampaignEditForm } from './CampaignEditForm';
import { ReportSignerModal } from './ReportSignerModal';
import { autoSourceLabel, statusTone } from './labels';
import {
  CountPill,
  PageFrame,
  Paragraphs,
  ProblemAlert,
  StatusPill,
  useDate,
  useDateTime,
} from './shared';
import type { CampaignOverview } from './types';

type UnitRow = CampaignOverview['units'][number];

/** One campaign: motto, period, units, report template and each unit's report status. */
export default function CampaignPage() {
  const t = useT();
  const date = useDate();
  const dateTime = useDateTime();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const overview = useCampaign(id);
  const canReport = useCan('campaign.report');
  const open = useApiMutation(
    (unitCode: string) => campaignApi.createReport(id, { unitCode }),
    [['campaign', id]],
  );
  const [signerUnit, setSignerUnit] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const data = overview.data;
  const title = data ? t.pick(data.campaign.name) : t('Đợt, phong trào');

  const columns: TableColumnsType<UnitRow> = [
    { title: t('Đơn vị'), dataIndex: 'unitName' },
    {
      title: t('Tình trạng báo cáo'),
      key: 'status',
      width: 200,
      render: (_, u) => {
        const r = u.reports[0];
        return (
          <>
            {r ? (
              <StatusPill label={t.pick(r.statusLabel)} tone={statusTone[r.status] ?? 'new'} />
            ) : (
              <span className="dv-cp-muted">{t('Chưa lập báo cáo')}</span>
            )}
            {u.late && (
              <Tag color="red" style={{ marginLeft: 8 }}>
                {t('Quá hạn')}
              </Tag>
            )}
            {u.returnNote && <div className="dv-cp-muted">{u.returnNote}</div>}
          </>
        );
      },
    },
    {
      title: t('Kỳ báo cáo'),
      key: 'period',
      width: 200,
      render: (_, u) =>
        u.reports[0] ? `${date(u.reports[0].periodFrom)} – ${date(u.reports[0].periodTo)}` : '—',
    },
    {
      title: t('Gửi lúc'),
      key: 'submitted',
      width: 150,
      render: (_, u) => dateTime(u.reports[0]?.submittedAt),
    },
    {
      title: t('Ký duyệt lúc'),
      key: 'signed',
      width: 150,
      render: (_, u) => dateTime(u.reports[0]?.signedOffAt),
    },
    {
      title: t('Thao tác'),
      key: 'open',
      width: 160,
      render: (_, u) =>
        u.reports[0] ? (
          <Link to={`/unit-reports/${u.reports[0].id}`}>
            {t('Mở báo cáo')}
            <span className="dv-visually-hidden"> {u.unitName}</span>
          </Link>
        ) : canReport ? (
          <Button
            size="small"
            loading={open.isPending && open.variables === u.unitCode}
            onClick={() =>
              open.mutate(u.unitCode, {
                onSuccess: (r) => void navigate(`/unit-reports/${r.report.id}`),
              })
            }
          >
            {t('Lập báo cáo')}
            <span className="dv-visually-hidden"> {u.unitName}</span>
          </Button>
        ) : (
          '—'
        ),
    },
    ...(data?.canManage
      ? [
          {
            title: t('Người ký duyệt'),
            key: 'signer',
            width: 150,
            render: (_: unknown, u: UnitRow) => (
              <Button size="small" onClick={() => setSignerUnit(u.unitCode)}>
                {t('Giao người ký')}
                <span className="dv-visually-hidden"> {u.unitName}</span>
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageFrame
      title={title}
      trail={[[t('Đợt, phong trào'), '/campaigns']]}
      subtitle={
        data?.campaign.motto && (
          <span className="dv-cp-motto">
            «{t.pick({ vi: data.campaign.motto, en: data.campaign.mottoEn ?? data.campaign.motto })}
            »
          </span>
        )
      }
    >
      <QueryState query={overview} isEmpty={false} emptyText="">
        {data && (
          <div className="dv-cp-stack">
            <Card title={t('Thông tin chung')}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'period',
                    label: t('Thời gian'),
                    children: `${date(data.campaign.periodFrom)} – ${date(data.campaign.periodTo)}`,
                  },
                  {
                    key: 'due',
                    label: t('Hạn nộp báo cáo'),
                    children: data.campaign.dueOn ? date(data.campaign.dueOn) : '—',
                  },
                  {
                    key: 'by',
                    label: t('Phát động bởi'),
                    children: data.campaign.launchedBy ?? data.campaign.ownerUnitName ?? '—',
                  },
                  { key: 'units', label: t('Số đơn vị tham gia'), children: data.counts.units },
                  {
                    key: 'sample',
                    label: t('Nguồn dữ liệu'),
                    children: data.campaign.sample ? (
                      <Tag color="gold">{t('Dữ liệu mẫu')}</Tag>
                    ) : (
                      t('Dữ liệu thật')
                    ),
                  },
                  {
                    key: 'desc',
                    label: t('Nội dung'),
                    span: 2,
                    children: (
                      <Paragraphs
                        text={
                          data.campaign.description &&
                          t.pick({
                            vi: data.campaign.description,
                            en: data.campaign.descriptionEn ?? data.campaign.description,
                          })
                        }
                      />
                    ),
                  },
                ]}
              />
            </Card>
            <Card title={t('Tình trạng báo cáo của các đơn vị')}>
              <p className="dv-cp-board-row">
                <CountPill count={data.counts.withoutReport} tone="warning" label={t('chưa lập')} />
                <CountPill count={data.counts.draft} tone="warning" label={t('đang soạn')} />
                <CountPill count={data.counts.submitted} tone="ok" label={t('đã gửi')} />
                <CountPill count={data.counts.returned} tone="danger" label={t('bị trả lại')} />
                <CountPill count={data.counts.signed_off} tone="ok" label={t('đã ký duyệt')} />
                <CountPill count={data.counts.late} tone="danger" label={t('quá hạn')} />
              </p>
              <ProblemAlert error={open.error} />
              <Table<UnitRow>
                rowKey="unitCode"
                size="middle"
                columns={columns}
                dataSource={data.units}
                pagination={false}
                scroll={{ x: 900 }}
                locale={{ emptyText: t('Đợt này chưa có đơn vị nào trong phạm vi của bạn.') }}
              />
            </Card>
            <CampaignConsolidation id={id} />
            <Card
              title={
                data.template.version > 1
                  ? t('Mẫu báo cáo (phiên bản {n})', { n: data.template.version })
                  : t('Mẫu báo cáo')
              }
              extra={
                data.canManage && (
                  <Button onClick={() => setEditing(true)}>
                    {t('Sửa mẫu báo cáo, đơn vị, hạn nộp')}
                  </Button>
                )
              }
            >
              <ol>
                {data.template.sections.map((s) => (
                  <li key={s.key}>
                    {t.pick(s.title)}
                    {s.guidance && <div className="dv-cp-muted">{s.guidance}</div>}
                  </li>
                ))}
              </ol>
              <Table
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={data.template.indicators}
                columns={[
                  {
                    title: t('Chỉ tiêu'),
                    key: 'label',
                    render: (_, i) => (
                      <>
                        {t.pick(i.label)}
                        {i.hint && <div className="dv-cp-muted">{i.hint}</div>}
                      </>
                    ),
                  },
                  {
                    title: t('Đơn vị tính'),
                    key: 'unit',
                    render: (_, i) => (i.unit ? t.pick(i.unit) : '—'),
                  },
                  {
                    title: t('Cách lấy số liệu'),
                    key: 'source',
                    render: (_, i) =>
                      i.auto && i.source
                        ? t.pick(autoSourceLabel(i.source))
                        : i.kind === 'text'
                          ? t('Đơn vị tự nhập (nội dung)')
                          : t('Đơn vị tự nhập'),
                  },
                ]}
              />
            </Card>
          </div>
        )}
      </QueryState>
      <ReportSignerModal unitCode={signerUnit} onClose={() => setSignerUnit(null)} />
      {data && (
        <CampaignEditForm overview={data} open={editing} onClose={() => setEditing(false)} />
      )}
    </PageFrame>
  );
}
