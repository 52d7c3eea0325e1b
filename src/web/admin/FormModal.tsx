import { Form, Input, Modal, type FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { fetchUnits } from '../api/endpoints';
import { useLanguage, useT } from '../i18n/i18n-context';
import { unitName } from '../units/unit-labels';
import { AdminProblem } from './shared';

/**
 * The create / edit dialog of an Administration screen: Save and Cancel, the saving state, and
 * the server's problem+json message above the form.
 */
export function FormModal({
  open,
  title,
  saving,
  error,
  onSave,
  onCancel,
  width,
  children,
}: {
  open: boolean;
  title: string;
  saving: boolean;
  error: unknown;
  /** Usually `() => form.submit()`: the form validates, then its onFinish saves. */
  onSave(): void;
  onCancel(): void;
  width?: number;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('Lưu')}
      cancelText={t('Hủy')}
      confirmLoading={saving}
      onOk={onSave}
      onCancel={onCancel}
      destroyOnHidden
      width={width}
    >
      <AdminProblem error={error} />
      {children}
    </Modal>
  );
}

/**
 * What a list screen's dialog is doing: `undefined` closed, `null` creating, a row editing.
 * `onOpen` runs on every opening (typically the mutation's reset, so an old error is not shown).
 */
export function useEditing<T>(onOpen?: () => void) {
  const [editing, setEditing] = useState<T | null | undefined>(undefined);
  return {
    editing,
    open: editing !== undefined,
    create: () => {
      onOpen?.();
      setEditing(null);
    },
    edit: (row: T) => {
      onOpen?.();
      setEditing(row);
    },
    close: () => setEditing(undefined),
  };
}

/** Fills a dialog's form each time it opens: fresh fields, then the given values. */
export function useFormValues<V>(
  form: FormInstance<V>,
  open: boolean,
  values: () => Parameters<FormInstance<NoInfer<V>>['setFieldsValue']>[0],
) {
  // `values` is read when the dialog opens (not on every render of the screen behind it).
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(values());
  }, [open, form]);
}

/** "Required" rules with the screens' one message (text fields also refuse blanks). */
export function useRequired() {
  const t = useT();
  return {
    required: [{ required: true, message: t('Bắt buộc nhập.') }],
    requiredText: [{ required: true, whitespace: true, message: t('Bắt buộc nhập.') }],
  };
}

/** The Vietnamese and English name fields (`nameVi`, `nameEn`) of a catalog entry. */
export function BilingualNameFields({ maxLength }: { maxLength?: number }) {
  const t = useT();
  const { requiredText } = useRequired();
  return (
    <>
      <Form.Item name="nameVi" label={t('Tên tiếng Việt')} rules={requiredText}>
        <Input maxLength={maxLength} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('Tên tiếng Anh')} rules={requiredText}>
        <Input maxLength={maxLength} />
      </Form.Item>
    </>
  );
}

/** Units as select options (`code · name`); `validOn`: only units that exist on that date. */
export function useUnitOptions({
  validOn,
  enabled = true,
}: { validOn?: string; enabled?: boolean } = {}) {
  const { language } = useLanguage();
  const units = useQuery({
    queryKey: ['units', validOn ? 'valid-on' : 'admin-all', validOn ?? ''],
    queryFn: () => fetchUnits(validOn),
    enabled,
  });
  const options = (units.data?.items ?? []).map((u) => ({
    value: u.code,
    label: `${u.code} · ${unitName(u, language)}`,
  }));
  return { options, loading: units.isPending };
}
