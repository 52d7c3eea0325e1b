import {
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Switch,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { useLanguage, useT } from '../i18n/i18n-context';
import { useAdminTopics, useSaveTopic, type AdminTopic } from './api';
import { PETITION_KIND_OPTIONS } from './labels';
import { AdminHeader, AdminProblem } from './shared';

/** Administration → the topic taxonomy (lĩnh vực): add, rename, choose kinds, deactivate, order. */
export default function TopicsPage() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('Danh mục lĩnh vực'));
  const topics = useAdminTopics();
  const save = useSaveTopic();
  const [editing, setEditing] = useState<AdminTopic | null | undefined>(undefined);
  const [form] = Form.useForm<AdminTopic>();
  const items = topics.data?.items ?? [];
  const kindLabel = (k: string) => {
    const option = PETITION_KIND_OPTIONS.find((o) => o.value === k);
    return option ? t.pick(option.label) : k;
  };

  useEffect(() => {
    if (editing === undefined) return;
    form.resetFields();
    form.setFieldsValue(
      editing ?? {
        kinds: ['feedback', 'recommendation'],
        open311: true,
        active: true,
        sort: items.length,
      },
    );
  }, [editing, form, items.length]);

  const columns: TableColumnsType<AdminTopic> = [
    { title: t('Thứ tự'), dataIndex: 'sort', width: 80 },
    { title: t('Mã'), dataIndex: 'code', width: 240 },
    {
      title: t('Tên lĩnh vực'),
      dataIndex: 'nameVi',
      render: (_, x) => (language === 'en' ? x.nameEn : x.nameVi),
    },
    {
      title: t('Loại đơn'),
      dataIndex: 'kinds',
      render: (_, x) => x.kinds.map((k) => <Tag key={k}>{kindLabel(k)}</Tag>),
    },
    {
      title: 'Open311',
      dataIndex: 'open311',
      width: 90,
      render: (_, x) => (x.open311 ? t('Có') : t('Không')),
    },
    {
      title: t('Trạng thái'),
      dataIndex: 'active',
      width: 140,
      render: (_, x) =>
        x.active ? <Tag color="green">{t('Đang dùng')}</Tag> : <Tag>{t('Ngừng dùng')}</Tag>,
    },
    {
      title: t('Thao tác'),
      key: 'actions',
      width: 100,
      render: (_, x) => (
        <Button
          size="small"
          onClick={() => {
            save.reset();
            setEditing(x);
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
        title={t('Danh mục lĩnh vực')}
        description={t(
          'Lĩnh vực dùng khi tiếp nhận, phân loại và thống kê đơn. Lĩnh vực đã dùng không xóa được, chỉ ngừng sử dụng.',
        )}
      />
      <Card>
        <Space style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            onClick={() => {
              save.reset();
              setEditing(null);
            }}
          >
            {t('Thêm lĩnh vực')}
          </Button>
        </Space>
        <QueryState
          query={topics}
          isEmpty={items.length === 0}
          emptyText={t('Chưa có lĩnh vực nào.')}
        >
          <Table
            rowKey="code"
            size="middle"
            columns={columns}
            dataSource={items}
            pagination={false}
          />
        </QueryState>
      </Card>
      <Modal
        open={editing !== undefined}
        title={editing ? t('Sửa lĩnh vực') : t('Thêm lĩnh vực')}
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
          name="topic-form"
          onFinish={(v) =>
            save.mutate(
              { ...v, code: editing ? editing.code : v.code, isNew: !editing },
              { onSuccess: () => setEditing(undefined) },
            )
          }
        >
          <Form.Item
            name="code"
            label={t('Mã')}
            extra={t('Chữ thường không dấu, số và gạch dưới; không đổi được sau khi tạo.')}
            rules={[
              { required: true, pattern: /^[a-z][a-z0-9_]{1,59}$/, message: t('Mã không hợp lệ.') },
            ]}
          >
            <Input disabled={Boolean(editing)} />
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
          <Form.Item
            name="kinds"
            label={t('Loại đơn')}
            rules={[
              { required: true, type: 'array', min: 1, message: t('Chọn ít nhất một loại đơn.') },
            ]}
          >
            <Checkbox.Group
              options={PETITION_KIND_OPTIONS.map((o) => ({
                value: o.value,
                label: t.pick(o.label),
              }))}
            />
          </Form.Item>
          <Space size="large">
            <Form.Item name="open311" label={t('Nhận qua Open311')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="active" label={t('Đang dùng')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item
              name="sort"
              label={t('Thứ tự')}
              rules={[{ required: true, message: t('Bắt buộc nhập.') }]}
            >
              <InputNumber min={0} max={10000} precision={0} />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </div>
  );
}
