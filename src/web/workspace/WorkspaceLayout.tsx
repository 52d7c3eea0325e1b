import { Layout } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { FullPageSpinner } from '../app/FullPageSpinner';
import { useT } from '../i18n/i18n-context';
import { SideNav } from './SideNav';
import { WorkspaceHeader } from './WorkspaceHeader';

/** The frame around every workspace screen: header, left navigation, main content. */
export default function WorkspaceLayout() {
  const t = useT();
  const [collapsed, setCollapsed] = useState(() => window.innerWidth < 992);

  return (
    <Layout className="dv-shell">
      <a className="dv-skip-link" href="#main-content">
        {t('Bỏ qua đến nội dung chính')}
      </a>
      <WorkspaceHeader collapsed={collapsed} onToggleNav={() => setCollapsed((c) => !c)} />
      <Layout>
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
        <Layout.Content id="main-content" tabIndex={-1} className="dv-content">
          <Suspense fallback={<FullPageSpinner label={t('Đang tải…')} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
