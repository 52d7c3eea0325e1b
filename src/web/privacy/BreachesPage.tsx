import { Alert, Button, Form, Input, InputNumber, Select, Tag, type TableColumnsType } from 'antd';
import { AdminList, AdminPage } from '../admin/AdminList';
import { FormModal, useEditing, useFormValues, useRequired } from '../admin/FormModal';
import { useSession } from '../auth/session';
import { formatDate, parseDate, todayIso } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { msg } from '../i18n/translate';
import './privacy.css';
import { useBreaches, useNotifyBreach, useRecordBreach, type Breach, type NewBreach } from './api';

/** Kinds of personal data in a petition file, offered when recording a breach (others may be typed). */
const CATEGORIES = [
  msg('Họ tên'),
  msg('Địa chỉ'),
  msg('Số điện thoại'),
  msg('Thư điện tử'),
  msg('Số định danh cá nhân'),
  msg('Nội dung đơn'),
  msg('Tệp đính kèm'),
  msg('Danh tính người tố cáo'),
];

/** An instant in Vietnam time (UTC+7) as dd/mm/yyyy HH:mm (or the English date). */
function vnDateTime(iso: string, language: 'vi' | 'en'): string {
  const local = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${formatDate(local.slice(0, 10), language)} ${local.slice(11, 16)}`;
}

/** Now in Vietnam time: the date and HH:mm to prefill "discovered at". */
function vnNow(): { date: string; time: string } {
  const local = new Date(Date.now() + 7 * 3600_000).toISOString();
  return { date: formatDate(local.slice(0, 10)), time: local.slice(11, 16) };
}

interface BreachValues {
  date: string;
  time: string;
  description: string;
  dataCategories: string[];
  subjectsCount: number;
  measures: string;
}

interface NoticeValues {
  notifiedTo: string;
  lateReason?: string;
}

/** Dữ liệu cá nhân → breach register: record a breach, the 72-hour notice clock, mark notified. */
export default function BreachesPage() {
  const t = useT();
  const { language } = useLanguage();
  const { user } = useSession();
  const { required, requiredText } = useRequired();
  const breaches = useBreaches();
  const record = useRecordBreach();
  const notify = useNotifyBreach();
  const recordDialog = useEditing<never>(() => record.reset());
  const noticeDialog = useEditing<Breach>(() => notify.reset());
  const noticing = noticeDialog.editing;
  const [recordForm] = Form.useForm<BreachValues>();
  const [noticeForm] = Form.useForm<NoticeValues>();
  const items = breaches.data?.items ?? [];

  useFormValues(recordForm, recordDialog.open, () => ({ ...vnNow(), subjectsCount: 1 }));
  useFormValues(noticeForm, noticeDialog.open, () => ({
    notifiedTo: t(
      'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an',
    ),
  }));

  const clock = (b: Breach) => {
    if (b.status !== 'open')
      return (
        <>
          <Tag color="green">{t('Đã thông báo')}</Tag>
          {b.notifiedAt && vnDateTime(b.notifiedAt, language)}
          {b.notifiedTo && <div className="dv-privacy-meta">{b.notifiedTo}</div>}
          {b.lateReason && (
            <div className="dv-privacy-meta">
              {t('Lý do chậm:')} {b.lateReason}
            </div>
          )}
        </>
      );
    if (b.overdue)
      return <Tag color="red">{t('Quá hạn {n} giờ', { n: Math.max(1, -(b.hoursLeft ?? 0)) })}</Tag>;
    return (
      <Tag color={(b.hoursLeft ?? 0) <= 24 ? 'orange' : 'blue'}>
        {t('Còn {n} giờ', { n: b.hoursLeft ?? 0 })}
      </Tag>
    );
  };

  const columns: TableColumnsType<Breach> = [
    {
      title: t('Phát hiện lúc'),
      dataIndex: 'discoveredAt',
      width: 150,
      render: (_, b) => (
        <div>
          {vnDateTime(b.discoveredAt, language)}
          <div className="dv-privacy-meta">{b.unitCode}</div>
        </div>
      ),
    },
    {
      title: t('Sự cố'),
      dataIndex: 'description',
      render: (_, b) => (
        <div>
          <div className="dv-privacy-detail">{b.description}</div>
          <div>
            {b.dataCategories.map((c) => (
              <Tag key={c}>{c}</Tag>
            ))}
          </div>
          <div className="dv-privacy-meta">
            {t('Số người bị ảnh hưởng: {n}', {
              n: b.subjectsCount.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB'),
            })}
          </div>
          <div className="dv-privacy-meta">
            {t('Biện pháp:')} {b.measures}
          </div>
        </div>
      ),
    },
    {
      title: t('Hạn thông báo (72 giờ)'),
      dataIndex: 'notifyBy',
      width: 200,
      render: (_, b) => (
        <div>
          <div>{vnDateTime(b.notifyBy, language)}</div>
          <div data-testid="breach-clock">{clock(b)}</div>
        </div>
      ),
    },
    {
      title: t('Thao tác'),
      key: 'actions',
      width: 150,
      render: (_, b) =>
        b.status === 'open' ? (
          <Button size="small" onClick={() => noticeDialog.edit(b)}>
            {t('Ghi nhận đã thông báo')}
          </Button>
        ) : null,
    },
  ];

  const dateRule = {
    validator: (_: unknown, v?: string) =>
      !v || parseDate(v)
        ? Promise.resolve()
        : Promise.reject(new Error(t('Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.'))),
  };
  const timeRule = {
    pattern: /^([01]\d|2[0-3]):[0-5]\d$/,
    message: t('Giờ không hợp lệ, hãy nhập theo dạng HH:mm.'),
  };

  return (
    <AdminPage
      title={t('Sổ sự cố dữ liệu')}
      description={t(
        'Sự cố vi phạm dữ liệu cá nhân của đơn vị; phải thông báo cho cơ quan chuyên trách bảo vệ dữ liệu cá nhân trong 72 giờ kể từ khi phát hiện.',
      )}
    >
      {items[0] && (
        <p className="dv-privacy-meta">
          {t('Căn cứ:')} {items[0].source}
        </p>
      )}
      <AdminList
        query={breaches}
        items={items}
        columns={columns}
        rowKey="id"
        emptyText={t('Chưa ghi nhận sự cố nào.')}
        table={{ pagination: { pageSize: 25 } }}
        testId="privacy-breaches"
        toolbar={
          <Button type="primary" onClick={recordDialog.create}>
            {t('Ghi nhận sự cố')}
          </Button>
        }
      />
      <FormModal
        open={recordDialog.open}
        title={t('Ghi nhận sự cố')}
        saving={record.isPending}
        error={record.error}
        onSave={() => recordForm.submit()}
        onCancel={recordDialog.close}
      >
        <Form
          form={recordForm}
          layout="vertical"
          name="breach-form"
          onFinish={(v) => {
            const body: NewBreach = {
              unitCode: user.unit.code,
              discoveredAt: `${parseDate(v.date) ?? todayIso()}T${v.time}:00+07:00`,
              description: v.description,
              dataCategories: v.dataCategories,
              subjectsCount: v.subjectsCount,
              measures: v.measures,
            };
            record.mutate(body, { onSuccess: recordDialog.close });
          }}
        >
          <p>
            {t('Đơn vị')}: <strong>{user.unit.code}</strong>
          </p>
          <div className="dv-privacy-when">
            <Form.Item
              name="date"
              label={t('Ngày phát hiện (dd/mm/yyyy)')}
              rules={[...required, dateRule]}
            >
              <Input inputMode="numeric" maxLength={10} />
            </Form.Item>
            <Form.Item
              name="time"
              label={t('Giờ phát hiện (HH:mm)')}
              rules={[...required, timeRule]}
            >
              <Input inputMode="numeric" maxLength={5} />
            </Form.Item>
          </div>
          <Form.Item
            name="description"
            label={t('Mô tả sự cố')}
            rules={[...requiredText, { min: 10, message: t('Ít nhất 10 ký tự.') }]}
          >
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          <Form.Item name="dataCategories" label={t('Loại dữ liệu bị ảnh hưởng')} rules={required}>
            <Select
              mode="tags"
              options={CATEGORIES.map((c) => ({ value: t.pick(c), label: t.pick(c) }))}
            />
          </Form.Item>
          <Form.Item name="subjectsCount" label={t('Số người bị ảnh hưởng')} rules={required}>
            <InputNumber min={0} max={100_000_000} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="measures"
            label={t('Biện pháp đã thực hiện')}
            rules={[...requiredText, { min: 5, message: t('Ít nhất 5 ký tự.') }]}
          >
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        </Form>
      </FormModal>
      <FormModal
        open={noticeDialog.open}
        title={t('Ghi nhận đã thông báo')}
        saving={notify.isPending}
        error={notify.error}
        onSave={() => noticeForm.submit()}
        onCancel={noticeDialog.close}
      >
        {noticing && (
          <Form
            form={noticeForm}
            layout="vertical"
            name="breach-notice-form"
            onFinish={(v) =>
              notify.mutate(
                {
                  id: noticing.id,
                  body: {
                    notifiedTo: v.notifiedTo,
                    expectedVersion: noticing.version,
                    ...(v.lateReason?.trim() ? { lateReason: v.lateReason.trim() } : {}),
                  },
                },
                { onSuccess: noticeDialog.close },
              )
            }
          >
            {noticing.overdue && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('Đã quá 72 giờ: ghi rõ lý do thông báo chậm.')}
              />
            )}
            <Form.Item
              name="notifiedTo"
              label={t('Cơ quan đã được thông báo')}
              rules={[...requiredText, { min: 3, message: t('Ít nhất 3 ký tự.') }]}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              name="lateReason"
              label={t('Lý do chậm (nếu quá 72 giờ)')}
              rules={noticing.overdue ? requiredText : []}
            >
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Form>
        )}
      </FormModal>
    </AdminPage>
  );
}
