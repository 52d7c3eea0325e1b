import { Button } from 'antd';
import { isApiProblem } from '../api/client';
import { useT } from '../i18n/i18n-context';
import { StatusPanel } from './StatusPanel';

/** Friendly full-page error with reload and home actions; used by both error boundaries. */
export function ErrorScreen({ error }: { error: unknown }) {
  const t = useT();
  const chunkFailed =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed/i.test(error.message);
  const detail = isApiProblem(error)
    ? t.pick(error.userMessage)
    : chunkFailed
      ? t('Ứng dụng vừa được cập nhật. Vui lòng tải lại trang.')
      : t('Trang này gặp lỗi ngoài dự kiến. Dữ liệu của bạn không bị ảnh hưởng.');
  return (
    <StatusPanel
      tone="error"
      role="alert"
      title={t('Đã xảy ra lỗi')}
      actions={
        <>
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('Tải lại trang')}
          </Button>
          <Button href="/app/">{t('Về trang Tổng quan')}</Button>
        </>
      }
    >
      <p>{detail}</p>
      {error instanceof Error && (
        <details className="dv-error-detail">
          <summary>{t('Chi tiết kỹ thuật')}</summary>
          <code>{error.message}</code>
        </details>
      )}
    </StatusPanel>
  );
}
