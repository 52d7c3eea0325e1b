import { describe, expect, it } from 'vitest';
import { meAs, receivedComplaint, reference } from '../../test/fixtures';
import { mockHttp } from '../../test/http';
import { renderScreen } from '../../test/render';
import { DuplicatesCard } from './CaseSideCards';

const http = () =>
  mockHttp({ 'GET /api/v1/me': meAs('reception_officer'), 'GET /api/v1/reference': reference });

const suggestion = {
  id: 'c-9',
  trackingCode: 'AB12-CD34-EF5',
  title: 'Khiếu nại bồi thường đất',
  status: 'received',
  receivedOn: '2026-02-20',
  score: 0.8,
  reasons: [{ code: 'similar_content', vi: 'Nội dung giống', en: 'Similar content' }],
  state: 'open',
};

describe('DuplicatesCard (scored after the intake is stored)', () => {
  it('says it is looking for duplicates while scoring is pending', async () => {
    http();
    const { container } = await renderScreen(
      <DuplicatesCard file={receivedComplaint({ duplicateCheck: 'pending' })} />,
    );
    expect(container.textContent).toContain('Đang tìm đơn trùng…');
    expect(container.querySelector('[role="status"]')).not.toBeNull();
  });

  it('says so in English', async () => {
    http();
    const { container } = await renderScreen(
      <DuplicatesCard file={receivedComplaint({ duplicateCheck: 'pending' })} />,
      { language: 'en' },
    );
    expect(container.textContent).toContain('Looking for duplicates…');
  });

  it('shows the stored suggestions once scored, and nothing when there are none', async () => {
    http();
    const { container } = await renderScreen(
      <DuplicatesCard
        file={receivedComplaint({ duplicateCheck: 'done', duplicateSuggestions: [suggestion] })}
      />,
    );
    expect(container.textContent).toContain('AB12-CD34-EF5');
    expect(container.textContent).toContain('Mức giống: 80%');
    expect(container.textContent).not.toContain('Đang tìm đơn trùng');
    http();
    const empty = await renderScreen(
      <DuplicatesCard file={receivedComplaint({ duplicateCheck: 'done' })} />,
    );
    expect(empty.container.textContent).toBe('');
  });

  it('says when scoring failed and nothing was found', async () => {
    http();
    const { container } = await renderScreen(
      <DuplicatesCard file={receivedComplaint({ duplicateCheck: 'failed' })} />,
    );
    expect(container.textContent).toContain('Chưa tìm được đơn trùng do lỗi hệ thống');
  });
});
