import { lazy } from 'react';
import { campaignPages } from '../campaigns/routes';
import { adminPages } from '../admin/routes';
import { privacyPages } from '../privacy/routes';
import type { WorkspacePage } from './route-types';

/**
 * Every workspace screen, one line each. The navigation shows an entry only when its
 * path is listed here, so a new screen appears in the menu by adding it to this list.
 */
export type { WorkspacePage } from './route-types';

const overviewPage = () => import('../pages/OverviewPage');
const queuePage = () => import('../petitions/QueuePage');

/**
 * The screens an official most often opens first: on a cold start main.tsx asks for their code at
 * once, beside the shell's, instead of after the session check (issue 17 item 4).
 */
export const startScreens: Readonly<Record<string, () => Promise<unknown>>> = {
  '/': overviewPage,
  '/queue': queuePage,
};

export const workspacePages: WorkspacePage[] = [
  { path: '/', component: lazy(overviewPage) },
  { path: '/admin/units', component: lazy(() => import('../pages/UnitsPage')) },
  ...campaignPages,
  ...adminPages,
  ...privacyPages,
  { path: '/queue', component: lazy(queuePage) },
  { path: '/intake', component: lazy(() => import('../petitions/intake/IntakePage')) },
  { path: '/register', component: lazy(() => import('../petitions/RegisterPage')) },
  { path: '/petitions', component: lazy(() => import('../petitions/SearchPage')) },
  { path: '/petitions/:id', component: lazy(() => import('../petitions/case/CaseFilePage')) },
  { path: '/petitions/:id/receipt', component: lazy(() => import('../petitions/ReceiptPage')) },
  { path: '/monitor', component: lazy(() => import('../petitions/MonitorPage')) },
];

export const workspacePaths: ReadonlySet<string> = new Set(workspacePages.map((p) => p.path));
