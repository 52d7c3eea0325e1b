import { Button, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { DateInput } from '../app/DateInput';
import { useSession } from '../auth/session';
import { todayIso } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useCampaigns, useScopeUnits } from './api';
import { ProblemAlert } from './shared';

interface Values {
  title: string;
  decisionNumber: string;
  decisionDate: string;
  issuingBody: string;
  headTitle: string;
  campaignId?: string;
  members?: { name: string; title: string }[];
  targetUnitCodes: string[];
}

/** Sets up an inspection delegation; the signed-in inspector becomes its head. */
export function InspectionForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const decisionDate = Form.useWatch('decisionDate', form) ?? todayIso();
  const units = useScopeUnits(decisionDate);
  const campaigns = useCampaigns();
  const create = useApiMutation(
    (v: Values) =>
      campaignApi.createInspection({
        ...v,
        campaignId: v.campaignId ?? null,
        headUserId: user.id,
        headName: user.displayName,
        members: (v.members ?? []).filter((m) => m?.name),
      }),
    [['inspections']],
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ decisionDate: todayIso(), members: [] }}
      onFinish={(v) =>
        create.mutate(v, {
          onSuccess: (d) => {
            onDone();
            void navigate(`/inspections/${d.inspection.id}`);
          },
        })
      }
    >
      <ProblemAlert error={create.error} />
      <Form.Item
        name="title"
        label={t('Nội dung kiểm tra')}
        rules={[{ required: true, message: t('Vui lòng nhập nội dung kiểm tra.') }]}
      >
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          name="decisionNumber"
          label={t('Số quyết định')}
          rules={[{ required: true, message: t('Vui lòng nhập số quyết định.') }]}
        >
          <Input maxLength={100} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="decisionDate"
          label={t('Ngày quyết định')}
          rules={[{ required: true, message: t('Vui lòng nhập ngày.') }]}
        >
          <DateInput />
        </Form.Item>
      </Space>
      <Form.Item
        name="issuingBody"
        label={t('Cơ quan ban hành')}
        rules={[{ required: true, message: t('Vui lòng nhập cơ quan ban hành.') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="headTitle"
        label={t('Chức vụ của trưởng đoàn ({name})', { name: user.displayName })}
        rules={[{ required: true, message: t('Vui lòng nhập chức vụ.') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="campaignId" label={t('Thuộc đợt, phong trào')}>
        <Select
          allowClear
          loading={campaigns.isPending}
          options={(campaigns.data?.items ?? []).map((c) => ({
            value: c.id,
            label: t.pick(c.name),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="targetUnitCodes"
        label={t('Đơn vị được kiểm tra')}
        extra={t('Danh sách đơn vị có hiệu lực tại ngày quyết định.')}
        rules={[{ required: true, message: t('Chọn ít nhất một đơn vị.') }]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={units.isPending}
          options={(units.data?.items ?? []).map((u) => ({
            value: u.code,
            label: u.fullName || u.name,
          }))}
        />
      </Form.Item>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <fieldset className="dv-cp-fieldset">
            <legend>{t('Thành viên đoàn')}</legend>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start">
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('Họ tên')}
                  rules={[{ required: true, message: t('Vui lòng nhập họ tên.') }]}
                >
                  <Input maxLength={200} style={{ width: 220 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'title']}
                  label={t('Chức vụ trong đoàn')}
                  rules={[{ required: true, message: t('Vui lòng nhập chức vụ.') }]}
                >
                  <Input maxLength={300} style={{ width: 220 }} />
                </Form.Item>
                <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                  {t('Bỏ')}
                </Button>
              </Space>
            ))}
            <Button onClick={() => add({ name: '', title: '' })}>{t('Thêm thành viên')}</Button>
          </fieldset>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={create.isPending} style={{ marginTop: 16 }}>
        {t('Thành lập đoàn')}
      </Button>
    </Form>
  );
}
