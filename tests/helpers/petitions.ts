import type { Session, TestApp } from './test-app.js';

export const basePetition = {
  unitCode: '27877',
  kinds: ['complaint'],
  channel: 'in_person',
  topicCode: 'land_clearance_compensation',
  title: 'Khiếu nại mức bồi thường đất làm đường',
  content:
    'Gia đình tôi không đồng ý với đơn giá bồi thường khi thu hồi đất nông nghiệp để mở rộng đường tỉnh.',
  petitioners: [
    {
      fullName: 'Lê Văn Thử',
      address: 'Ấp 2, xã Thạnh Phước',
      identityNumber: '000111222333',
      phone: '0909555100',
    },
  ],
  reception: {
    identityPaper: 'CCCD',
    peopleCount: 1,
    identityCheck: { documentType: 'citizen_id', documentNumber: '000111222333' },
  },
};

/** Registers a petition through the API and returns the first case's id and tracking code. */
export async function submit(t: TestApp, as: Session, overrides: Record<string, unknown> = {}) {
  const res = await t.call(as, 'POST', '/api/v1/petitions', { ...basePetition, ...overrides });
  if (res.statusCode !== 201) throw new Error(`submit failed: ${res.statusCode} ${res.body}`);
  const body = res.json();
  return { id: body.cases[0].id as string, code: body.cases[0].trackingCode as string, body };
}

/** Takes an action and returns the response (does not throw). */
export function act(
  t: TestApp,
  as: Session,
  id: string,
  action: string,
  input: Record<string, unknown> = {},
  expectedVersion?: number,
) {
  return t.call(as, 'POST', `/api/v1/petitions/${id}/actions/${action}`, {
    input,
    ...(expectedVersion ? { expectedVersion } : {}),
  });
}

/** Takes an action and fails the test unless it succeeds. */
export async function mustAct(
  t: TestApp,
  as: Session,
  id: string,
  action: string,
  input: Record<string, unknown> = {},
) {
  const res = await act(t, as, id, action, input);
  if (res.statusCode !== 200) throw new Error(`${action} failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function userId(t: TestApp, username: string): Promise<string> {
  const row = await t.db.ctx.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}
