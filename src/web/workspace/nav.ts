import type { Localized } from '../i18n/language';
import { msg } from '../i18n/translate';
import { workspacePaths } from './pages';
import { campaignNavEntries, reportNavEntries } from '../campaigns/routes';
import { adminNavEntries } from '../admin/routes';

export type NavIcon =
  | 'overview'
  | 'queue'
  | 'intake'
  | 'register'
  | 'search'
  | 'monitor'
  | 'reports'
  | 'campaigns'
  | 'admin';

export interface NavEntry {
  path: string;
  label: Localized;
  /** Shown only to officials who hold this ability (from GET /api/v1/me). */
  ability?: string;
}

export interface NavGroup {
  key: string;
  label: Localized;
  icon: NavIcon;
  /** A group with a path is a single link; otherwise it opens its entries. */
  path?: string;
  /** A single-link group shown only to officials who hold this ability. */
  ability?: string;
  entries: NavEntry[];
}

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
  { key: 'campaigns', label: msg('Chiến dịch & kiểm tra'), icon: 'campaigns', entries: campaignNavEntries },
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
