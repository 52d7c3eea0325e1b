import '../petitions.css';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { isApiProblem } from '../../api/client';
import { fetchUnits } from '../../api/endpoints';
import { CheckboxGroupField } from '../../app/CheckboxGroupField';
import { DateInput } from '../../app/DateInput';
import { usePageTitle } from '../../app/use-page-title';
import { useSession } from '../../auth/session';
import { todayIso } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { unitName } from '../../units/unit-labels';
import { filterValidOn } from '../../units/unit-tree';
import { checkDuplicates, submitPetition } from '../api';
import { foldFilter } from '../fold';
import { useReference } from '../reference';
import type { SubmitPetitionResult } from '../types';
import { DuplicatePanel } from './DuplicatePanel';
import { IntakeParts } from './IntakeParts';
import { IntakeSuccess } from './IntakeSuccess';
import { initialValues, toSubmitInput, type IntakeValues } from './intake-values';
import { PetitionerFields } from './PetitionerFields';
import { ReturningCitizen } from './ReturningCitizen';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Tiếp nhận đơn: the reception desk form, keyboard first (Tab through, Ctrl+Enter saves). */
export default function IntakePage() {
  const t = useT();
  const { language } = useLanguage();
  const { user } = useSession();
  usePageTitle(t('Tiếp nhận đơn'));
  const queryClient = useQueryClient();
  const reference = useReference().data;
  const [form] = Form.useForm<IntakeValues>();
  const [result, setResult] = useState<SubmitPetitionResult | null>(null);
  const [formKey, setFormKey] = useState(0);
  // Only units that exist on the receipt date (a letter received today cannot go to a district
  // abolished on 1/7/2025; one received in 2024 still can).
  const receivedOn = Form.useWatch('receivedOn', form) || todayIso();
  const units = useQuery({
    queryKey: ['units', 'valid-on', receivedOn],
    queryFn: () => fetchUnits(receivedOn),
  });

  const channel = Form.useWatch('channel', form);
  const kinds = Form.useWatch('kinds', form) ?? [];
  const anonymous = Form.useWatch('anonymous', form) === true;
  const many = Form.useWatch('manySignatories', form) === true;
  const unitCode = Form.useWatch('unitCode', form) ?? user.unit.code;
  const topicCode = Form.useWatch('topicCode', form);
  const title = Form.useWatch('title', form) ?? '';
  const content = Form.useWatch('content', form) ?? '';
  const people = Form.useWatch('petitioners', form);

  const probe = useDebounced(
    useMemo(
      () => ({
        unitCode,
        topicCode: topicCode ?? null,
        title: title.trim(),
        content: content.trim().slice(0, 4000),
        petitioners: (people ?? [])
          .map((p) => ({
            identityNumber: p?.identityNumber?.trim() || null,
            phone: p?.phone?.trim() || null,
          }))
          .filter((p) => p.identityNumber || p.phone),
      }),
      [unitCode, topicCode, title, content, people],
    ),
    600,
  );
  const ready =
    probe.title.length >= 8 || probe.content.length >= 15 || probe.petitioners.length > 0;
  const duplicates = useQuery({
    queryKey: ['duplicate-check', probe],
    queryFn: () => checkDuplicates(probe),
    enabled: ready && !result,
    staleTime: 60_000,
  });

  const submit = useMutation({
    mutationFn: (values: IntakeValues) => submitPetition(toSubmitInput(values)),
    onSuccess: (created) => {
      setResult(created);
      void queryClient.invalidateQueries({ queryKey: ['petitions'] });
      void queryClient.invalidateQueries({ queryKey: ['register'] });
    },
  });

  const topics = (reference?.topics ?? [])
    .filter((x) => kinds.length === 0 || kinds.some((k) => x.kinds.includes(k)))
    .map((x) => ({ value: x.code, label: t.pick(x.name) }));
  const unitOptions = filterValidOn(units.data?.items ?? [], receivedOn)
    .filter((u) => u.level !== 'system')
    .map((u) => ({
      value: u.code,
      label: unitName(u, language) === u.name ? u.fullName || u.name : unitName(u, language),
    }));
  if (!unitOptions.some((o) => o.value === user.unit.code)) {
    unitOptions.unshift({ value: user.unit.code, label: user.unit.name });
  }

  const startNew = () => {
    setResult(null);
    submit.reset();
    setFormKey((k) => k + 1);
  };

  if (result) {
    return (
      <div className="dv-page">
        <header className="dv-page-header">
          <Typography.Title level={1} className="dv-page-title">
            {t('Tiếp nhận đơn')}
          </Typography.Title>
        </header>
        <Card>
          <IntakeSuccess result={result} onNew={startNew} />
        </Card>
      </div>
    );
  }

  const problem = submit.error;
  return (
    <div className="dv-page">
      <header className="dv-page-header">
        <Typography.Title level={1} className="dv-page-title">
          {t('Tiếp nhận đơn')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t(
            'Nhập đơn khi công dân đến hoặc khi nhận qua bưu chính, hòm thư, đường dây nóng. Tab để chuyển ô, Ctrl+Enter để lưu.',
          )}
        </Typography.Text>
      </header>
      <div className="dv-intake">
        <Card className="dv-intake-form">
          <Form<IntakeValues>
            key={formKey}
            form={form}
            layout="vertical"
            initialValues={initialValues(user.unit.code)}
            onFinish={(values) => submit.mutate(values)}
            scrollToFirstError={{ focus: true }}
            requiredMark
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                form.submit();
              }
            }}
          >
            <fieldset className="dv-section">
              <legend>{t('Thông tin tiếp nhận')}</legend>
              <div className="dv-grid-3">
                <Form.Item
                  name="unitCode"
                  label={t('Đơn vị tiếp nhận')}
                  rules={[{ required: true }]}
                >
                  <Select options={unitOptions} showSearch={{ filterOption: foldFilter }} />
                </Form.Item>
                <Form.Item name="channel" label={t('Nguồn đơn')} rules={[{ required: true }]}>
                  <Select
                    options={Object.entries(reference?.channels ?? {}).map(([value, l]) => ({
                      value,
                      label: t.pick(l),
                    }))}
                    popupMatchSelectWidth={false}
                  />
                </Form.Item>
                <Form.Item
                  name="receivedOn"
                  label={t('Ngày nhận đơn')}
                  extra={t('Để trống nếu nhận hôm nay.')}
                >
                  <DateField />
                </Form.Item>
              </div>
              <Form.Item
                name="kinds"
                label={t('Loại đơn')}
                extra={t(
                  'Đơn có nhiều nội dung: chọn nhiều loại, hệ thống tách thành các hồ sơ riêng.',
                )}
                rules={[
                  {
                    required: true,
                    type: 'array',
                    min: 1,
                    message: t('Chọn ít nhất một loại đơn.'),
                  },
                ]}
              >
                <CheckboxGroupField
                  options={Object.entries(reference?.kinds ?? {}).map(([value, l]) => ({
                    value,
                    label: t.pick(l),
                  }))}
                />
              </Form.Item>
              <Form.Item name="topicCode" label={t('Lĩnh vực')}>
                <Select
                  options={topics}
                  allowClear
                  showSearch={{ filterOption: foldFilter }}
                  placeholder={t('Gõ để tìm, không dấu cũng được')}
                />
              </Form.Item>
            </fieldset>

            <fieldset className="dv-section">
              <legend>{t('Nội dung đơn')}</legend>
              <Form.Item
                name="title"
                label={t('Trích yếu')}
                rules={[
                  { required: true, whitespace: true, message: t('Nhập trích yếu nội dung đơn.') },
                ]}
              >
                <Input
                  maxLength={300}
                  showCount
                  placeholder={t('VD: Khiếu nại mức bồi thường khi thu hồi đất')}
                />
              </Form.Item>
              <Form.Item
                name="content"
                label={t('Nội dung')}
                rules={[{ required: true, whitespace: true, message: t('Nhập nội dung đơn.') }]}
              >
                <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
              </Form.Item>
              <Form.Item name="location" label={t('Nơi xảy ra vụ việc')}>
                <Input />
              </Form.Item>
            </fieldset>

            <IntakeParts kinds={kinds} kindLabels={reference?.kinds ?? {}} />

            <fieldset className="dv-section">
              <legend>{t('Người gửi đơn')}</legend>
              <div className="dv-inline-fields">
                <Form.Item name="anonymous" valuePropName="checked" noStyle>
                  <Checkbox>{t('Đơn nặc danh (không rõ họ tên, địa chỉ)')}</Checkbox>
                </Form.Item>
                <Form.Item name="remoteArea" valuePropName="checked" noStyle>
                  <Checkbox>{t('Người gửi ở vùng sâu, vùng xa, đi lại khó khăn')}</Checkbox>
                </Form.Item>
              </div>
              <PetitionerFields anonymous={anonymous} many={many} />
            </fieldset>

            {channel === 'in_person' && (
              <fieldset className="dv-section">
                <legend>{t('Sổ tiếp công dân')}</legend>
                <div className="dv-grid-3">
                  <Form.Item name={['reception', 'identityPaper']} label={t('Giấy tờ tùy thân')}>
                    <Select
                      options={['CCCD', 'CMND', 'Hộ chiếu', 'Giấy tờ khác'].map((v) => ({
                        value: v,
                        label: v,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={['reception', 'identityUncheckedReason']}
                    label={t('Lý do không kiểm tra được giấy tờ tùy thân')}
                    extra={t(
                      'Từ ngày 01/07/2026 người đến trực tiếp phải được xác định danh tính: nhập số giấy tờ ở phần người gửi đơn, hoặc ghi lý do.',
                    )}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item name={['reception', 'peopleCount']} label={t('Số người đến')}>
                    <InputNumber min={1} max={10000} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item
                    name={['reception', 'handledByBody']}
                    label={t('Cơ quan đã giải quyết')}
                  >
                    <Input placeholder={t('Nếu vụ việc đã được nơi khác giải quyết')} />
                  </Form.Item>
                </div>
                <div className="dv-grid-2">
                  <Form.Item name={['reception', 'direction']} label={t('Hướng xử lý')}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                  </Form.Item>
                  <Form.Item name={['reception', 'followUp']} label={t('Theo dõi kết quả')}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                  </Form.Item>
                </div>
              </fieldset>
            )}

            {problem && (
              <Alert
                type="error"
                showIcon
                role="alert"
                className="dv-form-alert"
                title={t('Chưa lưu được đơn.')}
                description={
                  isApiProblem(problem)
                    ? [
                        t.pick(problem.userMessage),
                        ...problem.errors.map((e) => `${e.path}: ${t.pick(e.message)}`),
                      ].join(' ')
                    : t('Không kết nối được với máy chủ. Kiểm tra mạng và thử lại.')
                }
              />
            )}
            <div className="dv-form-actions">
              <Button type="primary" htmlType="submit" size="large" loading={submit.isPending}>
                {t('Lưu và cấp mã đơn')}
              </Button>
              <span className="dv-field-hint">{t('Ctrl+Enter để lưu')}</span>
            </div>
          </Form>
        </Card>
        <aside className="dv-intake-side" aria-label={t('Gợi ý khi tiếp nhận')}>
          <ReturningCitizen
            unitCode={unitCode}
            onUse={(p) =>
              form.setFieldValue(['petitioners', 0], {
                fullName: p.fullName,
                identityNumber: p.identityNumber ?? '',
                phone: p.phone ?? '',
                address: p.address ?? '',
                isRepresentative: false,
              })
            }
          />
          <DuplicatePanel
            items={duplicates.data?.duplicates ?? []}
            loading={duplicates.isFetching}
            ready={ready}
            error={duplicates.isError ? t('Không kiểm tra được đơn trùng lúc này.') : null}
          />
        </aside>
      </div>
    </div>
  );
}

/** DateInput adapted to antd Form.Item (value/onChange injected). */
function DateField({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?(v?: string): void;
  id?: string;
}) {
  const t = useT();
  return (
    <DateInput
      id={id}
      ariaLabel={t('Ngày nhận đơn')}
      value={value}
      onChange={(v) => onChange?.(v)}
    />
  );
}
