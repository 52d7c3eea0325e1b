import { Alert, Button, Form, Input, Radio, Select, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { AdminList, AdminPage } from '../admin/AdminList';
import { FormModal, useEditing, useFormValues, useRequired } from '../admin/FormModal';
import { useCan } from '../auth/session';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { msg } from '../i18n/translate';
import './privacy.css';
import type { Localized } from '../i18n/language';
import {
  useAnswerRequest,
  usePrivacyRequests,
  useRegisterDeskRequest,
  type DeskRequest,
  type PrivacyRequest,
  type RequestAnswer,
} from './api';

/** The kinds of request of the API (PRIVACY_REQUEST_KINDS), in the words of the portal. */
export const KIND_LABELS: Record<DeskRequest['kind'], Localized> = {
  access: msg('Xem, nhận bản sao dữ liệu cá nhân'),
  correction: msg('Chỉnh sửa dữ liệu cá nhân'),
  erasure: msg('Xóa dữ liệu cá nhân'),
  restriction: msg('Hạn chế xử lý dữ liệu cá nhân'),
  withdraw_consent: msg('Rút lại sự đồng ý'),
  objection: msg('Phản đối xử lý dữ liệu cá nhân'),
};

const OUTCOME_LABELS: Record<RequestAnswer['outcome'], Localized> = {
  done: msg('Đã thực hiện'),
  partly_done: msg('Thực hiện một phần'),
  refused: msg('Từ chối (nêu lý do)'),
};

const STATUS_LABELS: Record<string, Localized> = {
  received: msg('Chờ trả lời'),
  answered: msg('Đã trả lời'),
  refused: msg('Đã từ chối'),
};

const CHANNEL_LABELS: Record<string, Localized> = {
  portal: msg('Cổng thông tin'),
  desk: msg('Tại bộ phận tiếp công dân'),
};

interface AnswerValues {
  outcome: RequestAnswer['outcome'];
  answer: string;
  phone?: string;
  email?: string;
  address?: string;
}

/**
 * The answer clock of an open request, in working days as the server counts them on the
 * deadlines' calendar (the due date itself is set in working days): red once overdue.
 */
export function RequestClock({ request: r }: { request: PrivacyRequest }) {
  const t = useT();
  if (r.status !== 'received' || r.workingDaysLeft === null) return null;
  const n = r.workingDaysLeft;
  if (r.overdue || n < 0)
    return (
      <Tag color="red">{n < 0 ? t('Quá hạn {n} ngày làm việc', { n: -n }) : t('Quá hạn')}</Tag>
    );
  if (n === 0) return <Tag color="orange">{t('Hết hạn hôm nay')}</Tag>;
  return <Tag color={n <= 3 ? 'orange' : 'green'}>{t('Còn {n} ngày làm việc', { n })}</Tag>;
}

/** Dữ liệu cá nhân → data-subject requests: the list with their clock, a desk request, the answer. */
export default function PrivacyRequestsPage() {
  const t = useT();
  const { language } = useLanguage();
  const { required, requiredText } = useRequired();
  const requests = usePrivacyRequests();
  const canRegister = useCan('petition.intake');
  const canAnswer = useCan('petition.decide');
  const desk = useRegisterDeskRequest();
  const answer = useAnswerRequest();
  const deskDialog = useEditing<never>(() => desk.reset());
  const answerDialog = useEditing<PrivacyRequest>(() => answer.reset());
  const answering = answerDialog.editing;
  const [deskForm] = Form.useForm<DeskRequest>();
  const [answerForm] = Form.useForm<AnswerValues>();
  const [notice, setNotice] = useState<string | null>(null);
  const items = requests.data?.items ?? [];
  const labelOf = (map: Record<string, Localized>, key: string) =>
    map[key] ? t.pick(map[key]) : key;

  useFormValues(deskForm, deskDialog.open, () => ({}));
  useFormValues(answerForm, answerDialog.open, () => ({ outcome: 'done' as const }));
  const outcome = Form.useWatch('outcome', answerForm);

  const clock = (r: PrivacyRequest) => <RequestClock request={r} />;

  const columns: TableColumnsType<PrivacyRequest> = [
    {
      title: t('Mã yêu cầu'),
      dataIndex: 'code',
      width: 170,
      render: (_, r) => (
        <div>
          <strong>{r.code}</strong>
          <br />
          <Link to={`/petitions/${r.petitionId}`}>{t('Hồ sơ đơn')}</Link>
        </div>
      ),
    },
    {
      title: t('Yêu cầu'),
      dataIndex: 'kind',
      render: (_, r) => (
        <div>
          <strong>{labelOf(KIND_LABELS, r.kind)}</strong>
          <div className="dv-privacy-detail">{r.detail}</div>
          <div className="dv-privacy-meta">
            {labelOf(CHANNEL_LABELS, r.channel)} · {r.unitCode}
          </div>
        </div>
      ),
    },
    {
      title: t('Ngày nhận'),
      dataIndex: 'receivedOn',
      width: 120,
      render: (v: string) => formatDate(v, language),
    },
    {
      title: t('Hạn trả lời'),
      dataIndex: 'dueOn',
      width: 150,
      render: (_, r) => (
        <div>
          {formatDate(r.dueOn, language)} {clock(r)}
          {!r.ruleVerified && <div className="dv-privacy-meta">{t('Chưa xác minh nguồn')}</div>}
        </div>
      ),
    },
    {
      title: t('Tình trạng'),
      dataIndex: 'status',
      width: 230,
      render: (_, r) => (
        <div>
          <Tag
            color={r.status === 'received' ? 'blue' : r.status === 'refused' ? 'default' : 'green'}
          >
            {labelOf(STATUS_LABELS, r.status)}
          </Tag>
          {r.answeredOn && <span>{formatDate(r.answeredOn, language)}</span>}
          {r.answer && <div className="dv-privacy-detail">{r.answer}</div>}
          {r.retained && (
            <div className="dv-privacy-meta">
              {t('Giữ lại theo luật:')} {r.retained}
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('Thao tác'),
      key: 'actions',
      width: 110,
      render: (_, r) =>
        r.status === 'received' && canAnswer ? (
          <Button size="small" onClick={() => answerDialog.edit(r)}>
            {t('Trả lời')}
          </Button>
        ) : null,
    },
  ];

  return (
    <AdminPage
      title={t('Yêu cầu về dữ liệu cá nhân')}
      description={t(
        'Yêu cầu của người dân về dữ liệu cá nhân đã khai trong đơn (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15), hạn trả lời sớm nhất trước.',
      )}
    >
      <AdminList
        query={requests}
        items={items}
        columns={columns}
        rowKey="id"
        emptyText={t('Chưa có yêu cầu nào về dữ liệu cá nhân.')}
        table={{ pagination: { pageSize: 25 } }}
        testId="privacy-requests"
        notice={
          notice && (
            <Alert
              type="success"
              showIcon
              role="status"
              title={notice}
              closable={{ onClose: () => setNotice(null) }}
              style={{ marginBottom: 12 }}
            />
          )
        }
        toolbar={
          canRegister && (
            <Button type="primary" onClick={deskDialog.create}>
              {t('Tiếp nhận yêu cầu tại bộ phận tiếp dân')}
            </Button>
          )
        }
      />
      <FormModal
        open={deskDialog.open}
        title={t('Tiếp nhận yêu cầu tại bộ phận tiếp dân')}
        saving={desk.isPending}
        error={desk.error}
        onSave={() => deskForm.submit()}
        onCancel={deskDialog.close}
      >
        <Form
          form={deskForm}
          layout="vertical"
          name="privacy-desk-form"
          onFinish={(v) =>
            desk.mutate(v, {
              onSuccess: (r) => {
                setNotice(
                  t(
                    'Đã tiếp nhận yêu cầu {code}; hạn trả lời {due}. Mã truy cập của người yêu cầu (chỉ hiện một lần, trao cho họ giữ kín): {access}',
                    {
                      code: r.code,
                      due: formatDate(r.dueOn, language),
                      access: r.accessCode,
                    },
                  ),
                );
                deskDialog.close();
              },
            })
          }
        >
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t(
              'Kiểm tra giấy tờ tùy thân của người yêu cầu trước khi tiếp nhận; người đó phải là người đã gửi đơn.',
            )}
          />
          <Form.Item name="trackingCode" label={t('Mã hồ sơ của đơn')} rules={requiredText}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item name="kind" label={t('Loại yêu cầu')} rules={required}>
            <Select
              options={Object.entries(KIND_LABELS).map(([value, label]) => ({
                value,
                label: t.pick(label),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="detail"
            label={t('Nội dung yêu cầu')}
            rules={[...requiredText, { min: 5, message: t('Ít nhất 5 ký tự.') }]}
          >
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
        </Form>
      </FormModal>
      <FormModal
        open={answerDialog.open}
        title={answering ? t('Trả lời yêu cầu {code}', { code: answering.code }) : ''}
        saving={answer.isPending}
        error={answer.error}
        onSave={() => answerForm.submit()}
        onCancel={answerDialog.close}
      >
        {answering && (
          <Form
            form={answerForm}
            layout="vertical"
            name="privacy-answer-form"
            onFinish={(v) => {
              const corrections =
                answering.kind === 'correction'
                  ? Object.fromEntries(
                      (['phone', 'email', 'address'] as const)
                        .filter((k) => v[k]?.trim())
                        .map((k) => [k, v[k]!.trim()]),
                    )
                  : undefined;
              answer.mutate(
                {
                  id: answering.id,
                  body: {
                    outcome: v.outcome,
                    answer: v.answer,
                    expectedVersion: answering.version,
                    ...(corrections && Object.keys(corrections).length ? { corrections } : {}),
                  },
                },
                { onSuccess: answerDialog.close },
              );
            }}
          >
            <p>
              <strong>{labelOf(KIND_LABELS, answering.kind)}</strong>: {answering.detail}
            </p>
            <Form.Item name="outcome" label={t('Kết quả')} rules={required}>
              <Radio.Group
                options={Object.entries(OUTCOME_LABELS).map(([value, label]) => ({
                  value,
                  label: t.pick(label),
                }))}
              />
            </Form.Item>
            {answering.kind === 'erasure' && outcome !== 'refused' && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t(
                  'Xóa số điện thoại và thư điện tử của người gửi đơn. Họ tên, địa chỉ và nội dung đơn được giữ lại trong hồ sơ giải quyết đơn theo thời hạn lưu trữ (Luật Lưu trữ 2024; Thông tư 05/2021/TT-TTCP); câu trả lời gửi người dân nêu rõ điều này.',
                )}
              />
            )}
            {answering.kind === 'withdraw_consent' && outcome !== 'refused' && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('Sự đồng ý của người gửi đơn được ghi là đã rút lại.')}
              />
            )}
            {answering.kind === 'correction' && outcome !== 'refused' && (
              <>
                <Form.Item name="phone" label={t('Số điện thoại đúng')}>
                  <Input maxLength={30} autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name="email"
                  label={t('Thư điện tử đúng')}
                  rules={[{ type: 'email', message: t('Thư điện tử không hợp lệ.') }]}
                >
                  <Input maxLength={200} autoComplete="off" />
                </Form.Item>
                <Form.Item name="address" label={t('Địa chỉ đúng')}>
                  <Input maxLength={500} autoComplete="off" />
                </Form.Item>
              </>
            )}
            <Form.Item
              name="answer"
              label={t('Nội dung trả lời gửi người dân')}
              rules={[...requiredText, { min: 5, message: t('Ít nhất 5 ký tự.') }]}
            >
              <Input.TextArea rows={4} maxLength={10000} />
            </Form.Item>
          </Form>
        )}
      </FormModal>
    </AdminPage>
  );
}
