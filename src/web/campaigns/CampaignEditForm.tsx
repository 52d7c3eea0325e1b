import { Alert, Button, Form, Modal, Select } from 'antd';
import { DateInput } from '../app/DateInput';
import { todayIso } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { campaignApi, useApiMutation, useScopeUnits } from './api';
import { IndicatorFields, indicatorBody, keyRows, type IndicatorRow } from './IndicatorFields';
import { isAutoSource } from './labels';
import { ProblemAlert, useDate } from './shared';
import type { CampaignOverview } from './types';

interface Values {
  dueOn?: string | null;
  unitCodes: string[];
  indicators: IndicatorRow[];
}

const rowsOf = (o: CampaignOverview): IndicatorRow[] =>
  o.template.indicators.map((i) => ({
    key: i.key,
    labelVi: i.label.vi,
    labelEn: i.label.en,
    kind: i.kind,
    source: i.source && isAutoSource(i.source) ? i.source : undefined,
    unitVi: i.unit?.vi,
    unitEn: i.unit?.en,
    hint: i.hint ?? undefined,
  }));

/**
 * Edits a launched campaign (its owner): the report template's indicators, the units concerned and
 * the report due date. Units that already have a report stay; an indicator units have answered
 * keeps its kind, source and unit (the server answers 409 otherwise). The units are told of new
 * indicators and of a new due date; submitted reports keep the template version they answered.
 */
export function CampaignEditForm({
  overview,
  open,
  onClose,
}: {
  overview: CampaignOverview;
  open: boolean;
  onClose(): void;
}) {
  const t = useT();
  const date = useDate();
  const [form] = Form.useForm<Values>();
  const c = overview.campaign;
  const today = todayIso();
  const on = c.periodTo < today ? c.periodTo : c.periodFrom > today ? c.periodFrom : today;
  const units = useScopeUnits(on);
  const reporting = new Set(
    overview.units.filter((u) => u.reports.length > 0).map((u) => u.unitCode),
  );
  // Units already in the campaign are offered by their name even when no longer in force.
  const options = [
    ...overview.units.map((u) => ({
      value: u.unitCode,
      label: u.unitName,
      disabled: reporting.has(u.unitCode),
    })),
    ...(units.data?.items ?? [])
      .filter((u) => !c.unitCodes.includes(u.code))
      .map((u) => ({ value: u.code, label: u.fullName || u.name, disabled: false })),
  ];
  const save = useApiMutation(
    (v: Values) =>
      campaignApi.updateCampaign(c.id, {
        version: c.version,
        dueOn: v.dueOn || null,
        unitCodes: v.unitCodes,
        indicators: keyRows(
          v.indicators,
          overview.template.indicators.map((i) => i.key),
        ).map(indicatorBody),
      }),
    [['campaign', c.id], ['campaigns']],
  );
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      width={1100}
      destroyOnHidden
      title={t('Sửa mẫu báo cáo, đơn vị và hạn nộp')}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ dueOn: c.dueOn, unitCodes: c.unitCodes, indicators: rowsOf(overview) }}
        // Every value, not only the fields shown: an indicator's `key` has no field of its own and
        // would be dropped, turning each existing indicator into a removal plus a new one.
        onFinish={() => save.mutate(form.getFieldsValue(true), { onSuccess: onClose })}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t(
            'Báo cáo đã gửi giữ nguyên mẫu đã trả lời. Thêm chỉ tiêu hoặc đổi hạn nộp sẽ được thông báo cho các đơn vị.',
          )}
        />
        <ProblemAlert error={save.error} />
        <Form.Item name="dueOn" label={t('Hạn nộp báo cáo')}>
          <DateInput />
        </Form.Item>
        <Form.Item
          name="unitCodes"
          label={t('Đơn vị thực hiện, báo cáo')}
          extra={t(
            'Đơn vị đã lập báo cáo không bỏ được; đơn vị thêm mới phải đang hoạt động vào ngày {date}.',
            { date: date(on) },
          )}
          rules={[{ required: true, message: t('Chọn ít nhất một đơn vị.') }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            options={options}
          />
        </Form.Item>
        <IndicatorFields form={form} locked={new Set(overview.answeredIndicators)} />
        <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
          {t('Lưu thay đổi')}
        </Button>
      </Form>
    </Modal>
  );
}
