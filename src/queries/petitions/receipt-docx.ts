import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  BorderStyle,
} from 'docx';
import type { ReceiptSnapshot } from '../../domain/petition/receipt-snapshot.js';
import { formatVi } from '../../domain/calendar/index.js';
import { mottoHeader } from '../documents/motto-header.js';

const FONT = 'Times New Roman';
const run = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: (opts.size ?? 13) * 2,
    bold: opts.bold,
    italics: opts.italics,
  });
const para = (
  children: TextRun[],
  align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
  after = 80,
) => new Paragraph({ children, alignment: align, spacing: { after } });
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const cell = (children: Paragraph[]) =>
  new TableCell({
    children,
    width: { size: 50, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
  });

function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
  });
}

/**
 * The receipt (Phiếu nhận đơn) handed to the citizen at the desk, rendered from the snapshot taken
 * at receipt (see printReceipt): unit, date, tracking code, what was received, the deadlines as
 * given then, the receiver. A reprint carries "Bản in lại"; nothing else differs between prints.
 */
export async function receiptDocx({
  snapshot: s,
  reprint,
  portalUrl,
}: {
  snapshot: ReceiptSnapshot;
  reprint: boolean;
  portalUrl: string;
}): Promise<{ fileName: string; buffer: Buffer }> {
  const [y, m, d] = s.receivedOn.split('-');
  const doc = new Document({
    creator: 'Dân Vận',
    title: `Phiếu nhận đơn ${s.trackingCode}`,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [
          ...(reprint
            ? [para([run('Bản in lại', { italics: true, size: 11 })], AlignmentType.RIGHT, 0)]
            : []),
          mottoHeader(
            [
              para(
                [run(s.unitName.toUpperCase(), { bold: true, size: 12 })],
                AlignmentType.CENTER,
                0,
              ),
              para(
                [run('BỘ PHẬN TIẾP CÔNG DÂN', { bold: true, size: 12 })],
                AlignmentType.CENTER,
                0,
              ),
            ],
            [
              para(
                [run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 })],
                AlignmentType.CENTER,
                0,
              ),
              para(
                [run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13 })],
                AlignmentType.CENTER,
                0,
              ),
              para([run(`ngày ${d} tháng ${m} năm ${y}`, { italics: true })], AlignmentType.CENTER),
            ],
          ),
          para([run('PHIẾU NHẬN ĐƠN', { bold: true, size: 15 })], AlignmentType.CENTER, 40),
          para(
            [run(`Mã hồ sơ: ${s.trackingCode}`, { bold: true, size: 16 })],
            AlignmentType.CENTER,
            200,
          ),
          para([
            run(
              `${s.unitName} đã nhận đơn ${s.kind.toLowerCase()} ngày ${formatVi(s.receivedOn)}, qua hình thức: ${s.channel.toLowerCase()}.`,
            ),
          ]),
          para([run('Người gửi đơn: ', { bold: true }), run(s.people.join('; '))]),
          ...(s.signatoryCount
            ? [para([run(`Đơn có ${s.signatoryCount} người ký tên; người đại diện như trên.`)])]
            : []),
          para([run('Nội dung: ', { bold: true }), run(s.title)]),
          para([run('Thời hạn theo quy định:', { bold: true })], AlignmentType.LEFT, 40),
          ...(s.deadlines.length
            ? s.deadlines.map((x) =>
                para(
                  [
                    run(`– ${x.step}: chậm nhất ngày ${formatVi(x.dueOn)}. `),
                    run(x.text, { italics: true, size: 11 }),
                  ],
                  AlignmentType.LEFT,
                  40,
                ),
              )
            : [para([run('– Không có thời hạn đang tính.')])]),
          para(
            [
              run(
                `Tra cứu tình trạng hồ sơ bằng mã trên tại ${portalUrl}/tra-cuu hoặc gọi cho bộ phận tiếp công dân.`,
                { italics: true },
              ),
            ],
            AlignmentType.LEFT,
            300,
          ),
          twoColumns(
            [
              para([run('NGƯỜI NỘP ĐƠN', { bold: true })], AlignmentType.CENTER, 0),
              para(
                [run('(Ký, ghi rõ họ tên)', { italics: true, size: 11 })],
                AlignmentType.CENTER,
                0,
              ),
            ],
            [
              para([run('NGƯỜI NHẬN ĐƠN', { bold: true })], AlignmentType.CENTER, 0),
              para(
                [run('(Ký, ghi rõ họ tên)', { italics: true, size: 11 })],
                AlignmentType.CENTER,
                900,
              ),
              para([run(s.receiverName)], AlignmentType.CENTER),
            ],
          ),
          ...(s.sample
            ? [para([run('DỮ LIỆU MẪU', { bold: true, size: 10 })], AlignmentType.CENTER)]
            : []),
        ],
      },
    ],
  });
  return { fileName: `phieu-nhan-don-${s.trackingCode}.docx`, buffer: await Packer.toBuffer(doc) };
}
