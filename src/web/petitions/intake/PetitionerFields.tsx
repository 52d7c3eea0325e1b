import { Button, Checkbox, Form, Input, InputNumber } from 'antd';
import { useT } from '../../i18n/i18n-context';
import { emptyPetitioner } from './intake-values';

/** The people who sign the petition: several allowed, one may be the representative. */
export function PetitionerFields({ anonymous, many }: { anonymous: boolean; many: boolean }) {
  const t = useT();
  if (anonymous) {
    return (
      <p className="dv-field-hint">
        {t('Đơn không ghi rõ họ tên, địa chỉ người gửi: không nhập người đứng đơn.')}
      </p>
    );
  }
  return (
    <>
      <Form.List name="petitioners">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <fieldset key={field.key} className="dv-person">
                <legend>
                  {index === 0
                    ? t('Người đứng đơn')
                    : t('Người đứng đơn thứ {n}', { n: index + 1 })}
                </legend>
                <div className="dv-grid-2">
                  <Form.Item
                    name={[field.name, 'fullName']}
                    label={t('Họ và tên')}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('Nhập họ và tên người đứng đơn.'),
                      },
                    ]}
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'identityNumber']}
                    label={t('Số CCCD/CMND/hộ chiếu')}
                    rules={[
                      {
                        pattern: /^[0-9A-Za-z]{6,20}$/,
                        message: t('Từ 6 đến 20 chữ hoặc số, không có dấu cách.'),
                      },
                    ]}
                  >
                    <Input autoComplete="off" inputMode="numeric" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'phone']}
                    label={t('Số điện thoại')}
                    rules={[
                      { pattern: /^[0-9+ ().-]{8,20}$/, message: t('Số điện thoại chưa đúng.') },
                    ]}
                  >
                    <Input autoComplete="off" inputMode="tel" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'address']} label={t('Địa chỉ')}>
                    <Input autoComplete="off" />
                  </Form.Item>
                </div>
                <div className="dv-person-actions">
                  <Form.Item
                    name={[field.name, 'isRepresentative']}
                    valuePropName="checked"
                    noStyle
                  >
                    <Checkbox>{t('Là người đại diện')}</Checkbox>
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="link"
                      danger
                      onClick={() => remove(field.name)}
                      aria-label={t('Bỏ người đứng đơn thứ {n}', { n: index + 1 })}
                    >
                      {t('Bỏ người này')}
                    </Button>
                  )}
                </div>
              </fieldset>
            ))}
            <Button onClick={() => add(emptyPetitioner())}>{t('+ Thêm người đứng đơn')}</Button>
          </>
        )}
      </Form.List>
      <div className="dv-inline-fields">
        <Form.Item name="manySignatories" valuePropName="checked" noStyle>
          <Checkbox>{t('Đơn nhiều người cùng ký (đông người)')}</Checkbox>
        </Form.Item>
        {many && (
          <Form.Item name="signatoryCount" label={t('Số người ký đơn')} className="dv-inline-item">
            <InputNumber min={1} max={100000} />
          </Form.Item>
        )}
      </div>
    </>
  );
}
