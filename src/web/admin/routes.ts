import { lazy } from 'react';
import { msg } from '../i18n/translate';
import type { NavEntry, WorkspacePage } from '../workspace/route-types';

/**
 * The Administration screens, each its own lazy chunk; pages.ts and nav.ts take these lists
 * with one line each.
 */
export const adminPages: WorkspacePage[] = [
  { path: '/admin/users', component: lazy(() => import('./UsersPage')) },
  { path: '/admin/agencies', component: lazy(() => import('./AgenciesPage')) },
  { path: '/admin/topics', component: lazy(() => import('./TopicsPage')) },
  { path: '/admin/calendar', component: lazy(() => import('./CalendarPage')) },
  { path: '/admin/deadline-rules', component: lazy(() => import('./DeadlineRulesPage')) },
  { path: '/admin/identity-accesses', component: lazy(() => import('./IdentityAccessPage')) },
  { path: '/admin/imports', component: lazy(() => import('./RegisterImportPage')) },
  { path: '/admin/workflow', component: lazy(() => import('./WorkflowSettingsPage')) },
  { path: '/admin/outbox', component: lazy(() => import('./OutboxPage')) },
];

/** Menu entries of the "Quản trị" group (after the units screen). */
export const adminNavEntries: NavEntry[] = [
  { path: '/admin/users', label: msg('Tài khoản và vai trò'), ability: 'admin.users' },
  { path: '/admin/agencies', label: msg('Cơ quan'), ability: 'admin.units' },
  { path: '/admin/topics', label: msg('Danh mục lĩnh vực'), ability: 'admin.topics' },
  { path: '/admin/calendar', label: msg('Lịch làm việc'), ability: 'admin.calendar' },
  { path: '/admin/deadline-rules', label: msg('Quy định thời hạn'), ability: 'admin.calendar' },
  {
    path: '/admin/identity-accesses',
    label: msg('Truy cập danh tính người tố cáo'),
    ability: 'audit.read',
  },
  // Administrators and heads of unit (both, and only they, may decide cases).
  { path: '/admin/imports', label: msg('Nhập sổ theo dõi đơn thư cũ'), ability: 'petition.decide' },
  // Administrators and heads: who issues answers to recommendations and feedback (audited).
  { path: '/admin/workflow', label: msg('Quy trình của đơn vị'), ability: 'petition.decide' },
  { path: '/admin/outbox', label: msg('Tình trạng gửi thông báo'), ability: 'admin.users' },
];
