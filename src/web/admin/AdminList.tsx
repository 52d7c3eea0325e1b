import { Button, Card, Space, Table, type TableColumnsType, type TableProps } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { useT } from '../i18n/i18n-context';
import { AdminHeader } from './shared';

/** An Administration screen: the tab title, the heading with its one-line description, the body. */
export function AdminPage({
  title,
  description,
  extra,
  children,
}: {
  title: string;
  description: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <div className="dv-page">
      <AdminHeader title={title} description={description} extra={extra} />
      {children}
    </div>
  );
}

type ListTableProps<T> = Pick<TableProps<T>, 'size' | 'pagination' | 'scroll'>;

/**
 * The list of an Administration screen: a card with an optional toolbar (filters, create button)
 * above the table, and the query's loading, error and empty states.
 */
export function AdminList<T extends object>({
  query,
  items,
  columns,
  rowKey,
  emptyText,
  create,
  toolbar,
  notice,
  title,
  extra,
  table = {},
  testId,
}: {
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch' | 'isFetching'>;
  items: T[];
  columns: TableColumnsType<T>;
  rowKey: (keyof T & string) | ((row: T) => string);
  emptyText: string;
  /** The primary button that adds an entry, first in the toolbar. */
  create?: { label: string; onClick(): void };
  /** Filters and buttons above the table. */
  toolbar?: ReactNode;
  /** A message between the toolbar and the table (e.g. the last action's problem). */
  notice?: ReactNode;
  title?: string;
  /** Controls in the card's title bar. */
  extra?: ReactNode;
  table?: ListTableProps<T>;
  testId?: string;
}) {
  return (
    <Card title={title} extra={extra}>
      {(create || toolbar) && (
        <Space style={{ marginBottom: 12 }} wrap>
          {create && (
            <Button type="primary" onClick={create.onClick}>
              {create.label}
            </Button>
          )}
          {toolbar}
        </Space>
      )}
      {notice}
      <QueryState query={query} isEmpty={items.length === 0} emptyText={emptyText}>
        <Table<T>
          rowKey={rowKey}
          size="middle"
          pagination={false}
          columns={columns}
          dataSource={items}
          {...table}
          data-testid={testId}
        />
      </QueryState>
    </Card>
  );
}

/**
 * The "Thao tác" column: one "Sửa" button per row, followed by the row's other actions when
 * `more` gives them.
 */
export function useEditColumn<T extends object>(
  onEdit: (row: T) => void,
  width = 100,
  more?: (row: T) => ReactNode,
): TableColumnsType<T>[number] {
  const t = useT();
  return {
    title: t('Thao tác'),
    key: 'actions',
    width,
    render: (_, row) => {
      const edit = (
        <Button size="small" onClick={() => onEdit(row)}>
          {t('Sửa')}
        </Button>
      );
      if (!more) return edit;
      return (
        <Space size={4} wrap>
          {edit}
          {more(row)}
        </Space>
      );
    },
  };
}
