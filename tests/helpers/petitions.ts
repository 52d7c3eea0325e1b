import { submitPetition } from '../../src/commands/petitions/submit-petition.js';
import type { Ctx } from '../../src/db/context.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
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

/** The commune people who carry a case from the desk to a conclusion. */
export interface CaseStaff {
  desk: Session;
  head: Session;
  officer: Session;
  /** The officer's user id (the head assigns the case to him). */
  officerId: string;
}

/**
 * A denunciation about an official's conduct, registered at `staff.desk`, accepted, assigned by
 * the head to the officer and under his verification: what the head concludes next. `overrides`
 * change the registered petition (as in `submit`).
 */
export async function denunciationUnderVerification(
  t: TestApp,
  staff: CaseStaff,
  title: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const { id } = await submit(t, staff.desk, {
    kinds: ['denunciation'],
    topicCode: 'officials_conduct',
    title,
    ...overrides,
  });
  await mustAct(t, staff.desk, id, 'process_accept');
  await mustAct(t, staff.head, id, 'assign', { assigneeId: staff.officerId });
  await mustAct(t, staff.officer, id, 'start_verification');
  return id;
}

/**
 * A denunciation concluded by the commune's head (found unfounded): what a superior reviews when
 * the denouncer denounces further (Law on Denunciations 2018 Art. 37).
 */
export async function concludedDenunciation(
  t: TestApp,
  staff: CaseStaff,
  title: string,
  summary = 'Nội dung tố cáo không đúng.',
): Promise<string> {
  const id = await denunciationUnderVerification(t, staff, title);
  await mustAct(t, staff.head, id, 'decide', { result: 'unfounded', summary });
  return id;
}

/**
 * Registers a sample petition from one petitioner straight through the command, as the system
 * (no HTTP): for tests that build many cases. Returns the first case's id and tracking code.
 */
export async function registerDirect(
  ctx: Ctx,
  fields: {
    unitCode: string;
    kind?: 'complaint' | 'denunciation' | 'recommendation' | 'feedback';
    channel?: 'post' | 'in_person';
    title: string;
    content: string;
    receivedOn: string;
    petitioner: string;
  },
) {
  const res = await submitPetition({
    ctx,
    actor: SYSTEM_ACTOR,
    input: {
      unitCode: fields.unitCode,
      kinds: [fields.kind ?? 'feedback'],
      channel: fields.channel ?? 'post',
      title: fields.title,
      content: fields.content,
      receivedOn: fields.receivedOn,
      petitioners: [{ fullName: fields.petitioner }],
      sample: true,
    } as never,
  });
  return { id: res.cases[0]!.id, code: res.cases[0]!.trackingCode };
}
