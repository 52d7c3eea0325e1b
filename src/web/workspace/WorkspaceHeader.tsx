import { Button, Layout, Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { useDemoMode } from './demo-mode';
import { Emblem, Icon } from './icons';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

interface Props {
  collapsed: boolean;
  /** The id of the navigation the menu button opens (side menu, or the drawer on a phone). */
  navId: string;
  onToggleNav(): void;
}

export function WorkspaceHeader({ collapsed, navId, onToggleNav }: Props) {
  const t = useT();
  const { user } = useSession();
  const demo = useDemoMode();

  return (
    <Layout.Header className="dv-header">
      <Button
        type="text"
        className="dv-header-button"
        onClick={onToggleNav}
        aria-expanded={!collapsed}
        aria-controls={navId}
        aria-label={collapsed ? t('Mở rộng menu') : t('Thu gọn menu')}
        icon={<Icon name="menu" />}
      />
      <Link to="/" className="dv-brand" aria-label={t('Dân Vận – trang Tổng quan')}>
        <Emblem size={30} />
        <span className="dv-brand-name">Dân Vận</span>
      </Link>
      <Tooltip title={t('Đơn vị của bạn')}>
        <span className="dv-header-unit">{user.unit.name}</span>
      </Tooltip>
      {demo && (
        <Tag color="gold" className="dv-demo-tag">
          {t('Dữ liệu mẫu')}
        </Tag>
      )}
      <span className="dv-header-spacer" />
      <LanguageSwitch className="dv-header-lang" />
      <NotificationBell />
      <UserMenu />
    </Layout.Header>
  );
}
