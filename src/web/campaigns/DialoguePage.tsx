import { Alert, Button, Card, Descriptions, Input, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { DateInput } from '../app/DateInput';
import { QueryState } from '../app/QueryState';
import { todayIso } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useDialogue } from './api';
import { Commitments } from './DialogueCommitments';
import { dialogueActionLabels, statusTone } from './labels';
import { PageFrame, Paragraphs, ProblemAlert, StatusPill, useDate } from './shared';
import type { Dialogue, DialogueAction, RuleWarning } from './types';

/** One dialogue conference: notice, holding, minutes, results publication and commitments. */
export default function DialoguePage() {
  const t = useT();
  const date = useDate();
  const { id = '' } = useParams();
  const location = useLocation();
  const fromSchedule = (location.state as { warnings?: RuleWarning[] } | null)?.warnings ?? [];
  const dialogue = useDialogue(id);
  const d = dialogue.data;
  const warnings = d
    ? [...d.warnings, ...fromSchedule.filter((w) => !d.warnings.some((x) => x.code === w.code))]
    : [];

  return (
    <PageFrame
      title={d ? d.topic : t('Hội nghị đối thoại')}
      trail={[[t('Hội nghị đối thoại'), '/dialogues']]}
      subtitle={
        d && <StatusPill label={t.pick(d.statusLabel)} tone={statusTone[d.status] ?? 'new'} />
      }
    >
      <QueryState query={dialogue} isEmpty={false} emptyText="">
        {d && (
          <div className="dv-cp-stack">
            {warnings.map((w) => (
              <Alert key={w.code} type="warning" showIcon title={t.pick(w)} />
            ))}
            {d.resultsOverdue && (
              <Alert
                type="error"
                showIcon
                title={t('Quá hạn công khai kết quả (hạn {date}).', { date: date(d.resultsDueOn) })}
              />
            )}
            {d.status === 'results_published' ? (
              <Alert
                type="success"
                showIcon
                title={t(
                  'Kết quả đã đăng trên Cổng thông tin: chủ đề, ý kiến, cam kết và tiến độ thực hiện (không đăng biên bản, thành phần).',
                )}
                action={
                  <a href={`/doi-thoai#doi-thoai-${d.id}`} target="_blank" rel="noreferrer">
                    {t('Xem trên Cổng thông tin')}
                  </a>
                }
              />
            ) : (
              d.status === 'held' && (
                <Alert
                  type="info"
                  showIcon
                  title={t(
                    'Khi công khai kết quả, chủ đề, ý kiến, cam kết và tiến độ sẽ hiện trên Cổng thông tin; biên bản và thành phần không được đăng.',
                  )}
                />
              )
            )}
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'unit', label: t('Đơn vị tổ chức'), children: d.unitName },
                  { key: 'where', label: t('Địa điểm'), children: d.location ?? '—' },
                  { key: 'on', label: t('Ngày tổ chức'), children: date(d.scheduledOn) },
                  {
                    key: 'announced',
                    label: t('Ngày thông báo'),
                    children: d.announcedOn
                      ? `${date(d.announcedOn)}${d.noticeDays !== null ? ` (${t('trước {n} ngày', { n: d.noticeDays })})` : ''}`
                      : t('Chưa thông báo'),
                  },
                  { key: 'held', label: t('Ngày đã tổ chức'), children: date(d.heldOn) },
                  {
                    key: 'results',
                    label: t('Công khai kết quả'),
                    children: d.resultsPublishedOn
                      ? t('Đã công khai {date}', { date: date(d.resultsPublishedOn) })
                      : d.resultsDueOn
                        ? t('Hạn {date}', { date: date(d.resultsDueOn) })
                        : '—',
                  },
                  {
                    key: 'who',
                    label: t('Thành phần'),
                    span: 2,
                    children: <Paragraphs text={d.participants} />,
                  },
                ]}
              />
            </Card>
            <DialogueActions dialogue={d} />
            <Minutes dialogue={d} />
            <Commitments dialogue={d} />
          </div>
        )}
      </QueryState>
    </PageFrame>
  );
}

