import { Button, Result } from 'antd';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../app/use-page-title';
import { useT } from '../i18n/i18n-context';

export default function NotFoundPage() {
  const t = useT();
  const { pathname } = useLocation();
  usePageTitle(t('Không tìm thấy'));
  return (
    <Result
      status="404"
      title={<h1 className="dv-result-title">{t('Không tìm thấy')}</h1>}
      subTitle={t(
        'Không có trang nào ở địa chỉ {path}. Có thể đường dẫn đã thay đổi hoặc bạn không có quyền xem.',
        { path: `/app${pathname}` },
      )}
      extra={
        <Link to="/">
          <Button type="primary" tabIndex={-1}>
            {t('Về trang Tổng quan')}
          </Button>
        </Link>
      }
    />
  );
}
