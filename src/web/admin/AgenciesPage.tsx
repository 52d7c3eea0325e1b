import {
  Button,
  Card,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fetchUnits } from '../api/endpoints';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { useLanguage, useT } from '../i18n/i18n-context';
import { unitName } from '../units/unit-labels';
import { useAdminAgencies, useSaveAgency, type AdminAgency, type AgencyInput } from './api';
import { AdminHeader, AdminProblem } from './shared';

/** Administration → agencies (cơ quan) of each unit: list by unit, add, rename, change kind. */
export default function AgenciesPage() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('Cơ quan'));
  const [unitCode, setUnitCode] = useState<string | undefined>(undefined);
  const units = useQuery({ queryKey: ['units', 'admin-all'], queryFn: () => fetchUnits() });
  const agencies = useAdminAgencies(unitCode);
  const save = useSaveAgency();
  const [editing, setEditing] = useState<AdminAgency | null | undefined>(undefined);
  const [form] = Form.useForm<AgencyInput>();

  useEffect(() => {
    if (editing === undefined) return;
    form.resetFields();
    form.setFieldsValue(
      editing
        ? {
            unitCode: editing.unitCode,
            kind: editing.kind,
            nameVi: editing.nameVi,
            nameEn: editing.nameEn,
          }
        : { unitCode },
    );
  }, [editing, form, unitCode]);

  const unitOptions = (units.data?.items ?? []).map((u) => ({
    value: u.code,
    label: `${u.code} · ${unitName(u, language)}`,
  }));
  const kindOptions = (agencies.data?.kinds ?? []).map((k) => ({
    value: k.value,
    label: t.pick(k.label),
  }));
  const items = agencies.data?.items ?? [];

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
      render: (_, a) => (language === 'en' ? a.nameEn : a.nameVi),
    },
    { title: t('Số tài khoản'), dataIndex: 'users', width: 120 },
    {
      title: t('Thao tác'),
      key: 'actions',
      width: 100,
      render: (_, a) => (
        <Button
          size="small"
          onClick={() => {
            save.reset();
            setEditing(a);
          }}
        >
          {t('Sửa')}
        </Button>
      ),
    },
  ];

  return (
    <div className="dv-page">
      <AdminHeader
        title={t('Cơ quan')}
        description={t(
          'Các cơ quan, bộ phận của từng đơn vị hành chính; đơn được chuyển theo loại cơ quan.',
        )}
      />
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('Tất cả đơn vị')}
            aria-label={t('Đơn vị')}
            style={{ width: 360 }}
            options={unitOptions}
            value={unitCode}
            onChange={(v: string | undefined) => setUnitCode(v)}
          />
          <Button
            type="primary"
            onClick={() => {
              save.reset();
              setEditing(null);
            }}
          >
            {t('Thêm cơ quan')}
          </Button>
        </Space>
        <QueryState
          query={agencies}
          isEmpty={items.length === 0}
          emptyText={t('Đơn vị này chưa có cơ quan nào.')}
        >
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            pagination={{ pageSize: 25 }}
          />
        </QueryState>
      </Card>
      <Modal
        open={editing !== undefined}
        title={editing ? t('Sửa cơ quan') : t('Thêm cơ quan')}
        okText={t('Lưu')}
        cancelText={t('Hủy')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(undefined)}
        destroyOnHidden
      >
        <AdminProblem error={save.error} />
        <Form
          form={form}
          layout="vertical"
          name="agency-form"
          onFinish={(v) =>
            save.mutate({ ...v, id: editing?.id }, { onSuccess: () => setEditing(undefined) })
          }
        >
          <Form.Item
            name="unitCode"
            label={t('Đơn vị')}
            rules={[{ required: true, message: t('Bắt buộc nhập.') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={unitOptions}
              disabled={Boolean(editing)}
            />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('Loại')}
            rules={[{ required: true, message: t('Bắt buộc nhập.') }]}
          >
            <Select options={kindOptions} />
          </Form.Item>
          <Form.Item
            name="nameVi"
            label={t('Tên tiếng Việt')}
            rules={[{ required: true, whitespace: true, message: t('Bắt buộc nhập.') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="nameEn"
            label={t('Tên tiếng Anh')}
            rules={[{ required: true, whitespace: true, message: t('Bắt buộc nhập.') }]}
          >
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
