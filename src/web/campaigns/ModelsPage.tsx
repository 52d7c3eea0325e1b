import { Button, Card, Drawer, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { QueryState } from '../app/QueryState';
import { useCan } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { useModels, useModelStats } from './api';
import { awardLevelLabels, modelActionLabels, modelFieldLabels, statusTone } from './labels';
import { ModelActionModal, ModelRegisterForm } from './ModelForms';
import { PageFrame, StatusPill, useDate } from './shared';
import type { AwardLevel, Model, ModelAction, ModelField } from './types';

const FIELDS = Object.keys(modelFieldLabels) as ModelField[];

/** «Dân vận khéo» models: counts by unit and field, the list, registration and lifecycle. */
export default function ModelsPage() {
  const t = useT();
  const date = useDate();
  const models = useModels();
  const stats = useModelStats();
  const canRegister = useCan('campaign.report');
  const [registering, setRegistering] = useState(false);
  const [acting, setActing] = useState<{ model: Model; action: ModelAction } | null>(null);
  const [field, setField] = useState<ModelField | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const all = models.data?.items ?? [];
  const items = all.filter(
    (m) => (!field || m.field === field) && (!status || m.status === status),
  );

  const columns: TableColumnsType<Model> = [
    {
      title: t('Tên mô hình'),
      key: 'name',
      width: 340,
      render: (_, m) => (
        <>
          <strong>{m.name}</strong>
          {m.sample && (
            <Tag color="gold" className="dv-cp-tag-gap">
              {t('Mẫu')}
            </Tag>
          )}
          {m.description && <div className="dv-cp-muted">{m.description}</div>}
        </>
      ),
    },
    { title: t('Đơn vị'), dataIndex: 'unitName', width: 170 },
    {
      title: t('Lĩnh vực thực hiện'),
      key: 'field',
      width: 170,
      render: (_, m) => t.pick(m.fieldLabel),
    },
    { title: t('Ngày đăng ký'), key: 'reg', width: 120, render: (_, m) => date(m.registeredOn) },
    {
      title: t('Tình trạng'),
      key: 'status',
      width: 200,
      render: (_, m) => (
        <>
          <StatusPill label={t.pick(m.statusLabel)} tone={statusTone[m.status] ?? 'new'} />
          {m.award && (
            <div className="dv-cp-muted">
              {m.award.name} (
              {t.pick(
                awardLevelLabels[m.award.level as AwardLevel] ?? {
                  vi: m.award.level,
                  en: m.award.level,
                },
              )}
              , {date(m.award.date)})
            </div>
          )}
        </>
      ),
    },
    {
      title: t('Thao tác'),
      key: 'actions',
      width: 200,
      render: (_, m) =>
        m.allowedActions.length > 0 ? (
          <Space wrap size={4}>
            {m.allowedActions.map((a) => (
              <Button key={a} size="small" onClick={() => setActing({ model: m, action: a })}>
                {t.pick(modelActionLabels[a])}
                <span className="dv-visually-hidden"> {m.name}</span>
              </Button>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <PageFrame
      title={t('Mô hình "Dân vận khéo"')}
      subtitle={t('Đăng ký → khảo sát → công nhận → nhân rộng → khen thưởng.')}
      extra={
        canRegister && (
          <Button type="primary" onClick={() => setRegistering(true)}>
            {t('Đăng ký mô hình')}
          </Button>
        )
      }
    >
      <div className="dv-cp-stack">
        <Card title={t('Thống kê theo đơn vị và lĩnh vực')}>
          <QueryState
            query={stats}
            isEmpty={(stats.data?.total ?? 0) === 0}
            emptyText={t('Chưa có mô hình nào được đăng ký.')}
          >
            {stats.data && (
              <>
                <p className="dv-cp-board-row">
                  <span className="dv-cp-pill dv-cp-pill-neutral">
                    <strong>{stats.data.total}</strong> {t('mô hình')}
                  </span>
                  {stats.data.byStatus.map((s) => (
                    <span key={s.status} className="dv-cp-pill dv-cp-pill-neutral">
                      <strong>{s.count}</strong> {t.pick(s.label).toLowerCase()}
                    </span>
                  ))}
                </p>
                <Table
                  rowKey="unitCode"
                  size="small"
                  pagination={false}
                  scroll={{ x: 800 }}
                  dataSource={stats.data.byUnit}
                  columns={[
                    { title: t('Đơn vị'), dataIndex: 'unitName' },
                    ...FIELDS.map((f) => ({
                      title: t.pick(modelFieldLabels[f]),
                      key: f,
                      width: 150,
                      className: 'dv-cp-number',
                      render: (_: unknown, u: { byField: Record<string, number> }) =>
                        u.byField[f] ?? 0,
                    })),
                    { title: t('Tổng'), dataIndex: 'total', width: 90, className: 'dv-cp-number' },
                  ]}
                  summary={() => (
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0}>
                        <strong>{t('Tổng')}</strong>
                      </Table.Summary.Cell>
                      {stats.data.byField.map((f, i) => (
                        <Table.Summary.Cell key={f.field} index={i + 1} className="dv-cp-number">
                          <strong>{f.count}</strong>
                        </Table.Summary.Cell>
                      ))}
                      <Table.Summary.Cell index={FIELDS.length + 1} className="dv-cp-number">
                        <strong>{stats.data.total}</strong>
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  )}
                />
              </>
            )}
          </QueryState>
        </Card>
        <Card title={t('Danh sách mô hình')}>
          <Space wrap className="dv-toolbar">
            <Select
              allowClear
              aria-label={t('Lọc theo lĩnh vực')}
              placeholder={t('Mọi lĩnh vực')}
              style={{ width: 240 }}
              value={field}
              onChange={setField}
              options={FIELDS.map((f) => ({ value: f, label: t.pick(modelFieldLabels[f]) }))}
            />
            <Select
              allowClear
              aria-label={t('Lọc theo tình trạng')}
              placeholder={t('Mọi tình trạng')}
              style={{ width: 220 }}
              value={status}
              onChange={setStatus}
              options={(stats.data?.byStatus ?? []).map((s) => ({
                value: s.status,
                label: t.pick(s.label),
              }))}
            />
          </Space>
          <QueryState
            query={models}
            isEmpty={all.length === 0}
            emptyText={t('Chưa có mô hình nào. Đơn vị có thể bấm "Đăng ký mô hình" để bắt đầu.')}
          >
            <Table<Model>
              rowKey="id"
              columns={columns}
              dataSource={items}
              pagination={{ hideOnSinglePage: true, pageSize: 20 }}
              scroll={{ x: 1200 }}
              locale={{ emptyText: t('Không có mô hình nào khớp bộ lọc.') }}
            />
          </QueryState>
        </Card>
      </div>
      <Drawer
        open={registering}
        onClose={() => setRegistering(false)}
        title={t('Đăng ký mô hình')}
        size={520}
        destroyOnHidden
      >
        <ModelRegisterForm onDone={() => setRegistering(false)} />
      </Drawer>
      {acting && (
        <ModelActionModal
          model={acting.model}
          action={acting.action}
          onClose={() => setActing(null)}
        />
      )}
    </PageFrame>
  );
}
