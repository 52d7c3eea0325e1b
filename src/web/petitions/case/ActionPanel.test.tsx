import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAs, receivedComplaint, reference } from '../../test/fixtures';
import { answer, mockHttp, problem, type Route } from '../../test/http';
import { renderScreen } from '../../test/render';
import type { CaseFile } from '../types';
import { ActionPanel } from './ActionPanel';

/** A received complaint as the server shows it to the reception desk, whose turn it is. */
const atReception: CaseFile = receivedComplaint({
  abilities: {
    actions: ['process_forward', 'process_file', 'process_accept', 'process_return'],
    readIdentity: false,
    attach: true,
    linkDuplicate: true,
  },
  nextStep: {
    action: 'process',
    role: 'reception_officer',
    userId: null,
    unitCode: '80-TP',
    bySuperior: false,
    dueOn: '2026-03-12',
    label: { vi: 'xử lý đơn', en: 'process the petition' },
    who: { vi: 'Cán bộ tiếp công dân', en: 'Reception officer' },
    mine: true,
  },
});

function http(routes: Record<string, Route> = {}) {
  return mockHttp({
    'GET /api/v1/me': meAs('reception_officer'),
    'GET /api/v1/reference': reference,
    ...routes,
  });
}

const actionUrl = (action: string) => `POST /api/v1/petitions/c-1/actions/${action}`;

describe('ActionPanel', () => {
  it('offers the actions the server allows, the next step first, cautious ones apart', async () => {
    http();
    const { container } = await renderScreen(<ActionPanel file={atReception} />);
    await screen.findByRole('button', { name: 'Thụ lý' });
    const main = container.querySelector('.dv-action-buttons:not(.dv-action-side)')!;
    const mainButtons = within(main as HTMLElement).getAllByRole('button');
    expect(mainButtons.map((b) => b.textContent)).toEqual(['Thụ lý']);
    expect(mainButtons[0]!.className).toContain('ant-btn-primary');
    const side = container.querySelector('.dv-action-side') as HTMLElement;
    expect(side.textContent).toContain('Thao tác khác');
    const sideButtons = within(side).getAllByRole('button');
    expect(sideButtons.map((b) => b.textContent)).toEqual([
      'Chuyển đơn',
      'Lưu đơn',
      'Trả lại đơn và hướng dẫn',
    ]);
    // Filing and returning a petition end it: marked as dangerous, forwarding is not.
    expect(sideButtons[1]!.className).toContain('ant-btn-dangerous');
    expect(sideButtons[2]!.className).toContain('ant-btn-dangerous');
    expect(sideButtons[0]!.className).not.toContain('ant-btn-dangerous');
    // Nothing is sent until an action is confirmed.
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers nothing when the server allows this official no action', async () => {
    http();
    await renderScreen(<ActionPanel file={receivedComplaint({ status: 'verifying' })} />);
    expect(
      screen.getByText('Bạn không có thao tác nào trên hồ sơ này ở bước hiện tại.'),
    ).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('validates the action form before sending, then sends the input and the version', async () => {
    const log = http({
      [actionUrl('process_forward')]: answer(200, { id: 'c-1', status: 'forwarded', version: 4 }),
    });
    await renderScreen(<ActionPanel file={atReception} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Chuyển đơn' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Chuyển đơn')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    expect(await within(dialog).findByText('Trường này là bắt buộc.')).toBeTruthy();
    expect(log.to(actionUrl('process_forward'))).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Chuyển đến cơ quan'), {
      target: { value: '  Ủy ban nhân dân tỉnh Tây Ninh ' },
    });
    fireEvent.change(within(dialog).getByLabelText('Ghi chú'), { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(log.to(actionUrl('process_forward'))).toHaveLength(1));
    const [sent] = log.to(actionUrl('process_forward'));
    // Trimmed, the blank note left out, the version the official saw (a stale one gets a 409).
    expect(sent!.body).toEqual({
      input: { toBody: 'Ủy ban nhân dân tỉnh Tây Ninh' },
      expectedVersion: 3,
    });
    expect(sent!.headers.get('x-csrf-token')).toBe('csrf-test-token');
    expect(await screen.findByText('Đã ghi nhận: Chuyển đơn.')).toBeTruthy();
    expect(log.unexpected).toEqual([]);
  });

  it('asks only for confirmation when the action takes no required input', async () => {
    const log = http({
      [actionUrl('process_accept')]: answer(200, { id: 'c-1', status: 'accepted', version: 4 }),
    });
    await renderScreen(<ActionPanel file={atReception} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Thụ lý' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(log.to(actionUrl('process_accept'))).toHaveLength(1));
    expect(log.to(actionUrl('process_accept'))[0]!.body).toEqual({ input: {}, expectedVersion: 3 });
  });

  it('shows the server’s reason when someone else acted first (409)', async () => {
    http({
      [actionUrl('process_accept')]: problem(
        409,
        'version_conflict',
        'Hồ sơ đã được người khác cập nhật.',
        'Someone else updated the case.',
      ),
    });
    await renderScreen(<ActionPanel file={atReception} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Thụ lý' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Hồ sơ đã được người khác cập nhật.');
    expect(alert.textContent).toContain(
      'Hồ sơ đã được tải lại với dữ liệu mới nhất. Kiểm tra rồi thử lại.',
    );
  });

  it('speaks English', async () => {
    http();
    await renderScreen(<ActionPanel file={atReception} />, { language: 'en' });
    expect(await screen.findByRole('button', { name: 'Accept' })).toBeTruthy();
    expect(screen.getByText('Other actions:')).toBeTruthy();
  });
});
