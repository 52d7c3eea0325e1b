import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAs } from '../test/fixtures';
import { mockHttp } from '../test/http';
import { renderScreen } from '../test/render';
import type { PrivacyRequest } from './api';
import PrivacyRequestsPage from './PrivacyRequestsPage';

function request(over: Partial<PrivacyRequest>): PrivacyRequest {
  return {
    id: 'r-1',
    code: 'DL-TP-0001',
    kind: 'access',
    status: 'received',
    receivedOn: '2026-04-27',
    dueOn: '2026-05-11',
    ruleSource: 'Điều 14 Nghị định 13/2023/NĐ-CP',
    ruleVerified: true,
    petitionId: 'p-1',
    unitCode: '27877',
    channel: 'portal',
    overdue: false,
    workingDaysLeft: 4,
    detail: 'Xin bản sao dữ liệu cá nhân.',
    answer: null,
    retained: null,
    answeredOn: null,
    version: 1,
    ...over,
  };
}

const items = [
  // Across the 30/4 and 1/5 holidays and a weekend: 4 working days, not the calendar's 12 or so.
  request({}),
  request({
    id: 'r-2',
    code: 'DL-TP-0002',
    dueOn: '2026-04-20',
    overdue: true,
    workingDaysLeft: -3,
  }),
  request({
    id: 'r-3',
    code: 'DL-TP-0003',
    status: 'answered',
    workingDaysLeft: null,
    answer: 'Đã cung cấp bản sao.',
    answeredOn: '2026-04-28',
  }),
];

const http = () =>
  mockHttp({
    'GET /api/v1/me': meAs('head', { abilities: ['petition.read', 'petition.decide'] }),
    'GET /api/v1/privacy/requests': { items },
  });

describe('PrivacyRequestsPage answer clock', () => {
  it("shows the server's working days left, overdue ones in red (vi)", async () => {
    http();
    const { container } = await renderScreen(<PrivacyRequestsPage />);
    const left = await screen.findByText('Còn 4 ngày làm việc');
    expect(left.closest('.ant-tag')?.className).not.toContain('red');
    const late = screen.getByText('Quá hạn 3 ngày làm việc');
    expect(late.closest('.ant-tag')?.className).toContain('red');
    // The answered request has no clock; nothing counts calendar days.
    expect(container.querySelectorAll('.ant-tag-red')).toHaveLength(1);
    expect(container.textContent).not.toMatch(/Còn \d+ ngày(?! làm việc)/);
  });

  it('reads in English', async () => {
    http();
    await renderScreen(<PrivacyRequestsPage />, { language: 'en' });
    expect(await screen.findByText('4 working days left')).toBeTruthy();
    expect(screen.getByText('3 working days overdue')).toBeTruthy();
  });
});
