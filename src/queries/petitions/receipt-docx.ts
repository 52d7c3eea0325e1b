import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, BorderStyle } from 'docx';
import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { formatVi } from '../../domain/calendar/index.js';
import { CHANNEL_LABELS, DEADLINE_STEP_LABELS, PETITION_KIND_LABELS, type Channel, type PetitionKind } from '../../domain/petition/index.js';
import { getPetition } from './get-petition.js';

const FONT = 'Times New Roman';
const run = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, size: (opts.size ?? 13) * 2, bold: opts.bold, italics: opts.italics });
const para = (children: TextRun[], align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT, after = 80) => new Paragraph({ children, alignment: align, spacing: { after } });
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE }, borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } });

function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [cell(left), cell(right)] })], borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER } });
}

/**
 * The receipt (Phiếu nhận đơn) handed to the citizen at the desk: unit, date, tracking code, what
 * was received and the statutory deadlines, with both signatures. A sealed denouncer's identity is
 * never printed by staff who may not read it; the desk writes the name by hand if needed.
 */
export async function receiptDocx({ ctx, actor, id, portalUrl }: { ctx: Ctx; actor: Actor; id: string; portalUrl: string }): Promise<{ fileName: string; buffer: Buffer }> {
  const p = await getPetition({ ctx, actor, id });
  const unitName = p.unit.name;
  const received = p.receivedOn;
  const [y, m, d] = received.split('-');
  const kind = PETITION_KIND_LABELS[p.kind as PetitionKind]?.vi ?? p.kind;
  const channel = CHANNEL_LABELS[p.channel as Channel]?.vi ?? p.channel;
  const people = p.sealed ? ['(Thông tin người tố cáo được giữ bí mật theo Điều 47 Luật Tố cáo 2018)'] : p.anonymous ? ['(Đơn không ghi tên người gửi)'] : p.petitioners.map((x) => `${x.fullName}${x.address ? `, địa chỉ: ${x.address}` : ''}${x.identityNumber ? `, số định danh: ${x.identityNumber}` : ''}`);
  const deadlines = p.deadlines.filter((x) => x.state === 'open' && x.dueOn);

  const doc = new Document({
    creator: 'Dân Vận',
    title: `Phiếu nhận đơn ${p.trackingCode}`,
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          twoColumns(
            [para([run(unitName.toUpperCase(), { bold: true, size: 12 })], AlignmentType.CENTER, 0), para([run('BỘ PHẬN TIẾP CÔNG DÂN', { bold: true, size: 12 })], AlignmentType.CENTER, 0)],
            [para([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 })], AlignmentType.CENTER, 0), para([run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13 })], AlignmentType.CENTER, 0), para([run(`ngày ${d} tháng ${m} năm ${y}`, { italics: true })], AlignmentType.CENTER)],
          ),
          para([run('PHIẾU NHẬN ĐƠN', { bold: true, size: 15 })], AlignmentType.CENTER, 40),
          para([run(`Mã hồ sơ: ${p.trackingCode}`, { bold: true, size: 16 })], AlignmentType.CENTER, 200),
          para([run(`${unitName} đã nhận đơn ${kind.toLowerCase()} ngày ${formatVi(received)}, qua hình thức: ${channel.toLowerCase()}.`)]),
          para([run('Người gửi đơn: ', { bold: true }), run(people.join('; '))]),
          ...(p.manySignatories ? [para([run(`Đơn có ${p.signatoryCount} người ký tên; người đại diện như trên.`)])] : []),
          para([run('Nội dung: ', { bold: true }), run(p.title)]),
          para([run('Tài liệu kèm theo: ', { bold: true }), run(p.attachments.length ? p.attachments.map((a) => a.fileName).join('; ') : 'không có')]),
          para([run('Thời hạn theo quy định:', { bold: true })], AlignmentType.LEFT, 40),
          ...(deadlines.length
            ? deadlines.map((x) => para([run(`– ${DEADLINE_STEP_LABELS[x.step]?.vi ?? x.step}: chậm nhất ngày ${formatVi(x.dueOn!)}. `), run(x.explanation.textVi, { italics: true, size: 11 })], AlignmentType.LEFT, 40))
            : [para([run('– Không có thời hạn đang tính.')])]),
          para([run(`Tra cứu tình trạng hồ sơ bằng mã trên tại ${portalUrl}/tra-cuu hoặc gọi cho bộ phận tiếp công dân.`, { italics: true })], AlignmentType.LEFT, 300),
          twoColumns(
            [para([run('NGƯỜI NỘP ĐƠN', { bold: true })], AlignmentType.CENTER, 0), para([run('(Ký, ghi rõ họ tên)', { italics: true, size: 11 })], AlignmentType.CENTER, 0)],
            [para([run('NGƯỜI NHẬN ĐƠN', { bold: true })], AlignmentType.CENTER, 0), para([run('(Ký, ghi rõ họ tên)', { italics: true, size: 11 })], AlignmentType.CENTER, 900), para([run(actor.displayName)], AlignmentType.CENTER)],
          ),
          ...(p.sample ? [para([run('DỮ LIỆU MẪU — SAMPLE DATA', { bold: true, size: 10 })], AlignmentType.CENTER)] : []),
        ],
      },
    ],
  });
  return { fileName: `phieu-nhan-don-${p.trackingCode}.docx`, buffer: await Packer.toBuffer(doc) };
}
