import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { meAs } from '../test/fixtures';
import { mockHttp } from '../test/http';
import { renderScreen } from '../test/render';
import { AdminList, useEditColumn } from './AdminList';
import { ActiveTag, ConfirmButton, matchesText, SearchBox } from './shared';

interface Row {
  id: string;
  name: string;
  active: boolean;
}
const ROWS: Row[] = [
  { id: 'a', name: 'Đất đai', active: true },
  { id: 'b', name: 'Môi trường', active: false },
];
const done = { isPending: false, isError: false, error: null, refetch: vi.fn(), isFetching: false };

/** An Administration list of ROWS with the shared edit column, filter box and create button. */
function Screen({
  onEdit,
  onCreate,
  more,
}: {
  onEdit(row: Row): void;
  onCreate(): void;
  more?: (row: Row) => ReactNode;
}) {
  const [filter, setFilter] = useState('');
  const columns: TableColumnsType<Row> = [
    { title: 'Tên', dataIndex: 'name' },
    { title: 'Trạng thái', key: 'active', render: (_, r) => <ActiveTag active={r.active} /> },
    useEditColumn(onEdit, 200, more),
  ];
  return (
    <AdminList
      query={done}
      items={ROWS.filter((r) => matchesText(filter, r.name))}
      columns={columns}
      rowKey="id"
      emptyText="Không có mục nào."
      create={{ label: 'Thêm mục', onClick: onCreate }}
      toolbar={<SearchBox placeholder="Tìm theo tên" onChange={setFilter} />}
    />
  );
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('AdminList with the shared pieces', () => {
  it('edits the row whose "Sửa" is pressed, adds through the create button, shows in use or not', async () => {
    mockHttp({ 'GET /api/v1/me': meAs('admin') });
    const onEdit = vi.fn();
    const onCreate = vi.fn();
    await renderScreen(<Screen onEdit={onEdit} onCreate={onCreate} />);
    fireEvent.click(within(row('Môi trường')).getByRole('button', { name: 'Sửa' }));
    expect(onEdit).toHaveBeenCalledWith(ROWS[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm mục' }));
    expect(onCreate).toHaveBeenCalledTimes(1);
    expect(within(row('Đất đai')).getByText('Đang dùng')).toBeTruthy();
    expect(within(row('Môi trường')).getByText('Ngừng dùng')).toBeTruthy();
  });

  it('puts the row’s other actions after "Sửa"', async () => {
    mockHttp({ 'GET /api/v1/me': meAs('admin') });
    await renderScreen(
      <Screen onEdit={vi.fn()} onCreate={vi.fn()} more={(r) => <button>Khóa {r.id}</button>} />,
    );
    const buttons = within(row('Đất đai')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Sửa', 'Khóa a']);
  });

  it('filters the list by the search box, ignoring case; an empty search shows all', async () => {
    mockHttp({ 'GET /api/v1/me': meAs('admin') });
    await renderScreen(<Screen onEdit={vi.fn()} onCreate={vi.fn()} />);
    const box = screen.getByRole('searchbox', { name: 'Tìm theo tên' });
    fireEvent.change(box, { target: { value: '  MÔI ' } });
    await waitFor(() => expect(screen.queryByRole('row', { name: /Đất đai/ })).toBeNull());
    expect(row('Môi trường')).toBeTruthy();
    fireEvent.change(box, { target: { value: 'không có' } });
    await screen.findByText('Không có mục nào.');
    fireEvent.change(box, { target: { value: '' } });
    await screen.findByRole('row', { name: /Đất đai/ });
    expect(matchesText('x', null, undefined)).toBe(false);
  });
});

describe('ConfirmButton', () => {
  it('acts only after the question is confirmed, not when it is cancelled', async () => {
    mockHttp({ 'GET /api/v1/me': meAs('admin') });
    const onConfirm = vi.fn();
    await renderScreen(
      <ConfirmButton title="Gỡ mục này?" okText="Gỡ bỏ" onConfirm={onConfirm} danger>
        Gỡ
      </ConfirmButton>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Gỡ' }));
    await screen.findByText('Gỡ mục này?');
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Gỡ' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Gỡ bỏ' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
