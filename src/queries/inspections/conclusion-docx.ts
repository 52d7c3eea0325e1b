import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { mottoHeader } from '../documents/motto-header.js';
import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import { campaignPolicy } from '../../domain/access/campaign.policy.js';
import {
  TIME_OF_DAY_LABELS,
  delegationHeading,
  documentDateLine,
  issuerSystem,
  noticeNumberLine,
  signatureLines,
  type SignerCapacity,
  type TimeOfDay,
} from '../../domain/campaign/index.js';
import { notFound } from '../../domain/errors.js';
import { loadDelegation } from './access.js';

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? 26, bold: o.bold, italics: o.italics });
const para = (
  children: TextRun[],
  o: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: boolean;
    after?: number;
  } = {},
) =>
  new Paragraph({
    children,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    indent: o.indent ? { firstLine: 567 } : undefined,
    spacing: { after: o.after ?? 120 },
  });
const center = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  para([run(text, o)], { align: AlignmentType.CENTER, after: 0 });

/** "Long An, ngày 18 tháng 10 năm 2019" (day below 10 and months 1, 2 with a leading zero). */
export const vietnameseDateLine = documentDateLine;

/**
 * The delegation's conclusion notice for one working session (THÔNG BÁO KẾT LUẬN), in the usual
 * administrative layout: issuing body with the notice's own number and the header of its system
 * (Party or State), title, date line, acknowledgements, clarification requests and recommendations
 * with their due dates as of the session, and the head's signature block.
 */
