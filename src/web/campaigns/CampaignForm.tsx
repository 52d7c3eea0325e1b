import { Button, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { DateInput } from '../app/DateInput';
import { todayIso } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useScopeUnits } from './api';
import { IndicatorFields, indicatorBody, keyRows, type IndicatorRow } from './IndicatorFields';
import { ProblemAlert, useDate } from './shared';

interface Values {
  nameVi: string;
  nameEn: string;
  motto?: string;
  mottoEn?: string;
  periodFrom: string;
  periodTo: string;
  dueOn?: string;
  launchedBy?: string;
  description?: string;
  descriptionEn?: string;
  unitCodes: string[];
  indicators: IndicatorRow[];
}

const year = todayIso().slice(0, 4);

/** The default indicators of a new campaign: the system's own counts and one typed-in number. */
const DEFAULT_ROWS: IndicatorRow[] = [
  {
    labelVi: 'Số đơn thư tiếp nhận',
    labelEn: 'Petitions received',
    kind: 'auto',
    source: 'petitions_received',
    unitVi: 'đơn',
    unitEn: 'petitions',
  },
  {
    labelVi: 'Số đơn thư đã giải quyết',
    labelEn: 'Petitions resolved',
    kind: 'auto',
    source: 'petitions_resolved',
    unitVi: 'đơn',
    unitEn: 'petitions',
  },
  {
    labelVi: 'Số mô hình "Dân vận khéo"',
    labelEn: '"Dân vận khéo" models',
    kind: 'auto',
    source: 'models_registered',
    unitVi: 'mô hình',
    unitEn: 'models',
  },
  {
    labelVi: 'Số hội nghị đối thoại với Nhân dân',
    labelEn: 'Dialogue conferences held',
    kind: 'auto',
    source: 'dialogues_held',
    unitVi: 'hội nghị',
    unitEn: 'conferences',
  },
  {
    labelVi: 'Số lớp tập huấn, quán triệt đã tổ chức',
    labelEn: 'Training sessions held',
    kind: 'number',
    unitVi: 'lớp',
    unitEn: 'sessions',
  },
];

/**
 * Launches a campaign: names and motto in Vietnamese and English, period and report due date,
 * the units concerned (only units in force today), and the report template's indicators.
 */
export function CampaignForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const periodFrom = Form.useWatch('periodFrom', form) ?? `${year}-01-01`;
  const periodTo = Form.useWatch('periodTo', form) ?? `${year}-12-31`;
  // The server's rule: units in force on today's date within the period (a past campaign: its last day).
  const today = todayIso();
  const on = periodTo < today ? periodTo : periodFrom > today ? periodFrom : today;
  const units = useScopeUnits(on);
  const date = useDate();
  const create = useApiMutation(
    (v: Values) =>
      campaignApi.createCampaign({
        ...v,
        indicators: keyRows(v.indicators).map(indicatorBody),
      }),
    [['campaigns']],
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        periodFrom: `${year}-01-01`,
        periodTo: `${year}-12-31`,
        indicators: DEFAULT_ROWS,
      }}
      onFinish={(v) =>
        create.mutate(v, {
          onSuccess: (d) => {
            onDone();
            void navigate(`/campaigns/${d.campaign.id}`);
          },
        })
      }
    >
      <ProblemAlert error={create.error} />
      <Form.Item
        name="nameVi"
        label={t('Tên đợt, phong trào')}
        rules={[{ required: true, message: t('Vui lòng nhập tên.') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="nameEn"
        label={t('Tên tiếng Anh')}
        rules={[{ required: true, message: t('Vui lòng nhập tên tiếng Anh.') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="motto" label={t('Phương châm')}>
          <Input maxLength={500} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="mottoEn" label={t('Phương châm (tiếng Anh)')}>
          <Input maxLength={500} style={{ width: 260 }} />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item
          name="periodFrom"
          label={t('Từ ngày')}
          rules={[{ required: true, message: t('Vui lòng nhập ngày.') }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="periodTo"
          label={t('Đến ngày')}
          rules={[{ required: true, message: t('Vui lòng nhập ngày.') }]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="dueOn" label={t('Hạn nộp báo cáo')}>
          <DateInput />
        </Form.Item>
      </Space>
      <Form.Item name="launchedBy" label={t('Phát động bởi')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label={t('Nội dung, yêu cầu')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="descriptionEn" label={t('Nội dung, yêu cầu (tiếng Anh)')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="unitCodes"
        label={t('Đơn vị thực hiện, báo cáo')}
        extra={t('Chỉ các đơn vị đang hoạt động vào ngày {date}.', { date: date(on) })}
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
      <IndicatorFields form={form} />
      <Button type="primary" htmlType="submit" loading={create.isPending} style={{ marginTop: 16 }}>
        {t('Phát động')}
      </Button>
    </Form>
  );
}
