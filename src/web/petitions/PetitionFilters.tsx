import { Button, Input, type InputRef } from 'antd';
import { lazy, Suspense, useState, type ReactNode, type Ref } from 'react';
import { DateInput } from '../app/DateInput';
import { useT } from '../i18n/i18n-context';
import { hasFilter } from './filter-params';
import type { PetitionFilter } from './types';

const FilterSelects = lazy(() => import('./FilterSelects'));

interface Props {
  screen: string;
  filter: PetitionFilter;
  onChange(filter: PetitionFilter): void;
  searchRef?: Ref<InputRef>;
  /** Extra controls (unit, sort) placed after the standard ones. */
  children?: ReactNode;
}

/** Search box and filters shared by the queue and the search screen, with saved filters. */
export function PetitionFilters({ screen, filter, onChange, searchRef, children }: Props) {
  const t = useT();
  const [q, setQ] = useState(filter.q ?? '');
  const set = (patch: Partial<PetitionFilter>) => onChange({ ...filter, ...patch });
  const apply = (next: PetitionFilter) => {
    setQ(next.q ?? '');
    onChange(next);
  };

  return (
    <div className="dv-filters" role="search" aria-label={t('Tìm kiếm và lọc đơn')}>
      <Input.Search
        ref={searchRef}
        className="dv-filter-search"
        aria-label={t('Tìm theo mã, tên, nội dung (gõ không dấu được)')}
        placeholder={t('Tìm mã đơn, tên, nội dung…')}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value === '' && filter.q) set({ q: undefined });
        }}
        onSearch={(value) => set({ q: value.trim() || undefined })}
        allowClear
      />
      <Suspense fallback={<span className="dv-filter-placeholder" aria-hidden="true" />}>
        <FilterSelects screen={screen} filter={filter} onChange={onChange} onApply={apply} />
      </Suspense>
      <span className="dv-filter-dates">
        <span className="dv-filter-label">{t('Nhận từ')}</span>
        <DateInput
          ariaLabel={t('Nhận từ ngày')}
          value={filter.from}
          onChange={(from) => set({ from })}
        />
        <span className="dv-filter-label">{t('đến')}</span>
        <DateInput
          ariaLabel={t('Nhận đến ngày')}
          value={filter.to}
          onChange={(to) => set({ to })}
        />
      </span>
      {children}
      {hasFilter(filter) && (
        <Button onClick={() => apply({ sort: filter.sort })}>{t('Xóa bộ lọc')}</Button>
      )}
    </div>
  );
}
