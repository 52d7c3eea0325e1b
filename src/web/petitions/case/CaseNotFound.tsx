import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/use-page-title';
import { useT } from '../../i18n/i18n-context';

/** A case that does not exist or lies outside the official's units: the same answer for both. */
export function CaseNotFound() {
  const t = useT();
  usePageTitle(t('Không tìm thấy hồ sơ'));
  return (
    <Result
      status="404"
      title={<h1 className="dv-result-title">{t('Không tìm thấy hồ sơ')}</h1>}
      subTitle={t(
        'Hồ sơ này không tồn tại hoặc không thuộc phạm vi đơn vị của bạn. Kiểm tra lại mã đơn hoặc đường dẫn.',
      )}
      extra={
        <>
          <Link to="/petitions">
            <Button type="primary" tabIndex={-1}>
              {t('Tra cứu đơn')}
            </Button>
          </Link>
          <Link to="/queue">
            <Button tabIndex={-1}>{t('Hàng đợi của tôi')}</Button>
          </Link>
        </>
      }
    />
  );
}
