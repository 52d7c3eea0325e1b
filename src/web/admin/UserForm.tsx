import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchUnits } from '../api/endpoints';
import { todayIso } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { unitName } from '../units/unit-labels';
import { useAdminAgencies, type AdminUser, type Option, type UserInput } from './api';
import { AdminProblem } from './shared';

interface Props {
  open: boolean;
  /** The account being edited, or null to create one. */
  user: AdminUser | null;
  roles: Option[];
  saving: boolean;
  error: unknown;
  onSubmit(values: UserInput): void;
  onCancel(): void;
}

/** Create / edit an account: name, role, unit, agency and the sealed-identity grant. */
export function UserForm({ open, user, roles, saving, error, onSubmit, onCancel }: Props) {
  const t = useT();
  const { language } = useLanguage();
  const [form] = Form.useForm<UserInput>();
  const unitCode = Form.useWatch('unitCode', form);
  // New accounts go to units that exist today; an account of an ended unit keeps its unit listed.
  const units = useQuery({
    queryKey: ['units', 'valid-on', todayIso()],
    queryFn: () => fetchUnits(todayIso()),
    enabled: open,
  });
  const agencies = useAdminAgencies(unitCode || undefined);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (user) {
      form.setFieldsValue({
        displayName: user.displayName,
        role: user.role,
        unitCode: user.unitCode,
        agencyId: user.agencyId,
        canReadIdentity: user.canReadIdentity,
      });
    } else {
      form.setFieldsValue({ role: 'reception', canReadIdentity: false });
    }
  }, [open, user, form]);

  const unitOptions = [
    ...(user?.unitCode === '*' ? [{ value: '*', label: t('Toàn hệ thống') }] : []),
    ...(units.data?.items ?? []).map((u) => ({
      value: u.code,
      label: `${u.code} · ${unitName(u, language)}`,
    })),
  ];
  if (user && user.unitCode !== '*' && !unitOptions.some((o) => o.value === user.unitCode))
    unitOptions.push({ value: user.unitCode, label: `${user.unitCode} · ${user.unitName ?? ''}` });

  return (
    <Modal
      open={open}
      title={user ? t('Sửa tài khoản {username}', { username: user.username }) : t('Tạo tài khoản')}
      okText={t('Lưu')}
      cancelText={t('Hủy')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <AdminProblem error={error} />
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
        <Form.Item
          name="displayName"
          label={t('Họ tên, chức danh')}
          rules={[{ required: true, whitespace: true, message: t('Bắt buộc nhập.') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('Vai trò')}
          rules={[{ required: true, message: t('Bắt buộc nhập.') }]}
        >
          <Select options={roles.map((r) => ({ value: r.value, label: t.pick(r.label) }))} />
        </Form.Item>
        <Form.Item
          name="unitCode"
          label={t('Đơn vị')}
          rules={[{ required: true, message: t('Bắt buộc nhập.') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
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
              label: language === 'en' ? a.nameEn : a.nameVi,
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
    </Modal>
  );
}
