/**
 * The receipt (Phiếu nhận đơn) is the record of the moment of receipt: printed by two different
 * users on two different days, after the case moved on, it is the same document apart from the
 * "Bản in lại" mark of the reprint. (.docx zips carry timestamps, so the document XML is compared.)
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fixedDateClock } from '../../src/domain/clock.js';
import { ENGINES } from '../helpers/engines.js';
import { mustAct, submit, userId } from '../helpers/petitions.js';
import { createTestApp } from '../helpers/test-app.js';

const part = async (payload: Buffer, name: string) =>
  (await JSZip.loadAsync(payload)).file(name)!.async('string');

describe.each(ENGINES)('receipt snapshot (%s)', (engine) => {
  it('reprints the receipt unchanged, by another user on another day, marked "Bản in lại"', async () => {
    const t = await createTestApp(engine, { world: 'units', today: '2026-03-02' });
    try {
      const desk = await t.login('tiepdan.thanhphuoc');
      const { id, code } = await submit(t, desk);
      const first = await t.call(desk, 'GET', `/api/v1/petitions/${id}/receipt.docx`);
      expect(first.statusCode).toBe(200);
      const original = await part(first.rawPayload, 'word/document.xml');

      // Days later the case has moved on and someone else prints it.
      t.db.ctx.clock = fixedDateClock('2026-03-05');
      const head = await t.login('chutich.thanhphuoc');
      await mustAct(t, desk, id, 'process_accept');
      await mustAct(t, head, id, 'assign', { assigneeId: await userId(t, 'diachinh.thanhphuoc') });
      const again = await t.call(head, 'GET', `/api/v1/petitions/${id}/receipt.docx`);
      expect(again.statusCode).toBe(200);
      const reprint = await part(again.rawPayload, 'word/document.xml');

      expect(original).not.toContain('Bản in lại');
      expect(reprint).toContain('Bản in lại');
      const withoutMark = reprint.replace(/<w:p>(?:(?!<w:p>).)*?Bản in lại.*?<\/w:p>/, '');
      expect(withoutMark).toBe(original);
      const text = original.replace(/<[^>]+>/g, '');
      for (const s of [code, 'ngày 02 tháng 03 năm 2026', 'Xử lý đơn: chậm nhất ngày 16/03/2026'])
        expect(text).toContain(s);
      const receiver = (
        await t.db.ctx.db
          .selectFrom('users')
          .select(['display_name'])
          .where('username', '=', 'tiepdan.thanhphuoc')
          .executeTakeFirstOrThrow()
      ).display_name;
      expect(text).toContain(receiver);

      // The national header: fixed layout, a 10.5 cm motto column; Times New Roman by default.
      expect(original).toContain('<w:tblLayout w:type="fixed"/>');
      expect(original).toMatch(/<w:gridCol w:w="3118"\/><w:gridCol w:w="5953"\/>/);
      expect(await part(first.rawPayload, 'word/styles.xml')).toContain(
        'w:ascii="Times New Roman"',
      );
    } finally {
      await t.close();
    }
  }, 180_000);
});
