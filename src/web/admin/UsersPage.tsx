import { Button, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import {
  useAdminUsers,
  useCreateUser,
  useResetPassword,
  useUnlockUser,
  useUpdateUser,
  type AdminUser,
} from './api';
import { AdminList, AdminPage, useEditColumn } from './AdminList';
import { useEditing } from './FormModal';
import { AdminProblem, ConfirmButton, matchesText, OneTimePassword, SearchBox } from './shared';
import { UserForm, type UserValues } from './UserForm';
import { UserStatus } from './UserStatus';

/** Administration → accounts and roles: list, create, edit, reset password, disable. */
export default function UsersPage() {
  const t = useT();
  const me = useSession();
  const users = useAdminUsers();
  const create = useCreateUser();
  const update = useUpdateUser();
  const reset = useResetPassword();
  const unlock = useUnlockUser();
  const dialog = useEditing<AdminUser>(() => create.reset());
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const [filter, setFilter] = useState('');
  const editing = dialog.editing;

  const submit = ({ username, ...values }: UserValues) => {
    if (editing) {
      update.mutate({ id: editing.id, ...values }, { onSuccess: dialog.close });
      return;
    }
    create.mutate(
      { username: username ?? '', ...values },
      {
        onSuccess: (r) => {
          dialog.close();
          if (r.generatedPassword)
            setShown({ username: username ?? '', password: r.generatedPassword });
        },
      },
    );
  };

  const items = (users.data?.items ?? []).filter((u) =>
    matchesText(filter, u.username, u.displayName, u.unitName),
  );

  /** The row's actions after "Sửa": reset the password, lift a sign-in lock, disable. */
  const actions = (u: AdminUser) => (
    <>
      <ConfirmButton
        title={t('Đặt lại mật khẩu cho {username}?', { username: u.username })}
        okText={t('Đặt lại')}
        onConfirm={() =>
          reset.mutate(u.id, {
            onSuccess: (r) => setShown({ username: u.username, password: r.generatedPassword }),
          })
        }
      >
        {t('Đặt lại mật khẩu')}
      </ConfirmButton>
      {u.locked && (
        <Button size="small" onClick={() => unlock.mutate(u.id)} loading={unlock.isPending}>
          {t('Mở khóa đăng nhập')}
        </Button>
      )}
      {u.id !== me.user.id && (
        <Button
          size="small"
          danger={!u.disabled}
          onClick={() => update.mutate({ id: u.id, disabled: !u.disabled })}
        >
          {u.disabled ? t('Mở khóa') : t('Khóa')}
        </Button>
      )}
    </>
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
      render: (_, u) => (u.agencyName ? t.pick(u.agencyName) : '—'),
    },
    {
      title: t('Trạng thái'),
      dataIndex: 'disabled',
      width: 170,
      render: (_, u) => <UserStatus user={u} />,
    },
    useEditColumn(dialog.edit, 260, actions),
  ];

  return (
    <AdminPage
      title={t('Tài khoản và vai trò')}
      description={t(
        'Tạo, sửa, khóa tài khoản cán bộ và đặt lại mật khẩu. Mọi thay đổi đều được ghi nhật ký.',
      )}
    >
      <AdminList
        query={users}
        items={items}
        columns={columns}
        rowKey="id"
        emptyText={t('Không có tài khoản nào.')}
        table={{ pagination: { pageSize: 20 }, scroll: { x: 1100 } }}
        create={{ label: t('Tạo tài khoản'), onClick: dialog.create }}
        toolbar={<SearchBox placeholder={t('Tìm theo tên, đơn vị')} onChange={setFilter} />}
        notice={
          !dialog.open && <AdminProblem error={update.error ?? reset.error ?? unlock.error} />
        }
      />
      <UserForm
        open={dialog.open}
        user={editing ?? null}
        roles={users.data?.roles ?? []}
        saving={create.isPending || update.isPending}
        error={editing ? update.error : create.error}
        onSubmit={submit}
        onCancel={() => {
          dialog.close();
          update.reset();
          create.reset();
        }}
      />
      <OneTimePassword
        username={shown?.username ?? ''}
        password={shown?.password ?? null}
        onClose={() => setShown(null)}
      />
    </AdminPage>
  );
}
