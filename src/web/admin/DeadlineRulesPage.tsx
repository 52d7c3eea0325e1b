import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import type { Localized } from '../i18n/language';
import { useLabels } from '../petitions/reference';
import { useDeadlineRules, type DeadlineRule, type RecomputeSummary } from './api';
import { DeadlineRuleForm } from './DeadlineRuleForm';
import {
  COMPLEXITY_LABELS,
  COUNTING_LABELS,
  COUNTS_FROM_LABELS,
  PETITION_KIND_OPTIONS,
  ROUND_LABELS,
} from './labels';
import { AdminList, AdminPage, useEditColumn } from './AdminList';
import { RecomputeResult } from './shared';

/** Administration → deadline rules: limits, counting, extensions, validity and legal source. */
export default function DeadlineRulesPage() {
  const t = useT();
  const { language } = useLanguage();
  const rules = useDeadlineRules();
  const [editing, setEditing] = useState<DeadlineRule | null>(null);
  const [summary, setSummary] = useState<RecomputeSummary | null>(null);
  const items = rules.data?.items ?? [];
  const kind = (k: string) => {
    const option = PETITION_KIND_OPTIONS.find((o) => o.value === k);
    return option ? t.pick(option.label) : k;
  };
  const label = useLabels();
  /** A code in words; an unknown code (a newer server) is shown as "?" plus the code, never bare. */
  const words = (labels: Record<string, Localized>, c: string) =>
    labels[c] ? t.pick(labels[c]) : `? (${c})`;
  const counting = (c: string) => words(COUNTING_LABELS, c);
  const stepOf = (r: DeadlineRule) =>
    [
      label('deadlineSteps', r.step),
      r.round ? words(ROUND_LABELS, r.round) : null,
      r.complexity ? words(COMPLEXITY_LABELS, r.complexity) : null,
      r.remote ? t('vùng sâu, vùng xa') : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const columns: TableColumnsType<DeadlineRule> = [
    { title: t('Loại đơn'), dataIndex: 'kind', width: 100, render: (_, r) => kind(r.kind) },
    {
      title: t('Bước'),
      dataIndex: 'step',
      width: 150,
      render: (_, r) => (
        <Tooltip
          title={
            <>
              {r.note && <div>{t.pick(r.note)}</div>}
              <div>{t('Mã quy định: {id}', { id: r.id })}</div>
            </>
          }
        >
          <span>{stepOf(r)}</span>
        </Tooltip>
      ),
    },
    {
      title: t('Thời hạn'),
      dataIndex: 'limit',
      width: 160,
      render: (_, r) => (
        <>
          {r.limit} {counting(r.counting)}
          <div>
            <Typography.Text type="secondary">
              {t('Tính từ')}: {words(COUNTS_FROM_LABELS, r.countsFrom)}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('Gia hạn'),
      dataIndex: 'extension',
      width: 130,
      render: (_, r) =>
        r.extension
          ? t('{times} lần × {days} {counting}', {
              times: r.extension.maxTimes,
              days: r.extension.daysEach,
              counting: counting(r.extension.counting),
            })
          : '—',
    },
    {
      title: t('Hiệu lực'),
      dataIndex: 'effectiveFrom',
      width: 120,
      render: (_, r) => (
        <>
          {formatDate(r.effectiveFrom, language)} –<br />
          {r.effectiveTo ? formatDate(r.effectiveTo, language) : '…'}
        </>
      ),
    },
    {
      title: t('Căn cứ'),
      dataIndex: 'source',
      render: (_, r) => (
        <>
          {r.verify && <Tag color="orange">{t('chưa xác minh nguồn')}</Tag>}
          {r.source}
        </>
      ),
    },
    useEditColumn<DeadlineRule>(setEditing, 80),
  ];

  return (
    <AdminPage
      title={t('Quy định thời hạn')}
      description={t(
        'Thời hạn xử lý, giải quyết theo loại đơn và bước; mỗi thay đổi tính lại các thời hạn đang mở. Quy định gắn cờ “cần xác minh” cần đối chiếu văn bản gốc.',
      )}
    >
      <RecomputeResult summary={summary} />
      <AdminList
        query={rules}
        items={items}
        columns={columns}
        rowKey="id"
        emptyText={t('Chưa có quy định nào.')}
        table={{ size: 'small', scroll: { x: 1000 } }}
      />
      <DeadlineRuleForm rule={editing} onClose={() => setEditing(null)} onSaved={setSummary} />
    </AdminPage>
  );
}
