/**
 * An intake writes its case's receipt, due date, facts row and citizen messages from the rows it
 * has just written, without reading them back (decision 0021-h22a). What it stores must be what a
 * fresh read of those rows gives: the receipt as `readReceiptSource` rebuilds it, the due date as
 * the open deadlines give it, the facts row as computeFacts recomputes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReceiptSource } from '../../src/commands/petitions/receipt-snapshot.js';
import { currentDue } from '../../src/commands/petitions/deadlines.js';
import {
  submitPetition,
  type SubmitPetitionInput,
} from '../../src/commands/petitions/submit-petition.js';
import { computeFacts } from '../../src/db/petition-facts.js';
import { SYSTEM_ACTOR } from '../../src/domain/access/actor.js';
import { receiptSnapshotOf } from '../../src/domain/petition/receipt-snapshot.js';
import { ENGINES } from '../helpers/engines.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const UNIT = '27877';
const person = {
  fullName: 'Trần Thị Bình',
  address: 'Ấp 2, xã Thạnh Phước',
  identityNumber: '083190001234',
  phone: '0909555123',
  email: 'binh@example.vn',
};

const LETTERS: Array<{ name: string; input: SubmitPetitionInput; citizenMessages: number }> = [
  {
    name: 'a feedback with e-mail and phone',
    input: {
      unitCode: UNIT,
      kinds: ['feedback'],
      channel: 'post',
      topicCode: 'infrastructure',
      title: 'Đường ấp 2 sụt lún',
      content: 'Đoạn đường ấp 2 bị sụt lún sau mưa, đề nghị sửa chữa.',
      petitioners: [person, { fullName: 'Lê Văn Cường', phone: null }],
    },
    citizenMessages: 2,
  },
  {
    name: 'a denunciation (identity sealed, two deadlines)',
    input: {
      unitCode: UNIT,
      kinds: ['denunciation'],
      channel: 'post',
      title: 'Tố cáo cán bộ địa chính',
      content: 'Cán bộ địa chính xã nhận tiền khi làm thủ tục đất đai.',
      petitioners: [{ fullName: 'Phạm Văn Dũng', phone: '0909555777' }],
    },
    citizenMessages: 1,
  },
  {
    name: 'a mixed letter split into two cases, many signatories',
    input: {
      unitCode: UNIT,
      kinds: ['complaint', 'recommendation'],
      channel: 'post',
      title: 'Khiếu nại và kiến nghị về bồi thường',
      content: 'Khiếu nại quyết định bồi thường và kiến nghị sửa quy hoạch.',
      manySignatories: true,
      signatoryCount: 12,
      petitioners: [{ ...person, isRepresentative: true }],
    },
    citizenMessages: 2,
  },
  {
    name: 'an anonymous letter',
    input: {
      unitCode: UNIT,
      kinds: ['feedback'],
      channel: 'mailbox',
      title: 'Đèn đường hỏng',
      content: 'Đèn đường ấp 3 hỏng đã lâu.',
      anonymous: true,
      petitioners: [],
    },
    citizenMessages: 0,
  },
];

describe.each(ENGINES)('intake rows written without reading back (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { world: 'units' });
  });
  afterAll(async () => t?.close());

  it.each(LETTERS)('$name: receipt, due date, facts and messages equal a fresh read', async (l) => {
    const { db } = t.db.ctx;
    const res = await submitPetition({
      ctx: t.db.ctx,
      actor: SYSTEM_ACTOR,
      input: structuredClone(l.input),
    });
    expect(res.cases).toHaveLength(l.input.kinds.length);
    for (const c of res.cases) {
      // The due date stored with the case is the earliest open deadline's (currentDue's rule).
      const p = await db
        .selectFrom('petitions')
        .select(['due_on', 'due_step'])
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      const due = await currentDue(db, c.id);
      expect(due.due_on).not.toBeNull();
      expect(p).toEqual(due);
      expect({ due_on: c.dueOn, due_step: c.dueStep }).toEqual(due);

      // The receipt equals the one rebuilt from the stored rows, byte for byte.
      const stored = await db
        .selectFrom('petition_receipts')
        .select('snapshot')
        .where('petition_id', '=', c.id)
        .executeTakeFirstOrThrow();
      const fresh = receiptSnapshotOf(await readReceiptSource(db, c.id, SYSTEM_ACTOR.displayName));
      expect(stored.snapshot).toBe(JSON.stringify(fresh));
      expect(fresh.deadlines.length).toBe(c.kind === 'denunciation' ? 2 : 1);

      // The facts row equals the recomputation from the stored rows.
      const facts = await db
        .selectFrom('petition_facts')
        .selectAll()
        .where('petition_id', '=', c.id)
        .execute();
      expect(facts).toEqual(await computeFacts(db, [c.id]));

      // The citizen is told on each channel they left (e-mail, phone; a sealed case's too).
      const messages = await db
        .selectFrom('outbox')
        .select('channel')
        .where('recipient_ref', '=', `petitioner:${c.id}`)
        .execute();
      expect(messages).toHaveLength(l.citizenMessages);
    }
  });
});
