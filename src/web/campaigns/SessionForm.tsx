import { Button, Form, Input, Select, Space } from 'antd';
import { DateInput } from '../app/DateInput';
import { todayIso } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation } from './api';
import { timeOfDayLabels } from './labels';
import { ProblemAlert } from './shared';
import type { InspectionDetail, TimeOfDay } from './types';

interface Values {
  unitCode: string;
  heldOn: string;
  timeOfDay: TimeOfDay;
  location?: string;
  noticeNumber?: string;
  summary?: string;
}

/** Records a working session of the delegation with one of its target units. */
export function SessionForm({
  detail,
  onDone,
}: {
  detail: InspectionDetail;
  onDone(sessionId: string | undefined): void;
}) {
  const t = useT();
  const id = detail.inspection.id;
  const add = useApiMutation(
    (v: Values) => campaignApi.addSession(id, v),
    [
      ['inspection', id],
      ['inspection-board', id],
    ],
  );
  const before = new Set(detail.sessions.map((s) => s.id));

  return (
    <Form<Values>
      layout="vertical"
      initialValues={{
        heldOn: todayIso(),
        timeOfDay: 'morning',
        unitCode: detail.inspection.targets[0]?.code,
      }}
      onFinish={(v) =>
        add.mutate(v, { onSuccess: (d) => onDone(d.sessions.find((s) => !before.has(s.id))?.id) })
      }
    >
      <ProblemAlert error={add.error} />
      <Form.Item
        name="unitCode"
        label={t('Làm việc với đơn vị')}
        rules={[{ required: true, message: t('Chọn đơn vị.') }]}
      >
        <Select
          options={detail.inspection.targets.map((u) => ({ value: u.code, label: u.name }))}
        />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          name="heldOn"
          label={t('Ngày làm việc')}
          rules={[{ required: true, message: t('Vui lòng nhập ngày.') }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="timeOfDay" label={t('Buổi')}>
          <Select
            style={{ width: 160 }}
            options={(Object.keys(timeOfDayLabels) as TimeOfDay[]).map((k) => ({
              value: k,
              label: t.pick(timeOfDayLabels[k]),
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="location" label={t('Địa điểm')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="noticeNumber" label={t('Số thông báo kết luận')}>
        <Input maxLength={100} placeholder="12-TB/ĐKT" />
      </Form.Item>
      <Form.Item name="summary" label={t('Tóm tắt buổi làm việc')}>
        <Input.TextArea rows={4} maxLength={20000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t('Lưu buổi làm việc')}
      </Button>
    </Form>
  );
}
