import { Button, Form, Input, Radio, Select } from 'antd';
import { DateInput } from '../app/DateInput';
import { useT } from '../i18n/i18n-context';
import { useAddCalendarEntry, type NewCalendarEntry, type RecomputeSummary } from './api';
import { DECISION_LABELS } from './labels';
import { BilingualNameFields, useRequired } from './FormModal';
import { AdminProblem } from './shared';

interface Values {
  type: 'extra_holiday' | 'decision';
  decisionType: 'day_off' | 'working_day' | 'holiday_override';
  date: string;
  nameVi: string;
  nameEn: string;
  source: string;
}

/** Adds an extra holiday or an official decision (day off, make-up working day); the source is required. */
export function CalendarEntryForm({ onSaved }: { onSaved(summary: RecomputeSummary): void }) {
  const t = useT();
  const { required } = useRequired();
  const [form] = Form.useForm<Values>();
  const add = useAddCalendarEntry();
  const type = Form.useWatch('type', form);

  const submit = (v: Values) => {
    const name = { vi: v.nameVi.trim(), en: v.nameEn.trim() };
    const body: NewCalendarEntry =
      v.type === 'decision'
        ? {
            type: 'decision',
            decisionType: v.decisionType,
            date: v.date,
            name,
            source: v.source.trim(),
          }
        : { type: 'extra_holiday', date: v.date, name, source: v.source.trim() };
    add.mutate(body, {
      onSuccess: (r) => {
        form.resetFields();
        onSaved(r.recompute);
      },
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      name="calendar-entry"
      initialValues={{ type: 'extra_holiday', decisionType: 'day_off' }}
      onFinish={submit}
    >
      <AdminProblem error={add.error} />
      <Form.Item name="type" label={t('Loại mục')}>
        <Radio.Group
          options={[
            { value: 'extra_holiday', label: t('Ngày lễ bổ sung') },
            { value: 'decision', label: t('Quyết định nghỉ / làm bù') },
          ]}
        />
      </Form.Item>
      {type === 'decision' && (
        <Form.Item name="decisionType" label={t('Nội dung quyết định')}>
          <Select
            options={Object.entries(DECISION_LABELS).map(([value, label]) => ({
              value,
              label: t.pick(label),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="date" label={t('Ngày')} rules={required}>
        <DateInput />
      </Form.Item>
      <BilingualNameFields maxLength={200} />
      <Form.Item
        name="source"
        label={t('Căn cứ')}
        extra={t('Số, ngày, cơ quan ban hành văn bản (bắt buộc).')}
        rules={[{ required: true, whitespace: true, message: t('Phải ghi căn cứ pháp lý.') }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t('Thêm vào lịch')}
      </Button>
    </Form>
  );
}
