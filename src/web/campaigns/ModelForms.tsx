import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { DateInput } from '../app/DateInput';
import { useSession } from '../auth/session';
import { todayIso } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useCampaigns, useScopeUnits } from './api';
import { awardLevelLabels, modelActionLabels, modelFieldLabels } from './labels';
import { ProblemAlert } from './shared';
import type { AwardLevel, Model, ModelAction, ModelField } from './types';

const invalidate = [['models'], ['model-stats']];

interface RegisterValues {
  unitCode: string;
  name: string;
  field: ModelField;
  campaignId?: string;
  startedOn?: string;
  description?: string;
  peopleInvolved?: string;
  results?: string;
}

/** Registers a «Dân vận khéo» model for one of the official's units. */
export function ModelRegisterForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const { user } = useSession();
  // A model is registered today: only units in force today.
  const units = useScopeUnits(todayIso());
  const campaigns = useCampaigns();
  const register = useApiMutation(
    (v: RegisterValues) => campaignApi.registerModel({ ...v, campaignId: v.campaignId ?? null }),
    invalidate,
  );
  return (
    <Form<RegisterValues>
      layout="vertical"
      initialValues={{ unitCode: user.unit.code, field: 'political_system' }}
      onFinish={(v) => register.mutate(v, { onSuccess: onDone })}
    >
      <ProblemAlert error={register.error} />
      <Form.Item
        name="name"
        label={t('Tên mô hình')}
        rules={[{ required: true, message: t('Vui lòng nhập tên mô hình.') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="unitCode"
        label={t('Đơn vị thực hiện')}
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
      <Form.Item name="field" label={t('Lĩnh vực thực hiện')}>
        <Select
          options={(Object.keys(modelFieldLabels) as ModelField[]).map((k) => ({
            value: k,
            label: t.pick(modelFieldLabels[k]),
          }))}
        />
      </Form.Item>
      <Form.Item name="campaignId" label={t('Thuộc đợt, phong trào')}>
        <Select
          allowClear
          options={(campaigns.data?.items ?? []).map((c) => ({
            value: c.id,
            label: t.pick(c.name),
          }))}
        />
      </Form.Item>
      <Form.Item name="startedOn" label={t('Ngày bắt đầu thực hiện')}>
        <DateInput />
      </Form.Item>
      <Form.Item name="description" label={t('Mô tả cách làm')}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item name="peopleInvolved" label={t('Lực lượng tham gia')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="results" label={t('Kết quả bước đầu')}>
        <Input.TextArea rows={2} maxLength={20000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={register.isPending}>
        {t('Đăng ký mô hình')}
      </Button>
    </Form>
  );
}

interface ActionValues {
  note?: string;
  awardName?: string;
  awardLevel?: AwardLevel;
  awardDate?: string;
}

/** Survey, recognise, replicate or commend (with the award) a model. */
export function ModelActionModal({
  model,
  action,
  onClose,
}: {
  model: Model;
  action: ModelAction;
  onClose(): void;
}) {
  const t = useT();
  const [form] = Form.useForm<ActionValues>();
  const act = useApiMutation(
    (v: ActionValues) =>
      campaignApi.modelAction(model.id, {
        action,
        version: model.version,
        note: v.note?.trim() || null,
        ...(action === 'commend'
          ? {
              award: {
                name: v.awardName ?? '',
                level: v.awardLevel ?? 'district',
                date: v.awardDate ?? todayIso(),
              },
            }
          : {}),
      }),
    invalidate,
  );
  const label = t.pick(modelActionLabels[action]);
  return (
    <Modal
      open
      title={`${label}: ${model.name}`}
      okText={label}
      cancelText={t('Hủy bỏ')}
      confirmLoading={act.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<ActionValues>
        form={form}
        layout="vertical"
        initialValues={{ awardLevel: 'district', awardDate: todayIso() }}
        onFinish={(v) => act.mutate(v, { onSuccess: onClose })}
      >
        <ProblemAlert error={act.error} />
        {action === 'commend' && (
          <>
            <Form.Item
              name="awardName"
              label={t('Hình thức khen thưởng')}
              rules={[{ required: true, message: t('Vui lòng nhập hình thức khen thưởng.') }]}
            >
              <Input placeholder={t('Ví dụ: Giấy khen của UBND huyện')} maxLength={300} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="awardLevel" label={t('Cấp khen thưởng')}>
                <Select
                  style={{ width: 180 }}
                  options={(Object.keys(awardLevelLabels) as AwardLevel[]).map((k) => ({
                    value: k,
                    label: t.pick(awardLevelLabels[k]),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="awardDate"
                label={t('Ngày khen thưởng')}
                rules={[{ required: true, message: t('Vui lòng nhập ngày.') }]}
              >
                <DateInput />
              </Form.Item>
            </Space>
          </>
        )}
        <Form.Item name="note" label={t('Ghi chú')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