function DialogueActions({ dialogue: d }: { dialogue: Dialogue }) {
  const t = useT();
  const client = useQueryClient();
  const [action, setAction] = useState<DialogueAction | null>(null);
  const [on, setOn] = useState<string | undefined>(todayIso());
  const [minutes, setMinutes] = useState(d.minutes ?? '');
  const [lastWarnings, setLastWarnings] = useState<RuleWarning[]>([]);
  const act = useApiMutation(
    (a: DialogueAction) =>
      campaignApi.dialogueAction(d.id, {
        action: a,
        version: d.version,
        ...(a !== 'cancel' && on ? { on } : {}),
        ...(a === 'hold' && minutes ? { minutes } : {}),
      }),
    [['dialogues']],
  );
  if (d.allowedActions.length === 0) return null;
  return (
    <Card title={t('Thao tác')}>
      <ProblemAlert error={act.error} />
      {lastWarnings.map((w) => (
        <Alert key={w.code} type="warning" showIcon title={t.pick(w)} style={{ marginBottom: 8 }} />
      ))}
      <Space wrap style={{ marginBottom: 12 }}>
        {d.allowedActions.map((a) => (
          <Button
            key={a}
            type={action === a ? 'primary' : 'default'}
            danger={a === 'cancel'}
            aria-pressed={action === a}
            onClick={() => setAction(a)}
          >
            {t.pick(dialogueActionLabels[a])}
          </Button>
        ))}
      </Space>
      {action && (
        <div className="dv-cp-stack">
          {action !== 'cancel' && (
            <div>
              <label htmlFor="dialogue-on">{t('Ngày')}</label>
              <div>
                <DateInput id="dialogue-on" value={on} onChange={setOn} />
              </div>
            </div>
          )}
          {action === 'hold' && (
            <div>
              <label htmlFor="dialogue-minutes">{t('Biên bản hội nghị')}</label>
              <Input.TextArea
                id="dialogue-minutes"
                rows={5}
                value={minutes}
                onChange={(e) => setMinutes(e.target.value)}
              />
            </div>
          )}
          <div>
            <Button
              type="primary"
              danger={action === 'cancel'}
              loading={act.isPending}
              onClick={() =>
                act.mutate(action, {
                  onSuccess: (r) => {
                    client.setQueryData(['dialogue', d.id], r.dialogue);
                    setLastWarnings(r.warnings);
                    setAction(null);
                  },
                })
              }
            >
              {t('Xác nhận')}: {t.pick(dialogueActionLabels[action])}
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}

function Minutes({ dialogue: d }: { dialogue: Dialogue }) {
  const t = useT();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(d.minutes ?? '');
  const save = useApiMutation(
    () => campaignApi.updateDialogue(d.id, { version: d.version, minutes: text }),
    [['dialogues']],
  );
  const canEdit = d.status === 'held' || d.status === 'results_published';
  return (
    <Card
      title={t('Biên bản hội nghị')}
      extra={
        canEdit && !editing && <Button onClick={() => setEditing(true)}>{t('Sửa biên bản')}</Button>
      }
    >
      <ProblemAlert error={save.error} />
      {editing ? (
        <div className="dv-cp-stack">
          <Input.TextArea
            aria-label={t('Biên bản hội nghị')}
            rows={8}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Space>
            <Button
              type="primary"
              loading={save.isPending}
              onClick={() =>
                save.mutate(undefined, {
                  onSuccess: (r) => {
                    client.setQueryData(['dialogue', d.id], r.dialogue);
                    setEditing(false);
                  },
                })
              }
            >
              {t('Lưu biên bản')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('Hủy bỏ')}</Button>
          </Space>
        </div>
      ) : d.minutes ? (
        <Paragraphs text={d.minutes} />
      ) : (
        <span className="dv-cp-muted">
          {t('Chưa có biên bản. Biên bản được ghi khi hội nghị đã tổ chức.')}
        </span>
      )}
    </Card>
  );
}
