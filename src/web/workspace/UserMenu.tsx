import { Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { isApiProblem } from '../api/client';
import { useLogout, useSession } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { Icon } from './icons';

export function UserMenu() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const logout = useLogout();

  // The local session is forgotten whatever the server answers; the login page says if
  // the server could not end it (so the user knows to close the browser on a shared PC).
  const onLogout = () =>
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true, state: { loggedOut: true } }),
      onError: (error) => {
        const problem = isApiProblem(error) && error.status !== 401 ? error.userMessage : undefined;
        void navigate('/login', {
          replace: true,
          state: problem ? { logoutProblem: problem } : { loggedOut: true },
        });
      },
    });

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <div className="dv-user-card">
          <strong>{user.displayName}</strong>
          <span>{t.pick(user.roleLabel)}</span>
          <span>{user.unit.name}</span>
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <Icon name="logout" size={16} />,
      label: t('Đăng xuất'),
      danger: true,
      onClick: onLogout,
    },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="dv-user-button" loading={logout.isPending}>
        <Icon name="user" />
        {/* The name comes from the visible text (no aria-label that would differ from it). */}
        <span className="dv-visually-hidden">{t('Tài khoản:')} </span>
        <span className="dv-user-name">{user.displayName}</span>
        <span className="dv-user-role">{t.pick(user.roleLabel)}</span>
      </Button>
    </Dropdown>
  );
}
