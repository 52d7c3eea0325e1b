import { Checkbox } from 'antd';
import type { CheckboxGroupProps } from 'antd/es/checkbox';

type Props = CheckboxGroupProps & { 'aria-required'?: unknown; id?: string };

/**
 * A checkbox group inside a required antd Form.Item. The item injects `aria-required`, which is
 * not allowed on a group (axe `aria-allowed-attr`, critical); the required mark stays on the label
 * and the validation message still names the rule.
 */
export function CheckboxGroupField({ 'aria-required': _required, ...props }: Props) {
  return <Checkbox.Group role="group" {...props} />;
}
