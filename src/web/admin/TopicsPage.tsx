import {
  Checkbox,
  Form,
  Input,
  InputNumber,
  Space,
  Switch,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useT } from '../i18n/i18n-context';
import { useAdminTopics, useSaveTopic, type AdminTopic } from './api';
import { AdminList, AdminPage, useEditColumn } from './AdminList';
import {
  BilingualNameFields,
  FormModal,
  useEditing,
  useFormValues,
  useRequired,
} from './FormModal';
import { PETITION_KIND_OPTIONS, petitionKindLabel } from './labels';
import { ActiveTag } from './shared';

/** Administration → the topic taxonomy (lĩnh vực): add, rename, choose kinds, deactivate, order. */
export default function TopicsPage() {
  const t = useT();
  const { required } = useRequired();
  const topics = useAdminTopics();
  const save = useSaveTopic();
  const dialog = useEditing<AdminTopic>(() => save.reset());
  const editing = dialog.editing;
  const [form] = Form.useForm<AdminTopic>();
  const items = topics.data?.items ?? [];

  useFormValues(
    form,
    dialog.open,
    () =>
      editing ?? {
        kinds: ['feedback', 'recommendation'],
        open311: true,
        active: true,
        sort: items.length,
      },
  );

  const columns: TableColumnsType<AdminTopic> = [
    { title: t('Thứ tự'), dataIndex: 'sort', width: 80 },
    { title: t('Mã'), dataIndex: 'code', width: 240 },
    {
      title: t('Tên lĩnh vực'),
      dataIndex: 'nameVi',
      render: (_, x) => t.pick({ vi: x.nameVi, en: x.nameEn }),
    },
    {
      title: t('Loại đơn'),
      dataIndex: 'kinds',
      render: (_, x) => x.kinds.map((k) => <Tag key={k}>{t.pick(petitionKindLabel(k))}</Tag>),
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
      render: (_, x) => <ActiveTag active={x.active} />,
    },
    useEditColumn(dialog.edit),
  ];

  return (
    <AdminPage
      title={t('Danh mục lĩnh vực')}
      description={t(
        'Lĩnh vực dùng khi tiếp nhận, phân loại và thống kê đơn. Lĩnh vực đã dùng không xóa được, chỉ ngừng sử dụng.',
      )}
    >
      <AdminList
        query={topics}
        items={items}
        columns={columns}
        rowKey="code"
        emptyText={t('Chưa có lĩnh vực nào.')}
        create={{ label: t('Thêm lĩnh vực'), onClick: dialog.create }}
      />
      <FormModal
        open={dialog.open}
        title={editing ? t('Sửa lĩnh vực') : t('Thêm lĩnh vực')}
        saving={save.isPending}
        error={save.error}
        onSave={() => form.submit()}
        onCancel={dialog.close}
      >
        <Form
          form={form}
          layout="vertical"
          name="topic-form"
          onFinish={(v) =>
            save.mutate(
              { ...v, code: editing ? editing.code : v.code, isNew: !editing },
              { onSuccess: dialog.close },
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
          <BilingualNameFields />
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
            <Form.Item name="sort" label={t('Thứ tự')} rules={required}>
              <InputNumber min={0} max={10000} precision={0} />
            </Form.Item>
          </Space>
        </Form>
      </FormModal>
    </AdminPage>
  );
}
