import { Alert, Button, Card, Form, Input, Popconfirm, Radio, Select, Space } from 'antd';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation } from './api';
import { ProblemAlert, useDateTime } from './shared';
import type { InspectionDetail, InspectionSession, SignerCapacity } from './types';

interface Values {
  noticeNumber?: string;
  signerCapacity: SignerCapacity;
  signerName?: string;
}

/**
 * The conclusion notice's own number and who signs it: the head of the delegation, or a deputy
 * head in the head's place ("KT. TRƯỞNG ĐOÀN"). The server checks the number's form (Party or
 * State body) and that it is neither the decision's number nor already used this year.
 */
export function NoticeSignerForm({
  detail,
  session,
}: {
  detail: InspectionDetail;
  session: InspectionSession;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const capacity = Form.useWatch('signerCapacity', form);
  const id = detail.inspection.id;
  const save = useApiMutation(
    (v: Values) =>
      campaignApi.updateSession(id, session.id, {
        version: session.version,
        noticeNumber: v.noticeNumber?.trim() || null,
        signerCapacity: v.signerCapacity,
        signerName: v.signerCapacity === 'deputy' ? (v.signerName ?? null) : null,
      }),
    [['inspection', id]],
  );
  // Issuing freezes the notice: its findings print as they stand now; number and signer stay.
  const issue = useApiMutation(
    () =>
      campaignApi.updateSession(id, session.id, { version: session.version, issueNotice: true }),
    [['inspection', id]],
  );
  const dateTime = useDateTime();
  const head = detail.inspection.head;
  const issued = session.noticeIssuedAt ?? null;
  if (issued)
    return (
      <Card title={t('Số thông báo kết luận và người ký')}>
        <Alert
          type="success"
          showIcon
          title={t('Đã ban hành thông báo số {n} lúc {at}; nội dung kết luận đã được chốt.', {
            n: session.noticeNumber ?? '',
            at: dateTime(issued),
          })}
        />
      </Card>
    );
  return (
    <Card title={t('Số thông báo kết luận và người ký')}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          noticeNumber: session.noticeNumber ?? '',
          signerCapacity: session.signerCapacity,
          signerName: session.signerName ?? undefined,
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <ProblemAlert error={save.error} />
        <Form.Item
          name="noticeNumber"
          label={t('Số thông báo kết luận')}
          extra={t('Cơ quan Đảng: 12-TB/ĐKT; cơ quan nhà nước: 12/TB-ĐKT. Khác số quyết định.')}
        >
          <Input maxLength={100} style={{ maxWidth: 280 }} />
        </Form.Item>
        <Form.Item name="signerCapacity" label={t('Người ký')}>
          <Radio.Group
            options={[
              {
                value: 'head',
                label: `${t('Trưởng đoàn ký')}${head.name ? ` (${head.name})` : ''}`,
              },
              { value: 'deputy', label: t('Phó trưởng đoàn ký thay (KT. Trưởng đoàn)') },
            ]}
          />
        </Form.Item>
        {capacity === 'deputy' && (
          <Form.Item
            name="signerName"
            label={t('Người ký thay')}
            rules={[{ required: true, message: t('Chọn thành viên ký thay.') }]}
          >
            <Select
              style={{ maxWidth: 360 }}
              options={detail.inspection.members.map((m) => ({
                value: m.name,
                label: `${m.name} — ${m.title}`,
              }))}
            />
          </Form.Item>
        )}
        <ProblemAlert error={issue.error} />
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('Lưu số và người ký')}
          </Button>
          {session.noticeNumber && (
            <Popconfirm
              title={t('Ban hành thông báo kết luận?')}
              description={t(
                'Nội dung kết luận được chốt như hiện nay; sau đó không sửa số, ngày, người ký.',
              )}
              okText={t('Ban hành')}
              cancelText={t('Hủy')}
              onConfirm={() => issue.mutate(undefined)}
            >
              <Button loading={issue.isPending}>{t('Ban hành thông báo')}</Button>
            </Popconfirm>
          )}
        </Space>
      </Form>
    </Card>
  );
}
