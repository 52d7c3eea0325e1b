import { Alert, Button, Card, Input, InputNumber, Modal, Space, Table, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useUnitReport } from './api';
import { autoSourceLabel, reportActionLabels, statusTone } from './labels';
import { RichTextEditor } from './RichTextEditor';
import { PageFrame, ProblemAlert, StatusPill, useDate, useDateTime, usePercent } from './shared';
import type { IndicatorValue, ReportStep, TemplateIndicator, UnitReport } from './types';

/** Only the values the unit types in: the system's own (auto) values are never sent back. */
function typedIn(data: UnitReport, values: Record<string, IndicatorValue>) {
  const keys = new Set(data.template.indicators.filter((i) => !i.auto).map((i) => i.key));
  return Object.fromEntries(Object.entries(values).filter(([k]) => keys.has(k)));
}

/** A unit's campaign report: sections, indicators, versions; save, submit, return, sign off. */
export default function UnitReportPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const viewVersion = Number(search.get('version')) || undefined;
  const report = useUnitReport(id, viewVersion);
  const data = report.data;
  const title = data ? `${t('Báo cáo')}: ${data.report.unitName}` : t('Báo cáo của đơn vị');

  return (
    <PageFrame
      title={title}
      trail={[
        [t('Đợt, phong trào'), '/campaigns'],
        ...(data
          ? ([[t.pick(data.report.campaignName), `/campaigns/${data.report.campaignId}`]] as [
              string,
              string,
            ][])
          : []),
      ]}
      subtitle={
        data && (
          <StatusPill
            label={t.pick(data.report.statusLabel)}
            tone={statusTone[data.report.status] ?? 'new'}
          />
        )
      }
    >
      <QueryState query={report} isEmpty={false} emptyText="">
        {data && (
          <ReportBody
            key={`${data.report.id}-${data.report.version}-${data.content.version}`}
            data={data}
            viewingOld={viewVersion !== undefined && viewVersion !== data.report.currentVersion}
            onViewVersion={(v) => setSearch(v ? { version: String(v) } : {})}
          />
        )}
      </QueryState>
    </PageFrame>
  );
}

interface BodyProps {
  data: UnitReport;
  viewingOld: boolean;
  onViewVersion(version: number | undefined): void;
}

