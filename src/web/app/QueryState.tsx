import { Alert, Button, Empty, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiProblem } from '../api/client';
import { useT } from '../i18n/i18n-context';

interface Props {
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch' | 'isFetching'>;
  isEmpty: boolean;
  emptyText: string;
  children: ReactNode;
}

/** Loading, error (with retry) and empty states for a query-backed block. */
export function QueryState({ query, isEmpty, emptyText, children }: Props) {
  const t = useT();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (query.isError) {
    const text = isApiProblem(query.error)
      ? t.pick(query.error.userMessage)
      : t('Không tải được dữ liệu.');
    const ref =
      isApiProblem(query.error) && query.error.requestId
        ? ` (${t('mã yêu cầu')}: ${query.error.requestId})`
        : '';
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('Không tải được dữ liệu.')}
        description={text + ref}
        action={
          <Button size="small" onClick={() => void query.refetch()} loading={query.isFetching}>
            {t('Thử lại')}
          </Button>
        }
      />
    );
  }
  if (isEmpty) return <Empty description={emptyText} />;
  return children;
}
