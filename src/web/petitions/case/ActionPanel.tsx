import {
  Alert,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  message,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../../api/client';
import { DateInput } from '../../app/DateInput';
import { useT } from '../../i18n/i18n-context';
import { fetchAssignees, performAction } from '../api';
import { useLabels, useReference } from '../reference';
import type { CaseFile } from '../types';
import {
  actionFields,
  cautiousActions,
  initialValues,
  nextStepActions,
  sideActions,
  type ActionField,
} from './action-fields';
import { publicationLabel } from './TimelineCard';

function DateValue({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?(v?: string): void;
  id?: string;
}) {
  return <DateInput id={id} value={value} onChange={(v) => onChange?.(v)} width={160} />;
}

interface ControlProps {
  id?: string;
  value?: unknown;
  onChange?(...args: unknown[]): void;
}

/** The control for one field; Form.Item injects id/value/onChange, passed on to the control. */
function FieldInput({
  field,
  file,
  ...control
}: { field: ActionField; file: CaseFile } & ControlProps) {
  const c = control as Record<string, never>;
  const t = useT();
  const label = useLabels();
  const reference = useReference().data;
  const assignees = useQuery({
    queryKey: ['assignees', file.id],
    queryFn: () => fetchAssignees(file.id),
    enabled: field.type === 'assignee',
  });
  switch (field.type) {
    case 'textarea':
      return <Input.TextArea {...c} autoSize={{ minRows: 3, maxRows: 10 }} />;
    case 'date':
      return <DateValue {...c} />;
    case 'days':
      return <InputNumber {...c} min={1} max={60} />;
    case 'assignee':
      return (
        <Select
          {...c}
          loading={assignees.isPending}
          placeholder={t('Chọn cán bộ')}
          options={(assignees.data?.items ?? []).map((a) => ({
            value: a.id,
            label: a.agency ? `${a.name} — ${t.pick(a.agency)}` : a.name,
          }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      );
    case 'result':
      return (
        <Select
          {...c}
          options={(reference?.resultsByKind[file.kind] ?? [])
            .filter((r) => r !== 'withdrawn')
            .map((r) => ({ value: r, label: label('results', r) }))}
        />
      );
    case 'fileReason':
      return (
        <Select
          {...c}
          options={[
            { value: 'duplicate', label: t('Đơn trùng nội dung đã giải quyết') },
            { value: 'anonymous', label: t('Đơn nặc danh') },
            { value: 'ineligible', label: t('Đơn không đủ điều kiện xử lý') },
            {
              value: 'insulting_or_illegible',
              label: t('Đơn có lời lẽ xúc phạm hoặc không đọc được'),
            },
            { value: 'other', label: t('Lý do khác') },
          ]}
        />
      );
    case 'document':
      return (
        <Select
          {...c}
          options={[
            { value: 'decision', label: t('Quyết định giải quyết, kết luận nội dung tố cáo') },
            { value: 'acceptance_notice', label: t('Thông báo thụ lý tố cáo') },
          ]}
        />
      );
    case 'choice':
    case 'choices':
      return (
        <Select
          {...c}
          mode={field.type === 'choices' ? 'multiple' : undefined}
          options={(field.options ?? []).map((o) => ({ value: o.value, label: t.pick(o.label) }))}
        />
      );
    case 'check':
      return <Checkbox {...c} />;
    case 'method':
      return (
        <Select
          {...c}
          options={['meeting', 'posting', 'portal', 'media'].map((m) => ({
            value: m,
            label: publicationLabel(m, t),
          }))}
        />
      );
    default:
      return <Input {...c} />;
  }
}

/** Turns form values into the action input: empty fields dropped, lists split. */
function toInput(fields: ActionField[], values: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
    input[f.name] =
      f.type === 'list' && typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : typeof v === 'string'
          ? v.trim()
          : v;
  }
  return input;
}

/** Only the actions this official may take now (abilities.actions), each with its small form. */
export function ActionPanel({ file }: { file: CaseFile }) {
  const t = useT();
  const label = useLabels();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<string | null>(null);
  const [form] = Form.useForm<Record<string, unknown>>();
  const [toast, holder] = message.useMessage();
  const fields = action ? (actionFields[action] ?? []) : [];
  const run = useMutation({
    mutationFn: (values: Record<string, unknown>) =>
      performAction(file.id, action ?? '', toInput(fields, values), file.version),
    onSuccess: () => {
      void toast.success(t('Đã ghi nhận: {action}.', { action: label('actions', action) }));
      setAction(null);
    },
    onError: (error) => {
      // Stale version or a step no longer allowed: show the reason and reload the case.
      if (isApiProblem(error) && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: ['case', file.id] });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['case', file.id] });
      void queryClient.invalidateQueries({ queryKey: ['petitions'] });
    },
  });
  const actions = file.abilities.actions;
  // The action that carries out the case's next step comes first (the primary button).
  const first = new Set(file.nextStep?.mine ? (nextStepActions[file.nextStep.action] ?? []) : []);
  const main = actions
    .filter((a) => !sideActions.has(a))
    .sort((a, b) => Number(first.has(b)) - Number(first.has(a)));
  const side = actions.filter((a) => sideActions.has(a));
  const open = (a: string) => {
    run.reset();
    form.resetFields();
    setAction(a);
  };

  return (
    <Card
      size="small"
      title={<h2 className="dv-card-title">{t('Xử lý hồ sơ')}</h2>}
      className="dv-actions-card"
    >
      {holder}
      {actions.length === 0 ? (
        <p className="dv-field-hint">
          {t('Bạn không có thao tác nào trên hồ sơ này ở bước hiện tại.')}
        </p>
      ) : (
        <>
          <div className="dv-action-buttons">
            {main.map((a, i) => (
              <Button key={a} type={i === 0 ? 'primary' : 'default'} onClick={() => open(a)}>
                {label('actions', a)}
              </Button>
            ))}
          </div>
          {side.length > 0 && (
            <div className="dv-action-buttons dv-action-side">
              <span className="dv-case-meta">{t('Thao tác khác')}:</span>
              {side.map((a) => (
                <Button
                  key={a}
                  size="small"
                  danger={cautiousActions.has(a)}
                  onClick={() => open(a)}
                >
                  {label('actions', a)}
                </Button>
              ))}
            </div>
          )}
        </>
      )}
      <Modal
        open={action !== null}
        title={action ? label('actions', action) : ''}
        okText={t('Xác nhận')}
        cancelText={t('Hủy')}
        onCancel={() => setAction(null)}
        onOk={() => form.submit()}
        okButtonProps={{
          loading: run.isPending,
          danger: action ? cautiousActions.has(action) : false,
        }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={action ? initialValues(action, file.drafts) : {}}
          onFinish={(values) => run.mutate(values)}
          className="dv-modal-form"
        >
          {fields.length === 0 && <p>{t('Xác nhận thực hiện bước này?')}</p>}
          {fields.map((f, i) => (
            <Form.Item
              key={f.name}
              name={f.name}
              label={t.pick(f.label)}
              valuePropName={f.type === 'check' ? 'checked' : 'value'}
              rules={f.required ? [{ required: true, message: t('Trường này là bắt buộc.') }] : []}
            >
              {i === 0 && (f.type === 'text' || f.type === 'textarea') ? (
                f.type === 'text' ? (
                  <Input autoFocus />
                ) : (
                  <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 10 }} />
                )
              ) : (
                <FieldInput field={f} file={file} />
              )}
            </Form.Item>
          ))}
        </Form>
        {run.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={
              isApiProblem(run.error)
                ? t.pick(run.error.userMessage)
                : t('Không kết nối được với máy chủ. Kiểm tra mạng và thử lại.')
            }
            description={
              isApiProblem(run.error) && run.error.status === 409
                ? t('Hồ sơ đã được tải lại với dữ liệu mới nhất. Kiểm tra rồi thử lại.')
                : undefined
            }
          />
        )}
      </Modal>
    </Card>
  );
}
