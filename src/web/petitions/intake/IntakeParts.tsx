import { Form, Input } from 'antd';
import { useT } from '../../i18n/i18n-context';
import type { Localized } from '../../i18n/language';
import { needsParts } from './intake-values';

/**
 * A letter that denounces and also asks something else: each kind gets its own part, so the cases
 * made from it carry only their own part while the denouncer's identity stays sealed (the server
 * refuses such a letter without parts). Shown only when the chosen kinds need it.
 */
export function IntakeParts({
  kinds,
  kindLabels,
}: {
  kinds: string[];
  kindLabels: Record<string, Localized>;
}) {
  const t = useT();
  if (!needsParts(kinds)) return null;
  return (
    <fieldset className="dv-section">
      <legend>{t('Tách nội dung theo loại đơn')}</legend>
      <p className="dv-field-hint">
        {t(
          'Đơn vừa tố cáo vừa có nội dung khác: ghi riêng phần của từng loại. Mỗi hồ sơ chỉ mang phần của mình; danh tính người tố cáo được giữ bí mật trên mọi hồ sơ.',
        )}
      </p>
      {kinds.map((kind) => {
        const label = kindLabels[kind] ? t.pick(kindLabels[kind]) : kind;
        return (
          <div key={kind} className="dv-grid-2">
            <Form.Item
              name={['parts', kind, 'title']}
              label={t('Trích yếu phần {kind}', { kind: label.toLowerCase() })}
              rules={[{ required: true, whitespace: true, message: t('Nhập trích yếu phần này.') }]}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              name={['parts', kind, 'content']}
              label={t('Nội dung phần {kind}', { kind: label.toLowerCase() })}
              rules={[{ required: true, whitespace: true, message: t('Nhập nội dung phần này.') }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          </div>
        );
      })}
    </fieldset>
  );
}
