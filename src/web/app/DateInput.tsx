import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { formatDate, parseDate } from '../i18n/format';
import { useT } from '../i18n/i18n-context';

interface Props {
  id?: string;
  /** Accessible name when there is no visible <label for>. */
  ariaLabel?: string;
  /** 'YYYY-MM-DD' or '' for none. Optional so the box works as an antd Form.Item child. */
  value?: string;
  onChange?(value: string | undefined): void;
  width?: number;
}

/**
 * A compact dd/mm/yyyy date box (filters, action forms). Typed text is read on blur or Enter;
 * an empty box clears the date. Lighter than a date picker, and never shows mm/dd/yyyy.
 * Inside an antd Form.Item it needs no props: the item injects id, value and onChange.
 */
export function DateInput({ id, ariaLabel, value, onChange, width = 130 }: Props) {
  const t = useT();
  const [text, setText] = useState(formatDate(value ?? ''));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(formatDate(value ?? '')), [value]);

  const commit = () => {
    if (text.trim() === '') {
      setInvalid(false);
      if (value) onChange?.(undefined);
      return;
    }
    const parsed = parseDate(text);
    setInvalid(parsed === null);
    if (parsed && parsed !== value) onChange?.(parsed);
  };

  return (
    <Input
      id={id}
      aria-label={ariaLabel}
      value={text}
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid}
      title={invalid ? t('Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.') : undefined}
      onChange={(e) => {
        setText(e.target.value);
        // Emptied (by typing or the clear button): drop the date at once.
        if (e.target.value === '' && value) {
          setInvalid(false);
          onChange?.(undefined);
        }
      }}
      onBlur={commit}
      onPressEnter={commit}
      style={{ width }}
      allowClear
    />
  );
}
