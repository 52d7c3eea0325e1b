import { Button } from 'antd';

interface Props<T extends string> {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange(value: T): void;
}

/**
 * A row of pressed/unpressed buttons (aria-pressed) for quick filters; lighter than
 * antd Segmented on the queue, whose first load is kept under budget.
 */
export function ToggleGroup<T extends string>({ label, value, options, onChange }: Props<T>) {
  return (
    <div role="group" aria-label={label} className="dv-toggle-group">
      {options.map((o) => (
        <Button
          key={o.value}
          type={o.value === value ? 'primary' : 'default'}
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </Button>
      ))}
    </div>
  );
}
