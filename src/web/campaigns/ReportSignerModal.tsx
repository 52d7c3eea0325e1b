import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { JsonBody, Schema } from '../api/response-types';
import { typedApi, unwrap } from '../api/typed-client';
import { useT } from '../i18n/i18n-context';
import { useApiMutation } from './api';
import { ProblemAlert, useDateTime } from './shared';

/** GET /api/v1/units/{code}/report-signer. */
export type ReportSigner = Schema<'ReportSigner'>;

const unitPath = (code: string) => ({ params: { path: { code } } });

/**
 * The unit setting naming who signs off the unit's campaign reports when the unit has no head
 * account (e.g. Xã Thạnh Hóa). Every change is audited on the server.
 */
export function ReportSignerModal({
  unitCode,
  onClose,
}: {
  unitCode: string | null;
  onClose(): void;
}) {
  const t = useT();
  const dateTime = useDateTime();
  const [form] = Form.useForm<{ signerUserId: string | null; note: string | null }>();
  const setting = useQuery({
    queryKey: ['report-signer', unitCode],
    queryFn: () => unwrap(typedApi.GET('/api/v1/units/{code}/report-signer', unitPath(unitCode!))),
    enabled: unitCode !== null,
  });
  const save = useApiMutation(
    (body: JsonBody<'/api/v1/units/{code}/report-signer', 'put'>) =>
      unwrap(typedApi.PUT('/api/v1/units/{code}/report-signer', { ...unitPath(unitCode!), body })),
    [['report-signer', unitCode], ['campaign']],
  );
  const d = setting.data;
  return (
    <Modal
      open={unitCode !== null}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      title={t('Người ký duyệt báo cáo của đơn vị')}
    >
      {d && (
        <>
          <p>
            <strong>{d.unitName}</strong>
          </p>
          <Alert
            type={d.hasHead ? 'info' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            title={
              d.hasHead
                ? t('Đơn vị có Chủ tịch; người được giao cũng được ký duyệt báo cáo.')
                : t('Đơn vị chưa có tài khoản Chủ tịch: giao người ký duyệt báo cáo thay.')
            }
          />
          <p>
            {t('Hiện giao cho')}: <strong>{d.signer?.displayName ?? t('Chưa giao')}</strong>
            {d.updatedAt && (
              <span className="dv-cp-muted">
                {' '}
                ({t('cập nhật')} {dateTime(d.updatedAt)})
              </span>
            )}
          </p>
          <ProblemAlert error={save.error} />
          {d.canEdit ? (
            <Form
              form={form}
              layout="vertical"
              initialValues={{ signerUserId: d.signer?.userId ?? null, note: d.signer?.note }}
              onFinish={(v) =>
                save.mutate(
                  {
                    signerUserId: v.signerUserId ?? null,
                    note: v.note ?? null,
                    version: d.version,
                  },
                  { onSuccess: onClose },
                )
              }
            >
              <Form.Item
                name="signerUserId"
                label={t('Người ký duyệt')}
                rules={[{ required: true, message: t('Chọn người ký duyệt.') }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={d.candidates.map((c) => ({
                    value: c.userId,
                    label: `${c.displayName} — ${t.pick(c.role)}, ${c.unitName}`,
                  }))}
                />
              </Form.Item>
              <Form.Item name="note" label={t('Ghi chú')}>
                <Input maxLength={500} />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('Lưu')}
                </Button>
                {d.signer && (
                  <Button
                    danger
                    loading={save.isPending}
                    onClick={() =>
                      save.mutate(
                        { signerUserId: null, note: null, version: d.version },
                        { onSuccess: onClose },
                      )
                    }
                  >
                    {t('Bỏ giao')}
                  </Button>
                )}
              </Space>
            </Form>
          ) : (
            <p className="dv-cp-muted">{t('Bạn không có quyền thay đổi thiết lập này.')}</p>
          )}
        </>
      )}
    </Modal>
  );
}
