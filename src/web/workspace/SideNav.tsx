import { Menu, type MenuProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { Icon } from './icons';
import { visibleNav } from './nav';

export function SideNav({ collapsed }: { collapsed: boolean }) {
  const t = useT();
  const { pathname } = useLocation();
  const { abilities } = useSession();
  const groups = useMemo(() => visibleNav(abilities), [abilities]);

  const items: MenuProps['items'] = groups.map((group) =>
    group.path
      ? {
          key: group.path,
          icon: <Icon name={group.icon} />,
          label: <Link to={group.path}>{t.pick(group.label)}</Link>,
        }
      : {
          key: group.key,
          icon: <Icon name={group.icon} />,
          label: t.pick(group.label),
          children: group.entries.map((entry) => ({
            key: entry.path,
            label: <Link to={entry.path}>{t.pick(entry.label)}</Link>,
          })),
        },
  );
  const openGroup = groups.find((g) => g.entries.some((e) => e.path === pathname))?.key;
  // The group of the screen shown is open, whichever way the screen was reached (a link, the
  // browser's back button, a remount while a page loads); groups the user opened stay open.
  const [openKeys, setOpenKeys] = useState<string[]>(openGroup ? [openGroup] : []);
  useEffect(() => {
    if (openGroup) setOpenKeys((keys) => (keys.includes(openGroup) ? keys : [...keys, openGroup]));
  }, [openGroup]);

  return (
    <nav aria-label={t('Điều hướng chính')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[pathname]}
        {...(collapsed ? {} : { openKeys, onOpenChange: setOpenKeys })}
        inlineCollapsed={collapsed}
        className="dv-menu"
      />
    </nav>
  );
}
