import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate, useRouteError, type RouteObject } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { useT } from '../i18n/i18n-context';
import { startScreens, workspacePages } from '../workspace/pages';
import { ErrorScreen } from './ErrorScreen';
import { FullPageSpinner } from './FullPageSpinner';

const LoginPage = lazy(() => import('../pages/LoginPage'));
const loadLayout = () => import('../workspace/WorkspaceLayout');
const WorkspaceLayout = lazy(loadLayout);
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

function RouteError() {
  return <ErrorScreen error={useRouteError()} />;
}

function Loading() {
  const t = useT();
  return <FullPageSpinner label={t('Đang tải…')} />;
}

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
}

const routes: RouteObject[] = [
  { path: '/login', element: page(LoginPage), errorElement: <RouteError /> },
  {
    path: '/',
    errorElement: <RouteError />,
    element: <RequireAuth>{page(WorkspaceLayout)}</RequireAuth>,
    children: [
      ...workspacePages.map((p) =>
        p.path === '/'
          ? { index: true, element: page(p.component) }
          : { path: p.path.slice(1), element: page(p.component) },
      ),
      { path: 'index.html', element: <Navigate to="/" replace /> },
      { path: '*', element: page(NotFoundPage) },
    ],
  },
];

export const router = createBrowserRouter(routes, { basename: '/app' });

/**
 * On a cold start into the workspace, asks for the shell's and the screen's code straight away,
 * in parallel with the session check, rather than one after the other.
 */
export function preloadStartScreen(pathname: string): void {
  const path = pathname.replace(/^\/app(?=\/|$)/, '').replace(/\/$/, '') || '/';
  if (path === '/login') return;
  void loadLayout();
  void startScreens[path]?.();
}
