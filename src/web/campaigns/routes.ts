import { lazy } from 'react';
import type { NavEntry, WorkspacePage } from '../workspace/route-types';
import { msg } from '../i18n/translate';

/**
 * The campaign, inspection, model, dialogue and report screens, each its own lazy chunk.
 * pages.ts and nav.ts take these lists with one line each, so this area adds screens here.
 */
export const campaignPages: WorkspacePage[] = [
  { path: '/campaigns', component: lazy(() => import('./CampaignsPage')) },
  { path: '/campaigns/:id', component: lazy(() => import('./CampaignPage')) },
  { path: '/unit-reports/:id', component: lazy(() => import('./UnitReportPage')) },
  { path: '/inspections', component: lazy(() => import('./InspectionsPage')) },
  { path: '/inspections/:id', component: lazy(() => import('./InspectionPage')) },
  { path: '/inspections/:id/sessions/:sessionId', component: lazy(() => import('./SessionPage')) },
  { path: '/findings/:id', component: lazy(() => import('./FindingPage')) },
  { path: '/models', component: lazy(() => import('./ModelsPage')) },
  { path: '/dialogues', component: lazy(() => import('./DialoguesPage')) },
  { path: '/dialogues/:id', component: lazy(() => import('./DialoguePage')) },
  { path: '/reports/summary', component: lazy(() => import('../reports/SummaryReportPage')) },
  { path: '/reports/dashboard', component: lazy(() => import('../reports/DashboardPage')) },
];

/** Menu entries of the "Chiến dịch & kiểm tra" group. */
export const campaignNavEntries: NavEntry[] = [
  { path: '/campaigns', label: msg('Đợt, phong trào'), ability: 'campaign.read' },
  { path: '/inspections', label: msg('Đoàn kiểm tra'), ability: 'inspection.read' },
  { path: '/models', label: msg('Mô hình "Dân vận khéo"'), ability: 'campaign.read' },
  { path: '/dialogues', label: msg('Hội nghị đối thoại'), ability: 'campaign.read' },
];

/** Menu entries of the "Báo cáo" group. */
export const reportNavEntries: NavEntry[] = [
  { path: '/reports/summary', label: msg('Báo cáo tổng hợp xử lý đơn'), ability: 'report.read' },
  { path: '/reports/dashboard', label: msg('Bảng điều khiển'), ability: 'report.read' },
];