function ReportBody({ data, viewingOld, onViewVersion }: BodyProps) {
  const t = useT();
  const date = useDate();
  const dateTime = useDateTime();
  const percent = usePercent();
  const client = useQueryClient();
  const id = data.report.id;
  const editable = !viewingOld && data.allowedActions.includes('save');
  const [sections, setSections] = useState<Record<string, string>>(data.content.sections);
  const [indicators, setIndicators] = useState<Record<string, IndicatorValue>>(
    typedIn(data, data.content.indicators),
  );
  const [dirty, setDirty] = useState(false);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);

  const refresh = (r: UnitReport) => {
    client.setQueryData(['unit-report', id, 'current'], r);
    void client.invalidateQueries({ queryKey: ['campaign', r.report.campaignId] });
  };
  const save = useApiMutation(
    () => campaignApi.saveReport(id, { version: data.report.version, sections, indicators }),
    [],
  );
  const act = useApiMutation(async ({ action, note: n }: { action: ReportStep; note?: string }) => {
    let version = data.report.version;
    // Submitting unsaved edits: save them first, so what is submitted is what is on screen.
    if (action === 'submit' && dirty) {
      version = (await campaignApi.saveReport(id, { version, sections, indicators })).report
        .version;
    }
    return campaignApi.reportAction(id, { action, version, note: n ?? null });
  }, []);

  const doSave = () =>
    save.mutate(undefined, {
      onSuccess: (r) => {
        setSaved(true);
        refresh(r);
      },
    });
  const doAct = (action: ReportStep, n?: string) =>
    act.mutate({ action, note: n }, { onSuccess: (r) => refresh(r) });

  const autoValue = (i: TemplateIndicator) =>
    data.content.submittedAt || viewingOld
      ? data.content.indicators[i.key]
      : data.autoIndicators.values[i.key];

  return (
    <div className="dv-cp-stack">
      {viewingOld && (
        <Alert
          type="info"
          showIcon
          title={t('Đang xem phiên bản {n} (chỉ đọc).', { n: data.content.version })}
          action={
            <Button onClick={() => onViewVersion(undefined)}>{t('Về phiên bản hiện hành')}</Button>
          }
        />
      )}
      {data.report.status === 'returned' && data.report.returnNote && !viewingOld && (
        <Alert
          type="warning"
          showIcon
          title={t('Báo cáo bị trả lại để bổ sung')}
          description={data.report.returnNote}
        />
      )}
      {saved && !dirty && !save.isPending && (
        <Alert type="success" showIcon title={t('Đã lưu nội dung báo cáo.')} closable />
      )}
      <ProblemAlert error={save.error ?? act.error} />
      <Card>
        <Space wrap>
          <span>
            {t('Kỳ báo cáo')}: {date(data.report.periodFrom)} – {date(data.report.periodTo)}
          </span>
          <span>
            {t('Phiên bản')}: {data.content.version}
          </span>
          <span>
            {t('Lưu lúc')}: {dateTime(data.content.savedAt)}
          </span>
          {data.template.version > 1 && (
            <span>{t('Theo mẫu báo cáo phiên bản {n}', { n: data.template.version })}</span>
          )}
          {data.report.sample && <Tag color="gold">{t('Dữ liệu mẫu')}</Tag>}
          <a href={campaignApi.reportExportUrl(id, 'docx', data.content.version)} download>
            {t('Tải báo cáo (.docx)')}
          </a>
          <a href={campaignApi.reportExportUrl(id, 'xlsx', data.content.version)} download>
            {t('Tải số liệu (.xlsx)')}
          </a>
        </Space>
        {!viewingOld && (
          <div className="dv-cp-board-row" style={{ marginTop: 12 }}>
            {editable && (
              <Button onClick={doSave} loading={save.isPending} disabled={!dirty}>
                {t.pick(reportActionLabels.save)}
              </Button>
            )}
            {data.allowedActions.includes('submit') && (
              <Button type="primary" loading={act.isPending} onClick={() => doAct('submit')}>
                {t.pick(reportActionLabels.submit)}
              </Button>
            )}
            {data.allowedActions.includes('sign_off') && (
              <Button
                type="primary"
                loading={act.isPending}
                onClick={() =>
                  Modal.confirm({
                    title: t('Ký duyệt báo cáo này?'),
                    content: t('Sau khi ký duyệt, báo cáo không sửa được nữa.'),
                    okText: t.pick(reportActionLabels.sign_off),
                    cancelText: t('Hủy bỏ'),
                    onOk: () => doAct('sign_off'),
                  })
                }
              >
                {t.pick(reportActionLabels.sign_off)}
              </Button>
            )}
            {data.allowedActions.includes('return') && (
              <Button danger onClick={() => setReturning(true)}>
                {t.pick(reportActionLabels.return)}
              </Button>
            )}
            {dirty && <span className="dv-cp-muted">{t('Có thay đổi chưa lưu.')}</span>}
          </div>
        )}
      </Card>

      {data.template.sections.map((s, index) => {
        const headingId = `section-${s.key}`;
        return (
          <Card
            key={s.key}
            title={<span id={headingId}>{`${index + 1}. ${t.pick(s.title)}`}</span>}
          >
            {s.guidance && <p className="dv-cp-muted">{s.guidance}</p>}
            {editable ? (
              <RichTextEditor
                labelledBy={headingId}
                initialHtml={sections[s.key] ?? ''}
                onChange={(html) => {
                  setSections((prev) => ({ ...prev, [s.key]: html }));
                  setDirty(true);
                  setSaved(false);
                }}
              />
            ) : sections[s.key] ? (
              // The server sanitises report HTML to a short list of formatting tags.
              <div
                className="dv-cp-report-body"
                dangerouslySetInnerHTML={{ __html: sections[s.key] ?? '' }}
              />
            ) : (
              <span className="dv-cp-muted">{t('Chưa có nội dung.')}</span>
            )}
          </Card>
        );
      })}

      <Card title={t('Chỉ tiêu, số liệu')}>
        <Table<TemplateIndicator>
          rowKey="key"
          size="middle"
          pagination={false}
          className="dv-cp-indicators"
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
              title: t('Số liệu'),
              key: 'value',
              width: 160,
              className: 'dv-cp-number',
              render: (_, i) =>
                i.auto ? (
                  <strong>{autoValue(i) ?? '—'}</strong>
                ) : editable && i.kind === 'text' ? (
                  <Input.TextArea
                    aria-label={t.pick(i.label)}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={2000}
                    value={typeof indicators[i.key] === 'string' ? String(indicators[i.key]) : ''}
                    onChange={(e) => {
                      setIndicators((prev) => ({ ...prev, [i.key]: e.target.value || null }));
                      setDirty(true);
                      setSaved(false);
                    }}
                  />
                ) : editable ? (
                  <InputNumber
                    aria-label={t.pick(i.label)}
                    min={0}
                    value={typeof indicators[i.key] === 'number' ? Number(indicators[i.key]) : null}
                    addonAfter={i.unit ? t.pick(i.unit) : undefined}
                    onChange={(v) => {
                      setIndicators((prev) => ({ ...prev, [i.key]: v ?? null }));
                      setDirty(true);
                      setSaved(false);
                    }}
                  />
                ) : (
                  `${indicators[i.key] ?? '—'}${i.unit && indicators[i.key] !== null && indicators[i.key] !== undefined ? ` ${t.pick(i.unit)}` : ''}`
                ),
            },
            {
              title: t('Nguồn'),
              key: 'source',
              render: (_, i) =>
                i.auto && i.source ? (
                  <span className="dv-cp-muted">
                    {t.pick(autoSourceLabel(i.source))}
                    {data.content.submittedAt
                      ? ` (${t('chốt khi gửi')})`
                      : ` (${t('tự tính, chỉ đọc')})`}
                  </span>
                ) : (
                  t('Đơn vị tự nhập')
                ),
            },
          ]}
        />
        {data.autoIndicators.resolutionRate !== null && (
          <p style={{ marginTop: 12 }}>
            {t('Tỷ lệ giải quyết đơn thư')}:{' '}
            <strong>
              {data.autoIndicators.values.petitions_resolved ?? 0}/
              {data.autoIndicators.values.petitions_received ?? 0} ={' '}
              {percent(data.autoIndicators.resolutionRate)}
            </strong>
          </p>
        )}
      </Card>

      <Card title={t('Lịch sử phiên bản')}>
        <Table
          rowKey="version"
          size="small"
          pagination={false}
          dataSource={[...data.versions].reverse()}
          columns={[
            { title: t('Phiên bản'), dataIndex: 'version', width: 100 },
            { title: t('Lưu lúc'), dataIndex: 'savedAt', render: (v: string) => dateTime(v) },
            {
              title: t('Gửi lúc'),
              dataIndex: 'submittedAt',
              render: (v: string | null) => (v ? dateTime(v) : t('Chưa gửi')),
            },
            {
              title: t('Trả lại'),
              key: 'returned',
              render: (_, v) =>
                v.returnedAt ? (
                  <span>
                    {dateTime(v.returnedAt)}: {v.returnNote}
                  </span>
                ) : (
                  '—'
                ),
            },
            {
              title: t('Xem'),
              key: 'view',
              render: (_, v) =>
                v.version === data.content.version ? (
                  <span className="dv-cp-muted">{t('Đang xem')}</span>
                ) : (
                  <Link to={`?version=${v.version}`}>
                    {t('Xem phiên bản {n}', { n: v.version })}
                  </Link>
                ),
            },
          ]}
        />
      </Card>

      <Modal
        open={returning}
        title={t.pick(reportActionLabels.return)}
        okText={t.pick(reportActionLabels.return)}
        cancelText={t('Hủy bỏ')}
        okButtonProps={{ danger: true, disabled: note.trim() === '', loading: act.isPending }}
        onCancel={() => setReturning(false)}
        onOk={() => {
          doAct('return', note.trim());
          setReturning(false);
        }}
      >
        <label htmlFor="return-note">{t('Nội dung cần bổ sung')}</label>
        <Input.TextArea
          id="return-note"
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
    </div>
  );
}
