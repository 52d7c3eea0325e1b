import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isApiProblem } from '../api/client';
import { useT } from '../i18n/i18n-context';
import { FullPageSpinner } from '../app/FullPageSpinner';
import { StatusPanel } from '../app/StatusPanel';
import { useMe } from './session';

/** Shows children only to a signed-in official; otherwise sends them to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <FullPageSpinner label={t('Đang tải phiên làm việc…')} />;
  if (me.isError) {
    if (isApiProblem(me.error) && me.error.status === 401) {
      const next = location.pathname + location.search;
      const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
      return <Navigate to={to} replace />;
    }
    return (
      <StatusPanel
        tone="warning"
        role="alert"
        title={t('Không tải được phiên làm việc')}
        actions={
          <Button type="primary" onClick={() => void me.refetch()} loading={me.isFetching}>
            {t('Thử lại')}
          </Button>
        }
      >
        <p>{isApiProblem(me.error) ? t.pick(me.error.userMessage) : me.error.message}</p>
      </StatusPanel>
    );
  }
  return children;
}
