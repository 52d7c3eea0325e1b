import { Button, Form, Select, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/i18n-context';
import { useAdminAgencies, useSaveAgency, type AdminAgency, type NewAgency } from './api';
import { AdminList, AdminPage, useEditColumn } from './AdminList';
import {
  BilingualNameFields,
  FormModal,
  useEditing,
  useFormValues,
  useRequired,
  useUnitOptions,
} from './FormModal';

/** Administration → agencies (cơ quan) of each unit: list by unit, add, rename, change kind. */
export default function AgenciesPage() {
  const t = useT();
  const { required } = useRequired();
  const [unitCode, setUnitCode] = useState<string | undefined>(undefined);
  const units = useUnitOptions();
  const agencies = useAdminAgencies(unitCode);
  const save = useSaveAgency();
  const dialog = useEditing<AdminAgency>(() => save.reset());
  const editing = dialog.editing;
  const [form] = Form.useForm<NewAgency>();

  useFormValues(form, dialog.open, () =>
    editing
      ? {
          unitCode: editing.unitCode,
          kind: editing.kind,
          nameVi: editing.nameVi,
          nameEn: editing.nameEn,
        }
      : { unitCode },
  );

  const kindOptions = (agencies.data?.kinds ?? []).map((k) => ({
    value: k.value,
    label: t.pick(k.label),
  }));
  const columns: TableColumnsType<AdminAgency> = [
    {
      title: t('Đơn vị'),
      dataIndex: 'unitCode',
      width: 220,
      render: (_, a) => `${a.unitCode} · ${a.unitName ?? ''}`,
    },
    {
      title: t('Loại'),
      dataIndex: 'kind',
      width: 200,
      render: (_, a) => <Tag>{t.pick(a.kindLabel)}</Tag>,
    },
    {
      title: t('Tên cơ quan'),
      dataIndex: 'nameVi',
      render: (_, a) => t.pick({ vi: a.nameVi, en: a.nameEn }),
    },
    { title: t('Số tài khoản'), dataIndex: 'users', width: 120 },
    useEditColumn(dialog.edit),
  ];

  return (
    <AdminPage
      title={t('Cơ quan')}
      description={t(
        'Các cơ quan, bộ phận của từng đơn vị hành chính; đơn được chuyển theo loại cơ quan.',
      )}
    >
      <AdminList
        query={agencies}
        items={agencies.data?.items ?? []}
        columns={columns}
        rowKey="id"
        emptyText={t('Đơn vị này chưa có cơ quan nào.')}
        table={{ pagination: { pageSize: 25 } }}
        toolbar={
          <>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('Tất cả đơn vị')}
              aria-label={t('Đơn vị')}
              style={{ width: 360 }}
              options={units.options}
              value={unitCode}
              onChange={(v: string | undefined) => setUnitCode(v)}
            />
            <Button type="primary" onClick={dialog.create}>
              {t('Thêm cơ quan')}
            </Button>
          </>
        }
      />
      <FormModal
        open={dialog.open}
        title={editing ? t('Sửa cơ quan') : t('Thêm cơ quan')}
        saving={save.isPending}
        error={save.error}
        onSave={() => form.submit()}
        onCancel={dialog.close}
      >
        <Form
          form={form}
          layout="vertical"
          name="agency-form"
          onFinish={(v) => save.mutate({ ...v, id: editing?.id }, { onSuccess: dialog.close })}
        >
          <Form.Item name="unitCode" label={t('Đơn vị')} rules={required}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={units.options}
              disabled={Boolean(editing)}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('Loại')} rules={required}>
            <Select options={kindOptions} />
          </Form.Item>
          <BilingualNameFields />
        </Form>
      </FormModal>
    </AdminPage>
  );
}
