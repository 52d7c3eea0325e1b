import { Button, Form, Input, Select, Space, Tooltip, type FormInstance } from 'antd';
import { useT } from '../i18n/i18n-context';
import { autoSourceLabels } from './labels';
import type { AutoSource } from './types';

/** One indicator of a report template as the forms edit it (`key` kept for existing indicators). */
export interface IndicatorRow {
  key?: string;
  labelVi: string;
  labelEn?: string;
  kind: 'number' | 'text' | 'auto';
  source?: AutoSource;
  unitVi?: string;
  unitEn?: string;
  hint?: string;
}

/**
 * Gives every row a key: existing indicators keep theirs; new ones take the source (auto) or the
 * next free `chi_tieu_<n>`, never one used before in the template.
 */
export function keyRows(rows: IndicatorRow[], taken: readonly string[] = []) {
  const used = new Set([...taken, ...rows.map((r) => r.key).filter((k): k is string => !!k)]);
  let n = 1;
  return rows.map((row) => {
    if (row.key) return { ...row, key: row.key };
    let key = row.kind === 'auto' && row.source ? row.source : '';
    if (!key || used.has(key)) {
      while (used.has(`chi_tieu_${n}`)) n += 1;
      key = `chi_tieu_${n}`;
    }
    used.add(key);
    return { ...row, key };
  });
}

/** The body of a PATCH/POST indicator from a form row. */
export const indicatorBody = (row: IndicatorRow & { key: string }) => ({
  key: row.key,
  labelVi: row.labelVi,
  labelEn: row.labelEn || row.labelVi,
  kind: row.kind,
  source: row.kind === 'auto' ? (row.source ?? null) : null,
  unitVi: row.unitVi || null,
  unitEn: row.unitEn || null,
  hint: row.hint || null,
});

/**
 * The indicators of a report template inside a form (Form.List `indicators`): label in Vietnamese
 * and English, kind (typed-in number or text, or computed with its source), unit of measure, hint.
 * An indicator units have already answered (`locked`) keeps its kind, source and unit and cannot be
 * removed; its wording may change.
 */
export function IndicatorFields({
  form,
  locked = new Set<string>(),
}: {
  form: FormInstance;
  locked?: ReadonlySet<string>;
}) {
  const t = useT();
  const kinds = [
    { value: 'number', label: t('Số liệu đơn vị nhập') },
    { value: 'text', label: t('Nội dung đơn vị nhập') },
    { value: 'auto', label: t('Hệ thống tự tính') },
  ];
  const lockedAt = (name: number) =>
    locked.has((form.getFieldValue(['indicators', name, 'key']) as string | undefined) ?? '');
  return (
    <Form.List name="indicators">
      {(fields, { add, remove }) => (
        <fieldset className="dv-cp-fieldset">
          <legend>{t('Chỉ tiêu của mẫu báo cáo')}</legend>
          {fields.map((field, index) => {
            const answered = lockedAt(field.name);
            return (
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
                    <Select options={kinds} style={{ width: 190 }} disabled={answered} />
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
                            disabled={answered}
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
                    <Input maxLength={50} style={{ width: 110 }} disabled={answered} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'unitEn']} label={t('Đơn vị tính (tiếng Anh)')}>
                    <Input maxLength={50} style={{ width: 130 }} disabled={answered} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'hint']} label={t('Hướng dẫn')}>
                    <Input maxLength={1000} style={{ width: 240 }} />
                  </Form.Item>
                  {answered ? (
                    <Tooltip
                      title={t(
                        'Đã có đơn vị gửi số liệu: giữ loại, nguồn và đơn vị tính; chỉ sửa được tên và hướng dẫn.',
                      )}
                    >
                      <span className="dv-cp-muted dv-cp-locked">{t('Đã có số liệu')}</span>
                    </Tooltip>
                  ) : (
                    <Button onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                      {t('Bỏ')}
                      <span className="dv-visually-hidden">
                        {' '}
                        {t('chỉ tiêu {n}', { n: index + 1 })}
                      </span>
                    </Button>
                  )}
                </Space>
              </div>
            );
          })}
          <Button onClick={() => add({ labelVi: '', kind: 'number' })}>{t('Thêm chỉ tiêu')}</Button>
        </fieldset>
      )}
    </Form.List>
  );
}