export async function conclusionDocx({
  ctx,
  actor,
  inspectionId,
  sessionId,
}: {
  ctx: Ctx;
  actor: Actor;
  inspectionId: string;
  sessionId: string;
}): Promise<{ fileName: string; buffer: Buffer }> {
  const d = await loadDelegation(ctx.db, inspectionId);
  if (!d || !campaignPolicy.readDelegation(actor, d.facts)) throw notFound('inspection');
  const s = await ctx.db
    .selectFrom('inspection_sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .where('inspection_id', '=', inspectionId)
    .executeTakeFirst();
  if (!s || !campaignPolicy.readFinding(actor, d.facts, { unitCode: s.unit_code }))
    throw notFound('session');
  // An issued notice prints its findings as frozen at issue; a draft (not yet issued) the current ones.
  const findings: Array<{ kind: string; text: string; due_on: string | null }> = s.notice_findings
    ? (
        JSON.parse(s.notice_findings) as Array<{ kind: string; text: string; dueOn: string | null }>
      ).map((f) => ({ kind: f.kind, text: f.text, due_on: f.dueOn }))
    : await ctx.db
        .selectFrom('findings')
        .select(['kind', 'text', 'due_on'])
        .where('session_id', '=', sessionId)
        .orderBy('position')
        .execute();
  const unitOn = async (code: string) =>
    ctx.db
      .selectFrom('units')
      .select(['name', 'full_name'])
      .where('code', '=', code)
      .where('valid_from', '<=', s.held_on)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', s.held_on)]))
      .executeTakeFirst();
  const target = await unitOn(s.unit_code);
  const issuer = await unitOn(d.row.unit_code);
  const place = issuer?.name ?? target?.name ?? '';
  const targetName = target?.full_name ?? s.unit_code;
  const r = d.row;
  const ack = findings.filter((f) => f.kind === 'acknowledgement');
  const clar = findings.filter((f) => f.kind === 'clarification');
  const rec = findings.filter((f) => f.kind === 'recommendation');
  const when =
    `${TIME_OF_DAY_LABELS[s.time_of_day as TimeOfDay]?.vi ?? ''} ngày ${s.held_on.slice(8, 10)}/${s.held_on.slice(5, 7)}/${s.held_on.slice(0, 4)}`.trim();
  const due = (iso: string | null) =>
    iso ? ` (hạn: ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)})` : '';

  // The header follows the issuing body's system: a Party body's notice carries "ĐẢNG CỘNG SẢN VIỆT NAM"
  // (underlined) and a star under its name; a State body's carries the national motto.
  const party = issuerSystem(r.issuing_body) === 'party';
  const system = party ? 'party' : 'state';
  const number = noticeNumberLine(system, s.notice_number);
  const right = party
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 0 },
          children: [
            new TextRun({
              text: 'ĐẢNG CỘNG SẢN VIỆT NAM',
              font: FONT,
              size: 26,
              bold: true,
              underline: {},
            }),
          ],
        }),
        para([], { after: 120 }),
        center(vietnameseDateLine(place, s.held_on), { italics: true }),
      ]
    : [
        center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 }),
        center('Độc lập - Tự do - Hạnh phúc', { bold: true }),
        center(vietnameseDateLine(place, s.held_on), { italics: true }),
      ];
  const left = [
    center(r.issuing_body.toUpperCase(), { size: 24 }),
    center('ĐOÀN KIỂM TRA', { bold: true, size: 24 }),
    ...(party ? [center('*', { size: 24 })] : []),
    center(number, { size: 24 }),
  ];
  const header = mottoHeader(left, right);

  const body: Paragraph[] = [
    para([], { after: 240 }),
    center('THÔNG BÁO KẾT LUẬN', { bold: true, size: 28 }),
    center(delegationHeading(r.title), { bold: true }),
    center(`tại ${targetName}`, { bold: true }),
    para([], { after: 120 }),
    para(
      [
        run(
          `${when}${s.location ? `, tại ${s.location}` : ''}, Đoàn kiểm tra theo Quyết định số ${r.decision_number} ngày ${r.decision_date.slice(8, 10)}/${r.decision_date.slice(5, 7)}/${r.decision_date.slice(0, 4)} của ${r.issuing_body} do ${r.head_title}${r.head_name ? ` ${r.head_name}` : ''} làm Trưởng đoàn đã làm việc với ${targetName}.`,
        ),
      ],
      { indent: true },
    ),
  ];
  if (s.summary) body.push(para([run(s.summary)], { indent: true }));
  body.push(
    para([run('Sau khi nghe báo cáo và trao đổi, Trưởng đoàn kiểm tra kết luận như sau:')], {
      indent: true,
    }),
  );
  // The notice is dated at the session: it states what was found and asked then (with due dates),
  // never today's follow-up status, which the board and the findings show instead.
  const section = (n: string, title: string, items: typeof findings, withDue: boolean) => {
    body.push(para([run(`${n}. ${title}`, { bold: true })], { indent: true }));
    if (items.length === 0)
      body.push(para([run('Không có.', { italics: true })], { indent: true }));
    items.forEach((f, i) => {
      body.push(
        para([run(`${i + 1}. ${f.text}${withDue ? due(f.due_on) : ''}`)], { indent: true }),
      );
    });
  };
  section('I', 'Ghi nhận kết quả', ack, false);
  section('II', 'Nội dung yêu cầu làm rõ', clar, true);
  section('III', 'Kiến nghị, đề nghị', rec, true);
  body.push(
    para(
      [
        run(
          `Trên đây là thông báo kết luận của Đoàn kiểm tra, đề nghị ${targetName} nghiêm túc triển khai thực hiện./.`,
        ),
      ],
      { indent: true },
    ),
  );

  // The head signs for the delegation; a deputy head may sign in the head's place ("KT.").
  const capacity: SignerCapacity = s.signer_capacity === 'deputy' ? 'deputy' : 'head';
  const signerName = capacity === 'deputy' ? (s.signer_name ?? '') : (r.head_name ?? '');
  const signature = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 45, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              para([run('Nơi nhận:', { bold: true, italics: true, size: 22 })], { after: 0 }),
              para([run(`- ${targetName};`, { size: 22 })], { after: 0 }),
              para([run('- Thành viên Đoàn kiểm tra;', { size: 22 })], { after: 0 }),
              para([run('- Lưu.', { size: 22 })], { after: 0 }),
            ],
          }),
          new TableCell({
            width: { size: 55, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              ...signatureLines(system, capacity).map((l) => center(l, { bold: true })),
              ...(capacity === 'head'
                ? [center(r.head_title.toUpperCase(), { bold: true, size: 22 })]
                : []),
              center('(Ký, ghi rõ họ tên)', { italics: true, size: 22 }),
              para([], { after: 960 }),
              center(signerName, { bold: true }),
            ],
          }),
        ],
      }),
    ],
  });

  const doc = new Document({
    creator: 'Dân Vận',
    title: `Thông báo kết luận - ${targetName}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: [header, ...body, para([], { after: 240 }), signature],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return { fileName: `ket-luan-${s.held_on}-${s.unit_code}.docx`, buffer };
}
