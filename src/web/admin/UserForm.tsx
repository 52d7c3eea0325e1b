import { Checkbox, Form, Input, Select } from 'antd';
import { todayIso } from '../i18n/format';
import { useT } from '../i18n/i18n-context';
import { useAdminAgencies, type AdminUser, type NewUser, type Option } from './api';
import { FormModal, useFormValues, useRequired, useUnitOptions } from './FormModal';

/** What the account dialog submits (the username only when creating). */
export interface UserValues {
  username?: string;
  displayName: string;
  role: NewUser['role'];
  unitCode: string;
  agencyId: string | null;
  canReadIdentity: boolean;
}

interface Props {
  open: boolean;
  /** The account being edited, or null to create one. */
  user: AdminUser | null;
  roles: Option[];
  saving: boolean;
  error: unknown;
  onSubmit(values: UserValues): void;
  onCancel(): void;
}

/** Create / edit an account: name, role, unit, agency and the sealed-identity grant. */
export function UserForm({ open, user, roles, saving, error, onSubmit, onCancel }: Props) {
  const t = useT();
  const { required, requiredText } = useRequired();
  const [form] = Form.useForm<UserValues>();
  const unitCode = Form.useWatch('unitCode', form);
  // New accounts go to units that exist today; an account of an ended unit keeps its unit listed.
  const units = useUnitOptions({ validOn: todayIso(), enabled: open });
  const agencies = useAdminAgencies(unitCode || undefined);

  useFormValues(form, open, () =>
    user
      ? {
          displayName: user.displayName,
          role: user.role as UserValues['role'],
          unitCode: user.unitCode,
          agencyId: user.agencyId,
          canReadIdentity: user.canReadIdentity,
        }
      : { role: 'reception' as const, canReadIdentity: false },
  );

  const unitOptions = [
    ...(user?.unitCode === '*' ? [{ value: '*', label: t('Toàn hệ thống') }] : []),
    ...units.options,
  ];
  if (user && user.unitCode !== '*' && !unitOptions.some((o) => o.value === user.unitCode))
    unitOptions.push({ value: user.unitCode, label: `${user.unitCode} · ${user.unitName ?? ''}` });

  return (
    <FormModal
      open={open}
      title={user ? t('Sửa tài khoản {username}', { username: user.username }) : t('Tạo tài khoản')}
      saving={saving}
      error={error}
      onSave={() => form.submit()}
      onCancel={onCancel}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => onSubmit({ ...v, agencyId: v.agencyId ?? null })}
        name="user-form"
      >
        {!user && (
          <Form.Item
            name="username"
            label={t('Tên đăng nhập')}
            extra={t(
              'Chữ không dấu, số, dấu chấm, gạch (3–40 ký tự). Mật khẩu được sinh tự động và hiện một lần.',
            )}
            rules={[
              {
                required: true,
                pattern: /^[a-z0-9._-]{3,40}$/,
                message: t('Tên đăng nhập không hợp lệ.'),
              },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('Họ tên, chức danh')} rules={requiredText}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('Vai trò')} rules={required}>
          <Select options={roles.map((r) => ({ value: r.value, label: t.pick(r.label) }))} />
        </Form.Item>
        <Form.Item name="unitCode" label={t('Đơn vị')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.loading}
            options={unitOptions}
            onChange={() => form.setFieldValue('agencyId', null)}
          />
        </Form.Item>
        <Form.Item name="agencyId" label={t('Cơ quan')}>
          <Select
            allowClear
            disabled={!unitCode || unitCode === '*'}
            loading={agencies.isPending && Boolean(unitCode)}
            options={(agencies.data?.items ?? []).map((a) => ({
              value: a.id,
              label: t.pick({ vi: a.nameVi, en: a.nameEn }),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="canReadIdentity"
          valuePropName="checked"
          extra={t('Chỉ cấp cho người có thẩm quyền giải quyết tố cáo (Điều 47 Luật Tố cáo).')}
        >
          <Checkbox>{t('Được xem danh tính người tố cáo')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
