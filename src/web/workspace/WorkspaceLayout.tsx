import '../app/responsive.css';
import { Drawer, Layout } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { FullPageSpinner } from '../app/FullPageSpinner';
import { usePhone } from '../app/use-media-query';
import { useStackedTables } from '../app/use-stacked-tables';
import { useT } from '../i18n/i18n-context';
import { LanguageSwitch } from './LanguageSwitch';
import { SideNav } from './SideNav';
import { WorkspaceHeader } from './WorkspaceHeader';

/**
 * The frame around every workspace screen: header, navigation, main content. On a phone the
 * navigation (and the language switch) live in a drawer opened from the header, so the content
 * gets the whole width; on a tablet the side menu starts collapsed to icons.
 */
export default function WorkspaceLayout() {
  const t = useT();
  const phone = usePhone();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(() => window.innerWidth < 992);
  const [drawer, setDrawer] = useState(false);
  useStackedTables('main-content', phone);
  // Following a link in the drawer closes it.
  useEffect(() => setDrawer(false), [pathname]);

  return (
    <Layout className="dv-shell">
      <a className="dv-skip-link" href="#main-content">
        {t('Bỏ qua đến nội dung chính')}
      </a>
      <WorkspaceHeader
        collapsed={phone ? !drawer : collapsed}
        navId={phone ? 'dv-nav-drawer' : 'dv-sidenav'}
        onToggleNav={() => (phone ? setDrawer((d) => !d) : setCollapsed((c) => !c))}
      />
      <Layout>
        {phone ? (
          <Drawer
            id="dv-nav-drawer"
            placement="left"
            open={drawer}
            onClose={() => setDrawer(false)}
            size={288}
            title={t('Danh mục chức năng')}
            className="dv-nav-drawer"
          >
            <SideNav collapsed={false} />
            <div className="dv-drawer-lang">
              <LanguageSwitch />
            </div>
          </Drawer>
        ) : (
          <Layout.Sider
            width={248}
            collapsedWidth={64}
            breakpoint="lg"
            collapsed={collapsed}
            onBreakpoint={(broken) => setCollapsed(broken)}
            trigger={null}
            id="dv-sidenav"
            className="dv-sider"
          >
            <SideNav collapsed={collapsed} />
          </Layout.Sider>
        )}
        <Layout.Content id="main-content" tabIndex={-1} className="dv-content">
          <Suspense fallback={<FullPageSpinner label={t('Đang tải…')} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
