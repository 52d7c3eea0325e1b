import { Button, Card, Input, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { useSession } from '../auth/session';
import { useLanguage, useT } from '../i18n/i18n-context';
import {
  useAdminUsers,
  useCreateUser,
  useResetPassword,
  useUnlockUser,
  useUpdateUser,
  type AdminUser,
  type UserInput,
} from './api';
import { AdminHeader, AdminProblem, OneTimePassword } from './shared';
import { UserForm } from './UserForm';
import { formatDate } from '../i18n/format';
import type { Language } from '../i18n/language';

/** `HH:mm dd/mm/yyyy` (a sign-in lock lasts minutes, so the time comes first). */
function lockEnd(iso: string, language: Language): string {
  const d = new Date(iso);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${hm} ${formatDate(iso, language)}`;
}

/** Administration → accounts and roles: list, create, edit, reset password, disable. */
export default function UsersPage() {
  const t = useT();
  const { language } = useLanguage();
  const me = useSession();
  usePageTitle(t('Tài khoản và vai trò'));
  const users = useAdminUsers();
  const create = useCreateUser();
  const update = useUpdateUser();
  const reset = useResetPassword();
  const unlock = useUnlockUser();
  const [editing, setEditing] = useState<AdminUser | null | undefined>(undefined);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const [filter, setFilter] = useState('');

  const submit = (values: UserInput) => {
    if (editing) {
      update.mutate({ id: editing.id, ...values }, { onSuccess: () => setEditing(undefined) });
    } else {
      create.mutate(values, {
        onSuccess: (r) => {
          setEditing(undefined);
          if (r.generatedPassword)
            setShown({ username: values.username ?? '', password: r.generatedPassword });
        },
      });
    }
  };

  const q = filter.trim().toLowerCase();
  const items = (users.data?.items ?? []).filter(
    (u) =>
      !q ||
      u.username.includes(q) ||
      u.displayName.toLowerCase().includes(q) ||
      (u.unitName ?? '').toLowerCase().includes(q),
  );

  const columns: TableColumnsType<AdminUser> = [
    { title: t('Tên đăng nhập'), dataIndex: 'username', width: 190 },
    { title: t('Họ tên, chức danh'), dataIndex: 'displayName' },
    { title: t('Vai trò'), dataIndex: 'role', width: 170, render: (_, u) => t.pick(u.roleLabel) },
    {
      title: t('Đơn vị'),
      dataIndex: 'unitCode',
      render: (_, u) => (u.unitCode === '*' ? t('Toàn hệ thống') : `${u.unitName ?? u.unitCode}`),
    },
    {
      title: t('Cơ quan'),
      dataIndex: 'agencyId',
      render: (_, u) =>
        u.agencyName ? (language === 'en' ? u.agencyName.en : u.agencyName.vi) : '—',
    },
    {
      title: t('Trạng thái'),
      dataIndex: 'disabled',
      width: 170,
      render: (_, u) => (
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
      ),
    },
    {
      title: t('Thao tác'),
      key: 'actions',
      width: 260,
      render: (_, u) => (
        <Space size={4} wrap>
          <Button size="small" onClick={() => setEditing(u)}>
            {t('Sửa')}
          </Button>
          <Popconfirm
            title={t('Đặt lại mật khẩu cho {username}?', { username: u.username })}
            okText={t('Đặt lại')}
            cancelText={t('Hủy')}
            onConfirm={() =>
              reset.mutate(u.id, {
                onSuccess: (r) => setShown({ username: u.username, password: r.generatedPassword }),
              })
            }
          >
            <Button size="small">{t('Đặt lại mật khẩu')}</Button>
          </Popconfirm>
          {u.locked && (
            <Button size="small" onClick={() => unlock.mutate(u.id)} loading={unlock.isPending}>
              {t('Mở khóa đăng nhập')}
            </Button>
          )}
          {u.id !== String(me.user.id) && (
            <Button
              size="small"
              danger={!u.disabled}
              onClick={() => update.mutate({ id: u.id, disabled: !u.disabled })}
            >
              {u.disabled ? t('Mở khóa') : t('Khóa')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div className="dv-page">
      <AdminHeader
        title={t('Tài khoản và vai trò')}
        description={t(
          'Tạo, sửa, khóa tài khoản cán bộ và đặt lại mật khẩu. Mọi thay đổi đều được ghi nhật ký.',
        )}
      />
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Button
            type="primary"
            onClick={() => {
              create.reset();
              setEditing(null);
            }}
          >
            {t('Tạo tài khoản')}
          </Button>
          <Input.Search
            allowClear
            placeholder={t('Tìm theo tên, đơn vị')}
            onChange={(e) => setFilter(e.target.value)}
            style={{ width: 280 }}
          />
        </Space>
        {editing === undefined && (
          <AdminProblem error={update.error ?? reset.error ?? unlock.error} />
        )}
        <QueryState
          query={users}
          isEmpty={items.length === 0}
          emptyText={t('Không có tài khoản nào.')}
        >
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={items}
            pagination={{ pageSize: 20 }}
            scroll={{ x: 1100 }}
          />
        </QueryState>
      </Card>
      <UserForm
        open={editing !== undefined}
        user={editing ?? null}
        roles={users.data?.roles ?? []}
        saving={create.isPending || update.isPending}
        error={editing ? update.error : create.error}
        onSubmit={submit}
        onCancel={() => {
          setEditing(undefined);
          update.reset();
          create.reset();
        }}
      />
      <OneTimePassword
        username={shown?.username ?? ''}
        password={shown?.password ?? null}
        onClose={() => setShown(null)}
      />
    </div>
  );
}
