import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Every workspace screen, one line each. The navigation shows an entry only when its
 * path is listed here, so a new screen appears in the menu by adding it to this list.
 */
export interface WorkspacePage {
  path: string;
  component: LazyExoticComponent<ComponentType>;
}

export const workspacePages: WorkspacePage[] = [
  { path: '/', component: lazy(() => import('../pages/OverviewPage')) },
  { path: '/admin/units', component: lazy(() => import('../pages/UnitsPage')) },
];

export const workspacePaths: ReadonlySet<string> = new Set(workspacePages.map((p) => p.path));
