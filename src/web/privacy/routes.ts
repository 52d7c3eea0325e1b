import { lazy } from 'react';
import { msg } from '../i18n/translate';
import type { NavEntry, WorkspacePage } from '../workspace/route-types';

/**
 * The personal-data screens (Law 91/2025/QH15): data-subject requests and the breach register,
 * each its own lazy chunk; pages.ts and nav.ts take these lists with one line each.
 */
export const privacyPages: WorkspacePage[] = [
  { path: '/privacy/requests', component: lazy(() => import('./PrivacyRequestsPage')) },
  { path: '/privacy/breaches', component: lazy(() => import('./BreachesPage')) },
];

/** Menu entries, with the abilities the API asks (list: petition.read; register: petition.decide). */
export const privacyNavEntries: NavEntry[] = [
  {
    path: '/privacy/requests',
    label: msg('Yêu cầu về dữ liệu cá nhân'),
    ability: 'petition.read',
  },
  { path: '/privacy/breaches', label: msg('Sổ sự cố dữ liệu'), ability: 'petition.decide' },
];
