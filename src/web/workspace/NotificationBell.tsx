import { Badge, Button, Empty, Popover } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { fetchNotifications, markNotificationRead } from '../petitions/api';
import { Icon } from './icons';

/** Header bell: unread count (checked every minute), the latest notifications, mark as read. */
export function NotificationBell() {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const notifications = useQuery({
    queryKey: ['notifications'],
    queryFn: fetchNotifications,
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
  const read = useMutation({
    mutationFn: markNotificationRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];

  const content = (
    <div className="dv-notifications">
      {notifications.isError && <p className="dv-field-hint">{t('Không tải được thông báo.')}</p>}
      {items.length === 0 && !notifications.isError ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('Chưa có thông báo nào.')} />
      ) : (
        <ul>
          {items.slice(0, 20).map((n) => (
            <li key={n.id} className={n.readAt ? 'dv-note' : 'dv-note dv-note-unread'}>
              <button
                type="button"
                className="dv-note-open"
                onClick={() => {
                  if (!n.readAt) read.mutate(n.id);
                  setOpen(false);
                  if (n.petitionId) void navigate(`/petitions/${n.petitionId}`);
                  else if (n.link?.startsWith('/')) void navigate(n.link);
                }}
              >
                {!n.readAt && <span className="dv-visually-hidden">{t('Chưa đọc')}: </span>}
                <span className="dv-note-title">{t.pick(n.title)}</span>
                <span className="dv-case-meta">{formatDate(n.createdAt, language)}</span>
              </button>
              {!n.readAt && (
                <Button size="small" type="link" onClick={() => read.mutate(n.id)}>
                  {t('Đánh dấu đã đọc')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('Thông báo')}
      content={content}
    >
      <Button
        type="text"
        className="dv-header-button"
        aria-label={unread > 0 ? t('Thông báo: {n} chưa đọc', { n: unread }) : t('Thông báo')}
        icon={
          <Badge count={unread} size="small" offset={[2, -2]}>
            <span className="dv-bell">
              <Icon name="bell" />
            </span>
          </Badge>
        }
      />
    </Popover>
  );
}
