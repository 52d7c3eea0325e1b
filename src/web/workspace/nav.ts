import { msg } from '../i18n/translate';
import { workspacePaths } from './pages';
import { campaignNavEntries, reportNavEntries } from '../campaigns/routes';
import { adminNavEntries } from '../admin/routes';
import { privacyNavEntries } from '../privacy/routes';

export type { NavEntry, NavGroup, NavIcon } from './route-types';
import type { NavEntry, NavGroup } from './route-types';

/** The whole workspace menu; later screens add their entries here. */
export const navGroups: NavGroup[] = [
  { key: 'overview', label: msg('Tổng quan'), icon: 'overview', path: '/', entries: [] },
  { key: 'queue', label: msg('Hàng đợi của tôi'), icon: 'queue', path: '/queue', entries: [] },
  {
    key: 'intake',
    label: msg('Tiếp nhận đơn'),
    icon: 'intake',
    path: '/intake',
    ability: 'petition.intake',
    entries: [],
  },
  {
    key: 'register',
    label: msg('Sổ tiếp công dân'),
    icon: 'register',
    path: '/register',
    entries: [],
  },
  { key: 'petitions', label: msg('Tra cứu đơn'), icon: 'search', path: '/petitions', entries: [] },
  {
    key: 'monitor',
    label: msg('Theo dõi đơn vị'),
    icon: 'monitor',
    path: '/monitor',
    ability: 'petition.assign',
    entries: [],
  },
  { key: 'reports', label: msg('Báo cáo'), icon: 'reports', entries: reportNavEntries },
  {
    key: 'campaigns',
    label: msg('Chiến dịch & kiểm tra'),
    icon: 'campaigns',
    entries: campaignNavEntries,
  },
  {
    key: 'privacy',
    label: msg('Dữ liệu cá nhân'),
    icon: 'privacy',
    entries: privacyNavEntries,
  },
  {
    key: 'admin',
    label: msg('Quản trị'),
    icon: 'admin',
    entries: [
      { path: '/admin/units', label: msg('Đơn vị hành chính'), ability: 'admin.units' },
      ...adminNavEntries,
    ],
  },
];

/** The menu as this official sees it: only screens that exist and that they may open. */
export function visibleNav(
  abilities: readonly string[],
  groups: NavGroup[] = navGroups,
): NavGroup[] {
  const allowed = (entry: NavEntry) =>
    workspacePaths.has(entry.path) && (!entry.ability || abilities.includes(entry.ability));
  return groups
    .map((group) => ({ ...group, entries: group.entries.filter(allowed) }))
    .filter((group) =>
      group.path
        ? workspacePaths.has(group.path) && (!group.ability || abilities.includes(group.ability))
        : group.entries.length > 0,
    );
}

/** The label chain for a path, for the page title and breadcrumb. */
export function findNav(path: string): { group: NavGroup; entry?: NavEntry } | undefined {
  for (const group of navGroups) {
    if (group.path === path) return { group };
    const entry = group.entries.find((e) => e.path === path);
    if (entry) return { group, entry };
  }
  return undefined;
}
