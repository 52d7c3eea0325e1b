import { Button, Form, Input, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { DateInput } from '../app/DateInput';
import { todayIso } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useScopeUnits } from './api';
import { autoSourceLabels } from './labels';
import { ProblemAlert, useDate } from './shared';

interface IndicatorRow {
  labelVi: string;
  labelEn?: string;
  kind: 'number' | 'text' | 'auto';
  source?: string;
  unitVi?: string;
  unitEn?: string;
  hint?: string;
}

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

/** Indicator key from its position: stable, lower-case, unique within the template. */
const keyOf = (row: IndicatorRow, i: number) =>
  row.kind === 'auto' && row.source ? row.source : `chi_tieu_${i + 1}`;

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
        indicators: v.indicators.map((row, i) => ({
          key: keyOf(row, i),
          labelVi: row.labelVi,
          labelEn: row.labelEn || row.labelVi,
          kind: row.kind,
          source: row.kind === 'auto' ? row.source : null,
          unitVi: row.unitVi || null,
          unitEn: row.unitEn || null,
          hint: row.hint || null,
        })),
      }),
    [['campaigns']],
  );
  const kinds = [
    { value: 'number', label: t('Số liệu đơn vị nhập') },
    { value: 'text', label: t('Nội dung đơn vị nhập') },
    { value: 'auto', label: t('Hệ thống tự tính') },
  ];

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
      <Form.List name="indicators">
        {(fields, { add, remove }) => (
          <fieldset className="dv-cp-fieldset">
            <legend>{t('Chỉ tiêu của mẫu báo cáo')}</legend>
            {fields.map((field) => (
              <div key={field.key} className="dv-cp-indicator-row">
                <Space wrap align="start">
                  <Form.Item
                    name={[field.name, 'labelVi']}
                    label={t('Tên chỉ tiêu')}
                    rules={[{ required: true, message: t('Vui lòng nhập tên chỉ tiêu.') }]}
                  >
                    <Input maxLength={300} style={{ width: 280 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'labelEn']} label={t('Tên tiếng Anh')}>
                    <Input maxLength={300} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} label={t('Loại')}>
                    <Select options={kinds} style={{ width: 190 }} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(['indicators', field.name, 'kind']) === 'auto' ? (
                        <Form.Item
                          name={[field.name, 'source']}
                          label={t('Nguồn số liệu')}
                          rules={[{ required: true, message: t('Chọn nguồn số liệu.') }]}
                        >
                          <Select
                            style={{ width: 240 }}
                            options={Object.entries(autoSourceLabels).map(([value, label]) => ({
                              value,
                              label: t.pick(label),
                            }))}
                          />
                        </Form.Item>
                      ) : null
                    }
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitVi']} label={t('Đơn vị tính')}>
                    <Input maxLength={50} style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'hint']} label={t('Hướng dẫn')}>
                    <Input maxLength={1000} style={{ width: 240 }} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                    {t('Bỏ')}
                  </Button>
                </Space>
              </div>
            ))}
            <Button onClick={() => add({ labelVi: '', kind: 'number' })}>
              {t('Thêm chỉ tiêu')}
            </Button>
          </fieldset>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={create.isPending} style={{ marginTop: 16 }}>
        {t('Phát động')}
      </Button>
    </Form>
  );
}
