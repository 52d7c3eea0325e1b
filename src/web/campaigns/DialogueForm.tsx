import { Alert, Button, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { DateInput } from '../app/DateInput';
import { useSession } from '../auth/session';
import { todayIso } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useScopeUnits } from './api';
import { ProblemAlert } from './shared';

interface Values {
  unitCode: string;
  topic: string;
  scheduledOn: string;
  announcedOn?: string;
  location?: string;
  participants?: string;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Plans a dialogue conference; warns (without blocking) when announced less than 7 days ahead. */
export function DialogueForm({ minNoticeDays, onDone }: { minNoticeDays: number; onDone(): void }) {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const scheduledOn = Form.useWatch('scheduledOn', form);
  const announcedOn = Form.useWatch('announcedOn', form);
  // Only units in force on the conference date (no dissolved unit sharing a name or code).
  const units = useScopeUnits(scheduledOn || todayIso());
  const notice = scheduledOn && announcedOn ? daysBetween(announcedOn, scheduledOn) : null;
  const schedule = useApiMutation((v: Values) => campaignApi.scheduleDialogue(v), [['dialogues']]);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ unitCode: user.unit.code, announcedOn: todayIso() }}
      onFinish={(v) =>
        schedule.mutate(v, {
          onSuccess: (r) => {
            onDone();
            void navigate(`/dialogues/${r.dialogue.id}`, { state: { warnings: r.warnings } });
          },
        })
      }
    >
      <ProblemAlert error={schedule.error} />
      <Form.Item
        name="unitCode"
        label={t('Đơn vị tổ chức')}
        rules={[{ required: true, message: t('Chọn đơn vị.') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={units.isPending}
          options={(units.data?.items ?? []).map((u) => ({
            value: u.code,
            label: u.fullName || u.name,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="topic"
        label={t('Chủ đề đối thoại')}
        rules={[{ required: true, message: t('Vui lòng nhập chủ đề.') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          name="scheduledOn"
          label={t('Ngày tổ chức')}
          rules={[{ required: true, message: t('Vui lòng nhập ngày.') }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="announcedOn" label={t('Ngày thông báo')}>
          <DateInput />
        </Form.Item>
      </Space>
      {notice !== null && notice < minNoticeDays && (
        <Alert
          type="warning"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={t('Thông báo trước {n} ngày, ít hơn {min} ngày theo quy định.', {
            n: notice,
            min: minNoticeDays,
          })}
          description={t('Vẫn có thể lưu, nhưng nên dời ngày tổ chức hoặc thông báo sớm hơn.')}
        />
      )}
      <Form.Item name="location" label={t('Địa điểm')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="participants" label={t('Thành phần dự kiến')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={schedule.isPending}>
        {t('Lên kế hoạch hội nghị')}
      </Button>
    </Form>
  );
}
