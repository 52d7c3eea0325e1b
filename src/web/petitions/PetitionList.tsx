import './case-list-phone.css';
import { Button } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { DeadlineBadge } from './DeadlineBadge';
import { useLabels } from './reference';
import { StatusTag } from './StatusTag';
import type { PetitionListItem } from './types';

interface Props {
  items: PetitionListItem[];
  caption: string;
  hasMore: boolean;
  loadingMore: boolean;
  onMore(): void;
  /** Shown instead of the table when there is nothing to list. */
  empty: ReactNode;
  /** Focus the search box ("/"). */
  onSlash?(): void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return (
    el.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ||
    el.closest('.ant-select, .ant-popover, .ant-modal') !== null
  );
}

/**
 * The case list of the queue and the search screen: one row per case, deadline first.
 * Keyboard: j/↓ next, k/↑ previous, Enter opens, / searches. Rows are a roving tab stop.
 */
export function PetitionList({
  items,
  caption,
  hasMore,
  loadingMore,
  onMore,
  empty,
  onSlash,
}: Props) {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const current = Math.min(active, Math.max(items.length - 1, 0));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === '/' && !typing(e.target)) {
        e.preventDefault();
        onSlash?.();
        return;
      }
      if (typing(e.target) || items.length === 0) return;
      const inList = (e.target as HTMLElement | null)?.closest('.dv-case-table') !== null;
      const next = e.key === 'j' || (inList && e.key === 'ArrowDown');
      const prev = e.key === 'k' || (inList && e.key === 'ArrowUp');
      if (!next && !prev) return;
      e.preventDefault();
      const to = Math.min(Math.max(current + (next ? 1 : -1), 0), items.length - 1);
      setActive(to);
      rows.current[to]?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, items.length, onSlash]);

  if (items.length === 0) return <>{empty}</>;

  return (
    <>
      <div className="dv-case-table-wrap">
        <table className="dv-case-table">
          <caption className="dv-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="dv-col-deadline">
                {t('Thời hạn')}
              </th>
              <th scope="col" className="dv-col-code">
                {t('Mã đơn')}
              </th>
              <th scope="col">{t('Nội dung')}</th>
              <th scope="col" className="dv-col-status">
                {t('Trạng thái')}
              </th>
              <th scope="col" className="dv-col-officer">
                {t('Cán bộ xử lý')}
              </th>
              <th scope="col" className="dv-col-date">
                {t('Ngày nhận')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <tr
                key={item.id}
                ref={(el) => {
                  rows.current[i] = el;
                }}
                tabIndex={i === current ? 0 : -1}
                className={`dv-case-row dv-case-row-${item.deadlineState}${i === current ? ' dv-case-row-active' : ''}`}
                aria-label={`${item.trackingCode} ${item.title}`}
                onFocus={() => setActive(i)}
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('a')) return;
                  void navigate(`/petitions/${item.id}`);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) {
                    void navigate(`/petitions/${item.id}`);
                  }
                }}
              >
                <td className="dv-col-deadline">
                  <DeadlineBadge
                    state={item.deadlineState}
                    dueOn={item.dueOn}
                    step={item.dueStep ? label('deadlineSteps', item.dueStep) : undefined}
                  />
                </td>
                <td className="dv-col-code">
                  <Link to={`/petitions/${item.id}`} className="dv-code" tabIndex={-1}>
                    {item.trackingCode}
                  </Link>
                  <span className="dv-kind">{label('kinds', item.kind)}</span>
                </td>
                <td className="dv-col-title">
                  <span className="dv-case-title">{item.title}</span>
                  <span className="dv-case-meta">
                    {item.sealed
                      ? t('Danh tính người tố cáo được bảo mật')
                      : (item.petitionerName ?? '')}
                    {item.topicCode && (
                      <>
                        {(item.sealed || item.petitionerName) && ' · '}
                        {label('topics', item.topicCode)}
                      </>
                    )}
                    {item.sample && <span className="dv-sample"> · {t('Mẫu')}</span>}
                  </span>
                  {item.nextStep && (
                    <span className="dv-case-next">
                      {item.nextStep.mine
                        ? t('Đến lượt bạn: {step}', { step: t.pick(item.nextStep.label) })
                        : t('Chờ {who}: {step}', {
                            who: t.pick(item.nextStep.who),
                            step: t.pick(item.nextStep.label),
                          })}
                    </span>
                  )}
                </td>
                <td className="dv-col-status">
                  <StatusTag status={item.status} />
                </td>
                <td className="dv-col-officer">{item.officerName ?? t('Chưa giao')}</td>
                <td className="dv-col-date">{formatDate(item.receivedOn, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dv-list-footer">
        <span className="dv-list-count" aria-live="polite">
          {t('Đang hiển thị {count} hồ sơ', { count: items.length })}
        </span>
        {hasMore && (
          <Button onClick={onMore} loading={loadingMore}>
            {t('Xem thêm')}
          </Button>
        )}
        <span className="dv-kbd-hint">
          {t('Phím tắt: j/k hoặc ↑/↓ để di chuyển, Enter để mở, / để tìm kiếm')}
        </span>
      </div>
    </>
  );
}
