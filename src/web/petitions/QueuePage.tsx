import './petitions.css';
import { Button, Empty, type InputRef } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { useCan } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { hasFilter } from './filter-params';
import { PetitionFilters } from './PetitionFilters';
import { PetitionList } from './PetitionList';
import { queueFilter } from './queue-query';
import { ToggleGroup } from './ToggleGroup';
import { usePetitionList, useUrlFilter } from './use-petition-list';

/**
 * Hàng đợi của tôi: the cases whose next step is mine (by person, or by my role in my unit when
 * nobody is assigned), nearest deadline first: new petitions for the reception desk, assignments,
 * drafts and re-open requests for the head, assigned work for the handler.
 */
export default function QueuePage() {
  const t = useT();
  usePageTitle(t('Hàng đợi của tôi'));
  const canIntake = useCan('petition.intake');
  const [filter, setFilter] = useUrlFilter();
  const search = useRef<InputRef>(null);
  const query = useMemo(() => queueFilter(filter), [filter]);
  const { query: list, items } = usePetitionList(query);
  const focusSearch = useCallback(() => search.current?.focus(), []);
  const filtered = hasFilter(filter);

  const empty = filtered ? (
    <Empty description={t('Không có hồ sơ nào khớp với bộ lọc.')}>
      <Button onClick={() => setFilter({})}>{t('Xóa bộ lọc')}</Button>
    </Empty>
  ) : (
    <Empty
      description={
        <>
          <strong>{t('Bạn không có hồ sơ nào đang chờ xử lý.')}</strong>
          <br />
          {t(
            'Hồ sơ đến lượt bạn xử lý sẽ hiện ở đây ngay khi được chuyển đến, hạn gần nhất lên đầu.',
          )}
        </>
      }
    >
      <div className="dv-button-row">
        {canIntake && (
          <Link to="/intake">
            <Button type="primary" tabIndex={-1}>
              {t('Tiếp nhận đơn mới')}
            </Button>
          </Link>
        )}
        <Link to="/petitions">
          <Button tabIndex={-1}>{t('Tra cứu mọi hồ sơ')}</Button>
        </Link>
      </div>
    </Empty>
  );

  return (
    <div className="dv-page">
      <header className="dv-page-header dv-page-header-row">
        <div>
          <h1 className="dv-page-title dv-h1">{t('Hàng đợi của tôi')}</h1>
          <p className="dv-page-intro">
            {t('Hồ sơ đang chờ bạn thực hiện bước tiếp theo, hạn gần nhất lên đầu.')}
          </p>
        </div>
        <ToggleGroup
          label={t('Lọc nhanh theo thời hạn')}
          value={filter.deadline ?? 'all'}
          onChange={(v) => setFilter({ ...filter, deadline: v === 'all' ? undefined : v })}
          options={[
            { value: 'all', label: t('Tất cả') },
            { value: 'overdue', label: t('Quá hạn') },
            { value: 'due_soon', label: t('Sắp đến hạn') },
            { value: 'on_time', label: t('Trong hạn') },
          ]}
        />
      </header>
      <section className="dv-panel" aria-label={t('Danh sách hồ sơ')}>
        <PetitionFilters screen="queue" filter={filter} onChange={setFilter} searchRef={search} />
        <QueryState query={list} isEmpty={false} emptyText="">
          <PetitionList
            items={items}
            caption={t('Hàng đợi của tôi')}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onMore={() => void list.fetchNextPage()}
            onSlash={focusSearch}
            empty={empty}
          />
        </QueryState>
      </section>
    </div>
  );
}
