import './petitions.css';
import { Button, Checkbox, Empty, Segmented, Select, type InputRef } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { fetchUnits } from '../api/endpoints';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { todayIso } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { unitName } from '../units/unit-labels';
import { filterValidOn } from '../units/unit-tree';
import { hasFilter } from './filter-params';
import { foldFilter } from './fold';
import { PetitionFilters } from './PetitionFilters';
import { PetitionList } from './PetitionList';
import { usePetitionList, useUrlFilter } from './use-petition-list';

/** Tra cứu đơn: every case in the official's units, all filters, sort by due or received date. */
export default function SearchPage() {
  const t = useT();
  const { language } = useLanguage();
  usePageTitle(t('Tra cứu đơn'));
  const [filter, setFilter] = useUrlFilter();
  const search = useRef<InputRef>(null);
  const query = useMemo(
    () => ({ ...filter, sort: filter.sort ?? ('received' as const) }),
    [filter],
  );
  const { query: list, items } = usePetitionList(query);
  const focusSearch = useCallback(() => search.current?.focus(), []);
  const units = useQuery({ queryKey: ['units', 'today'], queryFn: () => fetchUnits(todayIso()) });
  const unitOptions = filterValidOn(units.data?.items ?? [], todayIso()).map((u) => ({
    value: u.code,
    label: unitName(u, language) === u.name ? u.fullName || u.name : unitName(u, language),
  }));

  return (
    <div className="dv-page">
      <header className="dv-page-header">
        <h1 className="dv-page-title dv-h1">{t('Tra cứu đơn')}</h1>
        <p className="dv-page-intro">
          {t(
            'Mọi hồ sơ trong phạm vi của bạn. Tìm theo mã, tên người gửi, nội dung; gõ không dấu cũng được.',
          )}
        </p>
      </header>
      <section className="dv-panel" aria-label={t('Danh sách hồ sơ')}>
        <PetitionFilters screen="search" filter={filter} onChange={setFilter} searchRef={search}>
          {unitOptions.length > 1 && (
            <Select
              aria-label={t('Đơn vị')}
              placeholder={t('Đơn vị')}
              className="dv-filter-select"
              value={filter.unit}
              onChange={(unit?: string) => setFilter({ ...filter, unit })}
              options={unitOptions}
              showSearch={{ filterOption: foldFilter }}
              allowClear
              popupMatchSelectWidth={false}
            />
          )}
          <Checkbox
            checked={filter.open === true}
            onChange={(e) => setFilter({ ...filter, open: e.target.checked || undefined })}
          >
            {t('Chỉ hồ sơ đang mở')}
          </Checkbox>
          <Segmented
            aria-label={t('Sắp xếp')}
            value={query.sort}
            onChange={(sort) => setFilter({ ...filter, sort: sort as 'due' | 'received' })}
            options={[
              { value: 'received', label: t('Mới nhận trước') },
              { value: 'due', label: t('Hạn gần trước') },
            ]}
          />
        </PetitionFilters>
        <QueryState query={list} isEmpty={false} emptyText="">
          <PetitionList
            items={items}
            caption={t('Kết quả tra cứu')}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onMore={() => void list.fetchNextPage()}
            onSlash={focusSearch}
            empty={
              <Empty
                description={
                  hasFilter(filter)
                    ? t(
                        'Không tìm thấy hồ sơ nào. Thử bỏ bớt bộ lọc hoặc tìm bằng mã đơn, số CCCD, số điện thoại.',
                      )
                    : t('Chưa có hồ sơ nào trong phạm vi của bạn.')
                }
              >
                {hasFilter(filter) && (
                  <Button onClick={() => setFilter({ sort: filter.sort })}>
                    {t('Xóa bộ lọc')}
                  </Button>
                )}
              </Empty>
            }
          />
        </QueryState>
      </section>
    </div>
  );
}
