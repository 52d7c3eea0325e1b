import { Space, Tag } from 'antd';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import type { Language } from '../i18n/language';
import type { AdminUser } from './api';
import { timeOfDay } from './shared';

/** `HH:mm dd/mm/yyyy` (a sign-in lock lasts minutes, so the time comes first). */
function lockEnd(iso: string, language: Language): string {
  return `${timeOfDay(iso)} ${formatDate(iso, language)}`;
}

/** An account's state as tags: active or disabled, a sign-in lock and until when, grants, sample. */
export function UserStatus({ user: u }: { user: AdminUser }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <Space size={4} wrap>
      {u.disabled ? (
        <Tag color="red">{t('Đã khóa')}</Tag>
      ) : (
        <Tag color="green">{t('Hoạt động')}</Tag>
      )}
      {u.locked && (
        <Tag color="orange">
          {t('Tạm khóa đăng nhập')}
          {u.lockedUntil && ` (${t('đến {time}', { time: lockEnd(u.lockedUntil, language) })})`}
        </Tag>
      )}
      {u.canReadIdentity && <Tag color="purple">{t('Được xem danh tính')}</Tag>}
      {u.sample && <Tag>{t('Mẫu')}</Tag>}
    </Space>
  );
}
