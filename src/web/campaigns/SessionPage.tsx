import { Button, Card, Descriptions, Form, Input, Radio, Select } from 'antd';
import { useParams } from 'react-router';
import { DateInput } from '../app/DateInput';
import { QueryState } from '../app/QueryState';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useInspection } from './api';
import { FindingCard } from './FindingCard';
import { NoticeSignerForm } from './NoticeSignerForm';
import { PageFrame, Paragraphs, ProblemAlert, useDate } from './shared';
import type { FindingKind, InspectionDetail, InspectionSession } from './types';

/** A working session: what the delegation acknowledged, asked to clarify and recommended. */
export default function SessionPage() {
  const t = useT();
  const date = useDate();
  const { id = '', sessionId = '' } = useParams();
  const detail = useInspection(id);
  const d = detail.data;
  const session = d?.sessions.find((s) => s.id === sessionId);
  const names = new Map(d?.inspection.targets.map((u) => [u.code, u.name]));
  const title = session
    ? t('Buổi làm việc với {unit}, {date}', { unit: session.unitName, date: date(session.heldOn) })
    : t('Buổi làm việc');

  const groups: [FindingKind, string, string][] = [
    ['acknowledgement', t('Ghi nhận kết quả'), t('Chưa có nội dung ghi nhận.')],
    ['clarification', t('Yêu cầu làm rõ'), t('Chưa có yêu cầu làm rõ.')],
    ['recommendation', t('Kiến nghị, đề nghị'), t('Chưa có kiến nghị.')],
  ];

  return (
    <PageFrame
      title={title}
      trail={[
        [t('Đoàn kiểm tra'), '/inspections'],
        ...(d ? ([[d.inspection.decisionNumber, `/inspections/${id}`]] as [string, string][]) : []),
      ]}
      extra={
        session && (
          <Button href={campaignApi.conclusionUrl(id, sessionId)} download>
            {t('Tải thông báo kết luận (.docx)')}
          </Button>
        )
      }
    >
      <QueryState
        query={detail}
        isEmpty={!!d && !session}
        emptyText={t('Không tìm thấy buổi làm việc này.')}
      >
        {d && session && (
          <div className="dv-cp-stack">
            <Card>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'unit', label: t('Đơn vị'), children: session.unitName },
                  {
                    key: 'when',
                    label: t('Thời gian'),
                    children: `${t.pick(session.timeOfDayLabel)} ${date(session.heldOn)}`,
                  },
                  { key: 'where', label: t('Địa điểm'), children: session.location ?? '—' },
                  {
                    key: 'notice',
                    label: t('Số thông báo kết luận'),
                    children: session.noticeNumber ?? t('Chưa cấp số'),
                  },
                  {
                    key: 'signer',
                    label: t('Người ký'),
                    children:
                      session.signerCapacity === 'deputy'
                        ? t('{name}, ký thay Trưởng đoàn', { name: session.signerName ?? '' })
                        : (d.inspection.head.name ?? t('Trưởng đoàn')),
                  },
                  {
                    key: 'summary',
                    label: t('Tóm tắt'),
                    span: 2,
                    children: <Paragraphs text={session.summary} />,
                  },
                ]}
              />
            </Card>
            {groups.map(([kind, heading, empty]) => {
              const list = session.findings.filter((f) => f.kind === kind);
              return (
                <Card key={kind} title={`${heading} (${list.length})`}>
                  <div className="dv-cp-stack">
                    {list.length === 0 && <span className="dv-cp-muted">{empty}</span>}
                    {list.map((f) => (
                      <FindingCard key={f.id} finding={f} unitName={names.get(f.unitCode)} />
                    ))}
                  </div>
                </Card>
              );
            })}
            {d.canManage && <NoticeSignerForm key={session.version} detail={d} session={session} />}
            {d.canManage && <FindingForm detail={d} session={session} />}
          </div>
        )}
      </QueryState>
    </PageFrame>
  );
}

interface Values {
  kind: FindingKind;
  text: string;
  unitCode: string;
  dueOn?: string;
}

function FindingForm({
  detail,
  session,
}: {
  detail: InspectionDetail;
  session: InspectionSession;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const id = detail.inspection.id;
  const add = useApiMutation(
    (v: Values) =>
      campaignApi.addFinding(id, session.id, {
        ...v,
        dueOn: v.kind === 'acknowledgement' ? null : (v.dueOn ?? null),
      }),
    [
      ['inspection', id],
      ['inspection-board', id],
    ],
  );
  return (
    <Card title={t('Thêm nội dung kết luận')}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'clarification', unitCode: session.unitCode }}
        onFinish={(v) => add.mutate(v, { onSuccess: () => form.resetFields(['text', 'dueOn']) })}
      >
        <ProblemAlert error={add.error} />
        <Form.Item name="kind" label={t('Loại nội dung')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'acknowledgement', label: t('Ghi nhận kết quả') },
              { value: 'clarification', label: t('Yêu cầu làm rõ') },
              { value: 'recommendation', label: t('Kiến nghị, đề nghị') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('Nội dung')}
          rules={[{ required: true, message: t('Vui lòng nhập nội dung.') }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="unitCode" label={t('Đơn vị thực hiện')}>
          <Select
            style={{ maxWidth: 360 }}
            options={detail.inspection.targets.map((u) => ({ value: u.code, label: u.name }))}
          />
        </Form.Item>
        {kind !== 'acknowledgement' && (
          <Form.Item name="dueOn" label={t('Hạn thực hiện')}>
            <DateInput />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('Thêm nội dung')}
        </Button>
      </Form>
    </Card>
  );
}
