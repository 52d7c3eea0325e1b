import './petitions.css';
import { Alert, Card, Empty, Typography } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { useT } from '../i18n/i18n-context';
import { fetchCase, fetchPetitions } from './api';
import { MonitorFeedback } from './MonitorFeedback';
import { DeadlineBadge } from './DeadlineBadge';
import { useLabels } from './reference';
import { StatusTag } from './StatusTag';
import type { PetitionListItem, PetitionPage } from './types';

const PAGES = 5;
const PAGE_SIZE = 100;

/** Every open case of the head's units, up to PAGES × PAGE_SIZE, nearest deadline first. */
async function fetchOpenCases(): Promise<PetitionPage & { truncated: boolean }> {
  const items: PetitionListItem[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < PAGES; i += 1) {
    const page = await fetchPetitions({ open: true, sort: 'due' }, cursor, PAGE_SIZE);
    items.push(...page.items);
    if (!page.nextCursor) return { items, nextCursor: null, truncated: false };
    cursor = page.nextCursor;
  }
  return { items, nextCursor: cursor ?? null, truncated: true };
}

interface Counts {
  total: number;
  overdue: number;
  due_soon: number;
}

function count(items: PetitionListItem[]): Counts {
  return {
    total: items.length,
    overdue: items.filter((x) => x.deadlineState === 'overdue').length,
    due_soon: items.filter((x) => x.deadlineState === 'due_soon').length,
  };
}

interface OfficerGroup {
  key: string;
  officerId: string | null;
  name: string | null;
  items: PetitionListItem[];
}

interface AgencyGroup {
  agencyId: string | null;
  officers: OfficerGroup[];
  items: PetitionListItem[];
}

function group(items: PetitionListItem[]): AgencyGroup[] {
  const agencies = new Map<string, AgencyGroup>();
  for (const item of items) {
    const a = agencies.get(item.agencyId ?? '') ?? {
      agencyId: item.agencyId,
      officers: [],
      items: [],
    };
    agencies.set(item.agencyId ?? '', a);
    a.items.push(item);
    const key = item.officerId ?? '';
    let o = a.officers.find((x) => x.key === key);
    if (!o) {
      o = { key, officerId: item.officerId, name: item.officerName, items: [] };
      a.officers.push(o);
    }
    o.items.push(item);
  }
  // Most overdue work first, so the head sees where to step in.
  const worst = (xs: PetitionListItem[]) => count(xs).overdue * 1000 + count(xs).due_soon;
  const sorted = [...agencies.values()].sort((x, y) => worst(y.items) - worst(x.items));
  for (const a of sorted) a.officers.sort((x, y) => worst(y.items) - worst(x.items));
  return sorted;
}

/** Theo dõi đơn vị: who holds which open case, overdue first, for the head of unit. */
export default function MonitorPage() {
  const t = useT();
  const label = useLabels();
  usePageTitle(t('Theo dõi đơn vị'));
  const query = useQuery({ queryKey: ['petitions', 'monitor'], queryFn: fetchOpenCases });
  const items = useMemo(() => query.data?.items ?? [], [query.data]);
  const groups = useMemo(() => group(items), [items]);
  const totals = count(items);
  const unassigned = items.filter((x) => !x.officerId).length;
  // The list carries agency ids only; one case file per agency gives its name.
  const sampleIds = groups.filter((g) => g.agencyId).map((g) => g.items[0]?.id ?? '');
  const agencyNames = useQueries({
    queries: sampleIds.map((id) => ({
      queryKey: ['case', id],
      queryFn: () => fetchCase(id),
      staleTime: 5 * 60_000,
    })),
  });
  const agencyName = (agencyId: string | null) => {
    if (!agencyId) return t('Chưa giao bộ phận');
    const file = agencyNames.find((q) => q.data?.agency?.id === agencyId)?.data;
    return file?.agency ? t.pick(file.agency.name) : agencyId;
  };

  return (
    <div className="dv-page">
      <header className="dv-page-header">
        <Typography.Title level={1} className="dv-page-title">
          {t('Theo dõi đơn vị')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('Mọi hồ sơ đang mở trong đơn vị, theo bộ phận và cán bộ đang giữ, quá hạn lên đầu.')}
        </Typography.Text>
      </header>
      <MonitorFeedback />
      <QueryState
        query={query}
        isEmpty={items.length === 0}
        emptyText={t('Đơn vị không có hồ sơ nào đang mở.')}
      >
        {query.data?.truncated && (
          <Alert
            type="info"
            showIcon
            className="dv-form-alert"
            title={t('Chỉ hiển thị {n} hồ sơ có hạn gần nhất.', { n: items.length })}
          />
        )}
        <ul className="dv-stats" aria-label={t('Tổng hợp')}>
          <li>
            <span className="dv-stat-n">{totals.total}</span>
            <span>{t('Đang mở')}</span>
          </li>
          <li className="dv-stat-overdue">
            <span className="dv-stat-n">{totals.overdue}</span>
            <span>{t('Quá hạn')}</span>
          </li>
          <li className="dv-stat-due_soon">
            <span className="dv-stat-n">{totals.due_soon}</span>
            <span>{t('Sắp đến hạn')}</span>
          </li>
          <li>
            <span className="dv-stat-n">{unassigned}</span>
            <span>{t('Chưa giao cán bộ')}</span>
          </li>
        </ul>
        {groups.map((g) => (
          <Card
            key={g.agencyId ?? 'none'}
            className="dv-monitor-agency"
            title={<h2 className="dv-card-title">{agencyName(g.agencyId)}</h2>}
            extra={<span className="dv-case-meta">{t('{n} hồ sơ', { n: g.items.length })}</span>}
          >
            {g.officers.map((o) => {
              const c = count(o.items);
              return (
                <section
                  key={o.key}
                  className="dv-monitor-officer"
                  aria-label={o.name ?? t('Chưa giao cán bộ')}
                >
                  <h3 className="dv-monitor-officer-head">
                    <span>{o.name ?? t('Chưa giao cán bộ')}</span>
                    <span className="dv-monitor-counts">
                      {t('{n} hồ sơ', { n: c.total })}
                      {c.overdue > 0 && (
                        <span className="dv-count-overdue">
                          {t('{n} quá hạn', { n: c.overdue })}
                        </span>
                      )}
                      {c.due_soon > 0 && (
                        <span className="dv-count-due_soon">
                          {t('{n} sắp đến hạn', { n: c.due_soon })}
                        </span>
                      )}
                    </span>
                    {o.officerId && (
                      <Link
                        to={`/petitions?officer=${encodeURIComponent(o.officerId)}&open=true&sort=due`}
                        className="dv-monitor-link"
                      >
                        {t('Xem danh sách')}
                      </Link>
                    )}
                  </h3>
                  <ul className="dv-monitor-cases">
                    {o.items.map((x) => (
                      <li key={x.id}>
                        <DeadlineBadge state={x.deadlineState} dueOn={x.dueOn} compact />
                        <Link to={`/petitions/${x.id}`} className="dv-code">
                          {x.trackingCode}
                        </Link>
                        <span className="dv-kind">{label('kinds', x.kind)}</span>
                        <span className="dv-monitor-title">{x.title}</span>
                        <StatusTag status={x.status} />
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </Card>
        ))}
        {groups.length === 0 && <Empty />}
      </QueryState>
    </div>
  );
}
