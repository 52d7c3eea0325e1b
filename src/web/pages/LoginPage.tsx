import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiProblem } from '../api/client';
import { useLogin, useMe } from '../auth/session';
import { usePageTitle } from '../app/use-page-title';
import { useT } from '../i18n/i18n-context';
import type { Localized } from '../i18n/language';
import { useDemoMode } from '../workspace/demo-mode';
import { Emblem } from '../workspace/icons';
import { LanguageSwitch } from '../workspace/LanguageSwitch';

interface Credentials {
  username: string;
  password: string;
}

/** Only paths inside the workspace are accepted as a return target (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login')
    ? next
    : '/';
}

export default function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const login = useLogin();
  const demo = useDemoMode();
  const state = location.state as { loggedOut?: boolean; logoutProblem?: Localized } | null;
  const loggedOut = state?.loggedOut === true;
  usePageTitle(t('Đăng nhập'));

  useEffect(() => {
    if (me.data) void navigate(next, { replace: true });
  }, [me.data, navigate, next]);

  const onFinish = (values: Credentials) =>
    login.mutate(
      { username: values.username.trim(), password: values.password },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );

  const error = login.error;
  const errorText = !error
    ? null
    : isApiProblem(error)
      ? t.pick(error.userMessage)
      : t('Không đăng nhập được. Vui lòng thử lại.');

  return (
    <main className="dv-login">
      <div className="dv-login-lang">
        <LanguageSwitch />
      </div>
      <Card className="dv-login-card" variant="borderless">
        <div className="dv-login-brand">
          <Emblem size={44} />
          <div>
            <Typography.Title level={1} className="dv-login-title">
              Dân Vận
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('Tiếp nhận và giải quyết đơn thư, dân vận chính quyền')}
            </Typography.Text>
          </div>
        </div>
        <Typography.Title level={2} className="dv-login-heading">
          {t('Đăng nhập')}
        </Typography.Title>
        {loggedOut && !error && (
          <Alert
            type="success"
            showIcon
            title={t('Bạn đã đăng xuất.')}
            className="dv-login-alert"
          />
        )}
        {state?.logoutProblem && !error && (
          <Alert
            type="warning"
            showIcon
            className="dv-login-alert"
            title={t(
              'Máy chủ chưa xác nhận đăng xuất. Hãy đóng trình duyệt nếu đây là máy dùng chung.',
            )}
            description={t.pick(state.logoutProblem)}
          />
        )}
        {errorText && (
          <Alert type="error" showIcon title={errorText} role="alert" className="dv-login-alert" />
        )}
        <Form<Credentials>
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
          disabled={login.isPending}
        >
          <Form.Item
            label={t('Tên đăng nhập')}
            name="username"
            rules={[
              { required: true, whitespace: true, message: t('Vui lòng nhập tên đăng nhập.') },
            ]}
          >
            <Input
              autoComplete="username"
              autoFocus
              size="large"
              autoCapitalize="none"
              spellCheck={false}
            />
          </Form.Item>
          <Form.Item
            label={t('Mật khẩu')}
            name="password"
            rules={[{ required: true, message: t('Vui lòng nhập mật khẩu.') }]}
          >
            <Input.Password autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
            {t('Đăng nhập')}
          </Button>
        </Form>
        {demo && (
          <Alert
            className="dv-login-demo"
            type="warning"
            showIcon
            title={t('Dữ liệu mẫu')}
            description={t(
              'Hệ thống đang chạy với dữ liệu mẫu để trình diễn. Tên đăng nhập và mật khẩu được in ra khi máy chủ khởi động.',
            )}
          />
        )}
      </Card>
      <footer className="dv-login-footer">
        {t('Dành cho cán bộ, công chức được cấp tài khoản.')}
      </footer>
    </main>
  );
}
