import { Alert, Button, Card, Descriptions, Input, InputNumber, Progress, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useFinding } from './api';
import { findingActionLabels, statusTone } from './labels';
import { PageFrame, Paragraphs, ProblemAlert, StatusPill, useDate, useDateTime } from './shared';
import type { Finding, FindingAction } from './types';

/** One clarification request or recommendation: the unit's answers, the delegation's decisions, progress. */
export default function FindingPage() {
  const t = useT();
  const date = useDate();
  const dateTime = useDateTime();
  const { id = '' } = useParams();
  const finding = useFinding(id);
  const f = finding.data;

  return (
    <PageFrame
      title={f ? t.pick(f.kindLabel) : t('Nội dung kiểm tra')}
      trail={[
        [t('Đoàn kiểm tra'), '/inspections'],
        ...(f
          ? ([
              [t('Đoàn'), `/inspections/${f.inspectionId}`],
              [t('Buổi làm việc'), `/inspections/${f.inspectionId}/sessions/${f.sessionId}`],
            ] as [string, string][])
          : []),
      ]}
      subtitle={
        f && (
          <Space wrap>
            <StatusPill label={t.pick(f.statusLabel)} tone={statusTone[f.status] ?? 'new'} />
            {f.overdue && <span className="dv-cp-pill dv-cp-pill-danger">{t('Quá hạn')}</span>}
          </Space>
        )
      }
    >
      <QueryState query={finding} isEmpty={false} emptyText="">
        {f && (
          <div className="dv-cp-stack">
            <Card>
              <p className="dv-cp-finding-text" style={{ fontSize: 16 }}>
                {f.text}
              </p>
              <Descriptions
                column={{ xs: 1, md: 3 }}
                items={[
                  { key: 'due', label: t('Hạn thực hiện'), children: date(f.dueOn) },
                  { key: 'closed', label: t('Ngày kết thúc'), children: date(f.closedOn) },
                  { key: 'unit', label: t('Mã đơn vị'), children: f.unitCode },
                ]}
              />
              {f.kind === 'recommendation' && (
                <div>
                  <div id="progress-label">{t('Tiến độ')}</div>
                  <Progress
                    percent={f.progressPercent ?? 0}
                    aria-labelledby="progress-label"
                    style={{ maxWidth: 420 }}
                  />
                  {f.progressNote && <Paragraphs text={f.progressNote} />}
                </div>
              )}
            </Card>
            <Card
              title={
                f.kind === 'clarification'
                  ? t('Các lần giải trình')
                  : t('Báo cáo tiến độ, minh chứng')
              }
            >
              {f.responses.length === 0 && (
                <span className="dv-cp-muted">{t('Chưa có nội dung nào từ đơn vị.')}</span>
              )}
              {f.responses.map((r) => (
                <div key={r.id} className="dv-cp-response">
                  <div className="dv-cp-muted">
                    {r.respondedByName} · {dateTime(r.respondedAt)}
                  </div>
                  <Paragraphs text={r.text} />
                  {r.attachments.length > 0 && (
                    <div className="dv-cp-muted">
                      {t('Tài liệu kèm theo')}:{' '}
                      {r.attachments
                        .map((a) => (a as { fileName?: string }).fileName ?? '')
                        .join(', ')}
                    </div>
                  )}
                  {r.decision && (
                    <div>
                      <strong>
                        {r.decision === 'accepted'
                          ? t('Đoàn đã chấp nhận')
                          : t('Đoàn yêu cầu giải trình lại')}
                      </strong>
                      {r.decidedAt && ` (${dateTime(r.decidedAt)})`}
                      {r.decisionNote && `: ${r.decisionNote}`}
                    </div>
                  )}
                </div>
              ))}
            </Card>
            <FindingActions finding={f} />
          </div>
        )}
      </QueryState>
    </PageFrame>
  );
}

function FindingActions({ finding: f }: { finding: Finding }) {
  const t = useT();
  const client = useQueryClient();
  const [action, setAction] = useState<FindingAction | null>(
    f.allowedActions.length === 1 ? (f.allowedActions[0] ?? null) : null,
  );
  const [text, setText] = useState('');
  const [percent, setPercent] = useState<number | null>(f.progressPercent);
  const [done, setDone] = useState<string | null>(null);
  const act = useApiMutation(
    (a: FindingAction) =>
      campaignApi.findingAction(f.id, {
        action: a,
        version: f.version,
        ...(a === 'accept' || a === 'return' || a === 'verify' || a === 'reopen'
          ? { note: text.trim() || null }
          : { text: text.trim() || null }),
        ...(a === 'progress' || a === 'start' ? { progressPercent: percent ?? 0 } : {}),
      }),
    [['inspection', f.inspectionId], ['inspection-board', f.inspectionId], ['findings']],
  );

  if (f.allowedActions.length === 0) {
    return done ? <Alert type="success" showIcon title={done} /> : null;
  }
  const textLabel =
    action === 'answer'
      ? t('Nội dung giải trình')
      : action === 'accept'
        ? t('Ý kiến của đoàn (không bắt buộc)')
        : action === 'return'
          ? t('Nội dung cần giải trình thêm')
          : action === 'verify'
            ? t('Ý kiến của đoàn (không bắt buộc)')
            : action === 'reopen'
              ? t('Nội dung chưa đạt, cần tiếp tục thực hiện')
              : t('Kết quả thực hiện, minh chứng');
  const textRequired = action === 'answer' || action === 'return' || action === 'reopen';

  return (
    <Card title={t('Thao tác')}>
      {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 12 }} />}
      <ProblemAlert error={act.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        {f.allowedActions.map((a) => (
          <Button
            key={a}
            type={action === a ? 'primary' : 'default'}
            danger={a === 'return' || a === 'reopen'}
            onClick={() => setAction(a)}
            aria-pressed={action === a}
          >
            {t.pick(findingActionLabels[a])}
          </Button>
        ))}
      </Space>
      {action && (
        <div className="dv-cp-stack">
          <div>
            <label htmlFor="finding-text">{textLabel}</label>
            <Input.TextArea
              id="finding-text"
              rows={4}
              value={text}
              onChange={(e) => setText(e.target.value)}
              maxLength={20000}
            />
          </div>
          {(action === 'progress' || action === 'start') && (
            <div>
              <label htmlFor="finding-percent">{t('Tiến độ (%)')}</label>
              <div>
                <InputNumber
                  id="finding-percent"
                  min={0}
                  max={99}
                  value={percent}
                  onChange={(v) => setPercent(v)}
                />
              </div>
            </div>
          )}
          <div>
            <Button
              type="primary"
              danger={action === 'return' || action === 'reopen'}
              loading={act.isPending}
              disabled={textRequired && text.trim() === ''}
              onClick={() =>
                act.mutate(action, {
                  onSuccess: (updated) => {
                    client.setQueryData(['finding', f.id], updated);
                    setDone(
                      t('Đã lưu: {action}.', { action: t.pick(findingActionLabels[action]) }),
                    );
                    setText('');
                    setAction(null);
                  },
                })
              }
            >
              {t('Xác nhận')}: {t.pick(findingActionLabels[action])}
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}
