import { Input } from 'antd';
import { useEffect, useId, useState } from 'react';
import { formatDate, parseDate } from '../i18n/format';
import { useT } from '../i18n/i18n-context';

interface Props {
  label: string;
  /** 'YYYY-MM-DD' */
  value: string;
  onChange(value: string): void;
}

/**
 * A date typed as dd/mm/yyyy whatever the browser's locale (a native date input shows
 * mm/dd/yyyy in an English browser, which Vietnamese officials misread).
 */
export function DateField({ label, value, onChange }: Props) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(formatDate(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(formatDate(value)), [value]);

  const commit = () => {
    const parsed = parseDate(text);
    setInvalid(parsed === null);
    if (parsed && parsed !== value) onChange(parsed);
  };

  return (
    <span className="dv-date-field">
      <label htmlFor={id}>{label}</label>
      <Input
        id={id}
        value={text}
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid}
        aria-describedby={hintId}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onPressEnter={commit}
        style={{ width: 140 }}
      />
      <span id={hintId} className={invalid ? 'dv-field-error' : 'dv-field-hint'}>
        {invalid
          ? t('Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.')
          : t('Nhập dd/mm/yyyy rồi nhấn Enter.')}
      </span>
    </span>
  );
}
