import { Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { DateInput } from '../app/DateInput';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation } from './api';
import { statusTone } from './labels';
import { ProblemAlert, StatusPill, useDate } from './shared';
import type { Commitment, CommitmentStatus, Dialogue } from './types';

interface Values {
  opinion: string;
  owner: string;
  dueOn?: string;
}

/** Opinions raised at the conference and the commitments made on them, tracked to done. */
export function Commitments({ dialogue: d }: { dialogue: Dialogue }) {
  const t = useT();
  const date = useDate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const add = useApiMutation((v: Values) => campaignApi.addCommitment(d.id, v), [['dialogues']]);
  const update = useApiMutation(
    ({ c, status }: { c: Commitment; status: CommitmentStatus }) =>
      campaignApi.updateCommitment(d.id, c.id, { version: c.version, status }),
    [['dialogues']],
  );
  const statuses: { value: CommitmentStatus; label: string }[] = [
    { value: 'open', label: t('Chưa thực hiện') },
    { value: 'in_progress', label: t('Đang thực hiện') },
    { value: 'done', label: t('Đã hoàn thành') },
  ];
  const canAdd = d.status === 'held' || d.status === 'results_published';

  return (
    <Card title={t('Ý kiến và cam kết giải quyết ({n})', { n: d.commitments.length })}>
      <ProblemAlert error={add.error ?? update.error} />
      <Table<Commitment>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={d.commitments}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('Chưa ghi nhận ý kiến, cam kết nào.') }}
        columns={[
          { title: t('STT'), dataIndex: 'position', width: 60 },
          { title: t('Ý kiến của Nhân dân'), dataIndex: 'opinion' },
          { title: t('Đơn vị chịu trách nhiệm'), dataIndex: 'owner', width: 200 },
          {
            title: t('Hạn'),
            key: 'due',
            width: 140,
            render: (_, c) => (
              <>
                {date(c.dueOn)}
                {c.overdue && <div className="dv-cp-overdue-text">{t('Quá hạn')}</div>}
              </>
            ),
          },
          {
            title: t('Tình trạng'),
            key: 'status',
            width: 200,
            render: (_, c) => (
              <Space direction="vertical" size={4}>
                <StatusPill
                  label={t.pick(c.statusLabel)}
                  tone={c.overdue ? 'warn' : (statusTone[c.status] ?? 'new')}
                />
                {c.status !== 'done' && (
                  <Select<CommitmentStatus>
                    size="small"
                    aria-label={t('Cập nhật tình trạng: {opinion}', { opinion: c.opinion })}
                    value={c.status}
                    style={{ width: 170 }}
                    options={statuses}
                    onChange={(status) =>
                      update.mutate(
                        { c, status },
                        { onSuccess: (r) => client.setQueryData(['dialogue', d.id], r) },
                      )
                    }
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
      {canAdd && (
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ marginTop: 16 }}
          onFinish={(v) =>
            add.mutate(v, {
              onSuccess: (r) => {
                client.setQueryData(['dialogue', d.id], r);
                form.resetFields();
              },
            })
          }
        >
          <Form.Item
            name="opinion"
            label={t('Ý kiến của Nhân dân')}
            rules={[{ required: true, message: t('Vui lòng nhập ý kiến.') }]}
          >
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item
              name="owner"
              label={t('Đơn vị chịu trách nhiệm')}
              rules={[{ required: true, message: t('Vui lòng nhập đơn vị.') }]}
            >
              <Input maxLength={300} style={{ width: 280 }} />
            </Form.Item>
            <Form.Item name="dueOn" label={t('Hạn giải quyết')}>
              <DateInput />
            </Form.Item>
          </Space>
          <div>
            <Button htmlType="submit" loading={add.isPending}>
              {t('Thêm cam kết')}
            </Button>
          </div>
        </Form>
      )}
    </Card>
  );
}
