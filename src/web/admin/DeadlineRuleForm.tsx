import { Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { DateInput } from '../app/DateInput';
import { useT } from '../i18n/i18n-context';
import { useUpdateRule, type DeadlineRule, type RecomputeSummary, type RuleInput } from './api';
import { COUNTING_LABELS } from './labels';
import { FormModal, useFormValues, useRequired } from './FormModal';

interface Values {
  limit: number;
  counting: 'calendar' | 'working';
  hasExtension: boolean;
  maxTimes?: number;
  daysEach?: number;
  extensionCounting?: 'calendar' | 'working';
  effectiveFrom: string;
  effectiveTo?: string;
  source: string;
  verify: boolean;
  moveToNextWorkingDay: boolean;
}

/** Edits one deadline rule; the server recomputes the open deadlines and answers with a summary. */
export function DeadlineRuleForm({
  rule,
  onClose,
  onSaved,
}: {
  rule: DeadlineRule | null;
  onClose(): void;
  onSaved(s: RecomputeSummary): void;
}) {
  const t = useT();
  const { required } = useRequired();
  const [form] = Form.useForm<Values>();
  const update = useUpdateRule();
  const hasExtension = Form.useWatch('hasExtension', form);
  const counting = Object.entries(COUNTING_LABELS).map(([value, label]) => ({
    value,
    label: t.pick(label),
  }));

  useFormValues(form, rule !== null, () => {
    update.reset();
    return rule
      ? {
          limit: rule.limit,
          counting: rule.counting,
          hasExtension: Boolean(rule.extension),
          maxTimes: rule.extension?.maxTimes ?? 1,
          daysEach: rule.extension?.daysEach ?? rule.limit,
          extensionCounting: rule.extension?.counting ?? rule.counting,
          effectiveFrom: rule.effectiveFrom,
          effectiveTo: rule.effectiveTo ?? undefined,
          source: rule.source,
          verify: rule.verify,
          moveToNextWorkingDay: rule.moveToNextWorkingDay,
        }
      : {};
  });

  const submit = (v: Values) => {
    if (!rule) return;
    const input: RuleInput = {
      limit: v.limit,
      counting: v.counting,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo || null,
      source: v.source.trim(),
      verify: v.verify,
      moveToNextWorkingDay: v.moveToNextWorkingDay,
      extension: v.hasExtension
        ? {
            ...rule.extension,
            maxTimes: v.maxTimes ?? 1,
            daysEach: v.daysEach ?? 0,
            counting: v.extensionCounting ?? v.counting,
          }
        : null,
    };
    update.mutate(
      { id: rule.id, ...input },
      {
        onSuccess: (r) => {
          onSaved(r.recompute);
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      open={rule !== null}
      title={t('Sửa quy định {id}', { id: rule?.id ?? '' })}
      saving={update.isPending}
      error={update.error}
      onSave={() => form.submit()}
      onCancel={onClose}
      width={620}
    >
      <Form form={form} layout="vertical" name="rule-form" onFinish={submit}>
        <Space wrap>
          <Form.Item name="limit" label={t('Thời hạn (ngày)')} rules={required}>
            <InputNumber min={1} max={365} precision={0} />
          </Form.Item>
          <Form.Item name="counting" label={t('Cách tính')}>
            <Select options={counting} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="moveToNextWorkingDay"
            label={t('Dời sang ngày làm việc kế tiếp')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="hasExtension" label={t('Được gia hạn')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {hasExtension && (
          <Space wrap>
            <Form.Item name="maxTimes" label={t('Số lần gia hạn')}>
              <InputNumber min={1} max={10} precision={0} />
            </Form.Item>
            <Form.Item name="daysEach" label={t('Số ngày mỗi lần')}>
              <InputNumber min={1} max={365} precision={0} />
            </Form.Item>
            <Form.Item name="extensionCounting" label={t('Cách tính')}>
              <Select options={counting} style={{ width: 160 }} />
            </Form.Item>
          </Space>
        )}
        <Space wrap>
          <Form.Item name="effectiveFrom" label={t('Hiệu lực từ')} rules={required}>
            <DateInput />
          </Form.Item>
          <Form.Item name="effectiveTo" label={t('Hiệu lực đến')}>
            <DateInput />
          </Form.Item>
        </Space>
        <Form.Item
          name="source"
          label={t('Căn cứ')}
          rules={[{ required: true, whitespace: true, message: t('Phải ghi căn cứ pháp lý.') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="verify"
          label={t('Chưa xác minh nguồn (tắt khi đã đối chiếu văn bản gốc)')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
