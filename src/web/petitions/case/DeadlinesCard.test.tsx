import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAs, receivedComplaint, reference } from '../../test/fixtures';
import { mockHttp } from '../../test/http';
import { renderScreen } from '../../test/render';
import type { CaseDeadline, DeadlineState } from '../types';
import { DeadlineBadge } from '../DeadlineBadge';
import { DeadlinesCard } from './DeadlinesCard';

const http = () =>
  mockHttp({ 'GET /api/v1/me': meAs('reception_officer'), 'GET /api/v1/reference': reference });

function deadline(over: Partial<CaseDeadline>): CaseDeadline {
  return {
    id: 'd-1',
    step: 'process',
    ruleId: 'complaint.process',
    startOn: '2026-03-02',
    days: 10,
    counting: 'working',
    dueOn: '2026-03-16',
    state: 'open',
    metOn: null,
    ...over,
    explanation: {
      start: '2026-03-02',
      rule: { id: 'complaint.process', source: 'Điều 6 Thông tư 05/2021/TT-TTCP' },
      counting: 'working',
      days: 10,
      counted: 10,
      skipped: [],
      pauses: [],
      extensions: [],
      due: over.dueOn ?? '2026-03-16',
      textVi: 'Hạn xử lý đơn: 10 ngày làm việc kể từ ngày nhận đơn.',
      textEn: 'Processing: 10 working days from receipt.',
      ...over.explanation,
    },
  };
}

describe('DeadlineBadge', () => {
  const cases: { state: DeadlineState; vi: string; en: string }[] = [
    { state: 'due_soon', vi: 'Sắp đến hạn', en: 'Due soon' },
    { state: 'overdue', vi: 'Quá hạn', en: 'Overdue' },
    { state: 'on_time', vi: 'Trong hạn', en: 'On time' },
  ];
  it.each(cases)('$state reads "$vi" with the due date as dd/mm/yyyy', async ({ state, vi }) => {
    http();
    const { container } = await renderScreen(
      <DeadlineBadge state={state} dueOn="2026-03-16" step="Giải quyết" />,
    );
    expect(container.textContent).toContain(vi);
    expect(container.textContent).toContain('Giải quyết: 16/03/2026');
    expect(container.querySelector(`.dv-deadline-${state}`)).not.toBeNull();
  });

  it.each(cases)('$state reads "$en" in English, the date spelled out', async ({ state, en }) => {
    http();
    const { container } = await renderScreen(<DeadlineBadge state={state} dueOn="2026-03-06" />, {
      language: 'en',
    });
    expect(container.textContent).toContain(en);
    expect(container.textContent).toContain('6 Mar 2026');
    expect(container.textContent).not.toContain('06/03/2026');
  });

  it('shows no date when there is no deadline', async () => {
    http();
    const { container } = await renderScreen(<DeadlineBadge state="none" dueOn="2026-03-16" />);
    expect(container.textContent).toContain('Không có hạn');
    expect(container.textContent).not.toContain('16/03/2026');
  });
});

describe('DeadlinesCard', () => {
  const file = receivedComplaint({
    deadline: { dueOn: '2026-04-01', step: 'resolve', state: 'overdue' },
    deadlines: [
      deadline({ id: 'd-1', step: 'process', state: 'met', metOn: '2026-03-05' }),
      deadline({
        id: 'd-2',
        step: 'resolve',
        state: 'open',
        startOn: '2026-03-05',
        days: 30,
        dueOn: '2026-04-01',
        explanation: {
          start: '2026-03-05',
          rule: { id: 'complaint.resolve.first', source: 'Điều 28 Luật Khiếu nại 2011' },
          counting: 'calendar',
          days: 30,
          counted: 30,
          skipped: [],
          pauses: [],
          extensions: [],
          due: '2026-04-01',
          textVi: 'Hạn giải quyết: 30 ngày kể từ ngày thụ lý.',
          textEn: 'Resolution: 30 days from acceptance.',
        },
      }),
    ],
  });

  it('marks the overdue step, the met one with its date, and counts in dd/mm/yyyy', async () => {
    http();
    await renderScreen(<DeadlinesCard file={file} />);
    // The header badge names the running step (from GET /api/v1/reference) and its due date.
    expect(await screen.findByText('Giải quyết: 01/04/2026')).toBeTruthy();
    expect(screen.getByText('Quá hạn')).toBeTruthy();
    const resolve = screen.getByRole('region', { name: 'Giải quyết' });
    expect(within(resolve).getByText('Đang tính')).toBeTruthy();
    expect(within(resolve).getByText('01/04/2026')).toBeTruthy();
    expect(within(resolve).getByText('Hạn giải quyết: 30 ngày kể từ ngày thụ lý.')).toBeTruthy();
    expect(within(resolve).getByText('Điều 28 Luật Khiếu nại 2011')).toBeTruthy();
    const processing = screen.getByRole('region', { name: 'Xử lý đơn' });
    expect(within(processing).getByText('Đã hoàn thành ngày 05/03/2026')).toBeTruthy();
    expect(within(processing).queryByText('Đang tính')).toBeNull();
  });

  it('reads in English', async () => {
    http();
    await renderScreen(<DeadlinesCard file={file} />, { language: 'en' });
    expect(await screen.findByText('Resolution: 1 Apr 2026')).toBeTruthy();
    expect(screen.getByText('Overdue')).toBeTruthy();
    const processing = screen.getByRole('region', { name: 'Processing' });
    expect(within(processing).getByText('Met on 5 Mar 2026')).toBeTruthy();
    expect(screen.getByText('Resolution: 30 days from acceptance.')).toBeTruthy();
  });

  it('says so when the case has no deadline yet', async () => {
    http();
    await renderScreen(
      <DeadlinesCard
        file={receivedComplaint({
          deadline: { dueOn: null, step: null, state: 'none' },
          deadlines: [],
        })}
      />,
    );
    expect(screen.getByText('Hồ sơ này chưa có thời hạn nào.')).toBeTruthy();
    expect(screen.getByText('Không có hạn')).toBeTruthy();
  });
});
