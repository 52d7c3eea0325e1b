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
} from 'docx';
import ExcelJS from 'exceljs';
import type { Ctx } from '../../db/context.js';
import type { Actor } from '../../domain/access/actor.js';
import type { IndicatorValue } from '../../domain/campaign/index.js';
import { getUnitReport } from './campaign-views.js';
import { consolidateCampaign, type Consolidation } from './consolidation.js';

const FONT = 'Times New Roman';
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? 26, bold: o.bold, italics: o.italics });
const para = (
  text: string,
  o: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {},
) =>
  new Paragraph({
    children: [run(text, o)],
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
  });
const dmy = (iso: string | null) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [run(text, { bold, size: 22 })] })] });
const grid = (rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, i) => new TableRow({ tableHeader: i === 0, children: r.map((t) => cell(t, i === 0)) }),
    ),
  });
const show = (v: IndicatorValue | undefined) =>
  v === null || v === undefined ? '—' : typeof v === 'number' ? v.toLocaleString('vi-VN') : v;
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** Report sections are sanitised HTML; the document takes their text paragraph by paragraph. */
function htmlParagraphs(html: string): string[] {
  return html
    .replace(/<\/(p|li|h3|h4|blockquote|tr)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

async function pack(children: Array<Paragraph | Table>, title: string): Promise<Buffer> {
  const doc = new Document({
    creator: 'Dân Vận',
    title,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function consolidatedRows(c: Consolidation): string[][] {
  const head = [
    'STT',
    'Chỉ tiêu',
    'Đơn vị tính',
    ...c.units.filter((u) => u.counted).map((u) => u.unitName),
    'Tổng cộng',
    'Bình quân',
  ];
  return [
    head,
    ...c.indicators.map((i, n) => [
      String(n + 1),
      i.label.vi,
      i.unit?.vi ?? '',
      ...i.values.map((v) => show(v.value)),
      i.sum === null ? '' : show(i.sum),
      i.average === null ? '' : show(i.average),
    ]),
  ];
}

/** The consolidated report (.docx): status of every unit, then every indicator with the unit breakdown and total. */
export async function consolidatedDocx({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}): Promise<{ fileName: string; buffer: Buffer }> {
  const c = await consolidateCampaign({ ctx, actor, id });
  const children: Array<Paragraph | Table> = [
    para((c.campaign.ownerUnitName ?? c.campaign.launchedBy ?? '').toUpperCase(), {
      bold: true,
      center: true,
      size: 24,
    }),
    para('BÁO CÁO TỔNG HỢP', { bold: true, center: true, size: 28 }),
    para(`Kết quả thực hiện ${c.campaign.name.vi}`, { bold: true, center: true }),
    para(
      `Kỳ báo cáo: ${dmy(c.campaign.periodFrom)} – ${dmy(c.campaign.periodTo)}${c.campaign.dueOn ? `; hạn nộp: ${dmy(c.campaign.dueOn)}` : ''}. Tổng hợp từ ${c.counted}/${c.units.length} đơn vị đã gửi báo cáo.`,
      { italics: true, center: true },
    ),
    para('I. Tình hình nộp báo cáo', { bold: true }),
    grid([
      ['STT', 'Đơn vị', 'Tình trạng', 'Gửi lúc'],
      ...c.units.map((u, n) => [
        String(n + 1),
        u.unitName,
        u.statusLabel.vi,
        u.submittedAt ? dmy(u.submittedAt.slice(0, 10)) : '',
      ]),
    ]),
    para(''),
    para('II. Các chỉ tiêu, số liệu tổng hợp', { bold: true }),
    grid(consolidatedRows(c)),
  ];
  return {
    fileName: `tong-hop-${slug(c.campaign.name.vi)}.docx`,
    buffer: await pack(children, `Báo cáo tổng hợp - ${c.campaign.name.vi}`),
  };
}

/** The consolidated report (.xlsx): sheet "Tổng hợp" (indicators × units, total, average) and sheet "Đơn vị" (status). */
export async function consolidatedXlsx({
  ctx,
  actor,
  id,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
}): Promise<{ fileName: string; buffer: Buffer }> {
  const c = await consolidateCampaign({ ctx, actor, id });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân Vận';
  const ws = wb.addWorksheet('Tổng hợp');
  ws.addRow([`Báo cáo tổng hợp: ${c.campaign.name.vi}`]).font = { bold: true, size: 13 };
  ws.addRow([
    `Kỳ báo cáo ${dmy(c.campaign.periodFrom)} – ${dmy(c.campaign.periodTo)}; ${c.counted}/${c.units.length} đơn vị đã gửi`,
  ]);
  const counted = c.units.filter((u) => u.counted);
  ws.addRow([
    'STT',
    'Mã chỉ tiêu',
    'Chỉ tiêu',
    'Đơn vị tính',
    ...counted.map((u) => u.unitName),
    'Tổng cộng',
    'Bình quân',
  ]).font = { bold: true };
  c.indicators.forEach((i, n) =>
    ws.addRow([
      n + 1,
      i.key,
      i.label.vi,
      i.unit?.vi ?? '',
      ...i.values.map((v) => v.value ?? null),
      i.sum,
      i.average,
    ]),
  );
  ws.columns.forEach((col, n) => {
    col.width = n === 2 ? 48 : n === 1 ? 22 : 16;
  });
  const us = wb.addWorksheet('Đơn vị');
  us.addRow(['STT', 'Mã đơn vị', 'Đơn vị', 'Tình trạng', 'Phiên bản tổng hợp', 'Gửi lúc']).font = {
    bold: true,
  };
  c.units.forEach((u, n) =>
    us.addRow([
      n + 1,
      u.unitCode,
      u.unitName,
      u.statusLabel.vi,
      u.reportVersion,
      u.submittedAt ? dmy(u.submittedAt.slice(0, 10)) : '',
    ]),
  );
  us.columns.forEach((col, n) => {
    col.width = n === 2 ? 36 : 16;
  });
  return {
    fileName: `tong-hop-${slug(c.campaign.name.vi)}.xlsx`,
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

/** One unit's report (.docx or .xlsx), the version shown on screen (current unless `version`). */
export async function unitReportExport({
  ctx,
  actor,
  id,
  format,
  version,
}: {
  ctx: Ctx;
  actor: Actor;
  id: string;
  format: 'docx' | 'xlsx';
  version?: number;
}): Promise<{ fileName: string; buffer: Buffer }> {
  const r = await getUnitReport({ ctx, actor, id, version });
  const name = `bao-cao-${slug(r.report.unitName)}-v${r.content.version}.${format}`;
  const live = r.autoIndicators.values as Record<string, number>;
  // An unsubmitted version shows the live auto values, as the screen does; a submitted one its frozen values.
  const valueOf = (i: (typeof r.template.indicators)[number]): IndicatorValue | undefined =>
    i.auto && !r.content.submittedAt ? live[i.source ?? ''] : r.content.indicators[i.key];
  const rows = r.template.indicators.map((i, n) => [
    String(n + 1),
    i.label.vi,
    i.unit?.vi ?? '',
    show(valueOf(i)),
  ]);
  if (format === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chỉ tiêu');
    ws.addRow([`${r.report.unitName} — ${r.report.campaignName.vi}`]).font = { bold: true };
    ws.addRow([`Phiên bản ${r.content.version}; ${r.report.statusLabel.vi}`]);
    ws.addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu']).font = { bold: true };
    r.template.indicators.forEach((i, n) => {
      ws.addRow([n + 1, i.label.vi, i.unit?.vi ?? '', valueOf(i) ?? null]);
    });
    ws.columns.forEach((col, n) => {
      col.width = n === 1 ? 48 : 16;
    });
    const ss = wb.addWorksheet('Nội dung');
    r.template.sections.forEach((s, n) =>
      ss.addRow([
        `${n + 1}. ${s.title.vi}`,
        htmlParagraphs(r.content.sections[s.key] ?? '').join('\n'),
      ]),
    );
    ss.getColumn(1).width = 40;
    ss.getColumn(2).width = 100;
    return { fileName: name, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
  }
  const children: Array<Paragraph | Table> = [
    para(r.report.unitName.toUpperCase(), { bold: true, center: true, size: 24 }),
    para('BÁO CÁO', { bold: true, center: true, size: 28 }),
    para(`Kết quả thực hiện ${r.report.campaignName.vi}`, { bold: true, center: true }),
    para(
      `Kỳ báo cáo: ${dmy(r.report.periodFrom)} – ${dmy(r.report.periodTo)}; phiên bản ${r.content.version} (${r.report.statusLabel.vi}).`,
      { italics: true, center: true },
    ),
  ];
  r.template.sections.forEach((s, n) => {
    children.push(para(`${n + 1}. ${s.title.vi}`, { bold: true }));
    const lines = htmlParagraphs(r.content.sections[s.key] ?? '');
    for (const l of lines.length ? lines : ['(Chưa có nội dung)']) children.push(para(l));
  });
  children.push(
    para('Các chỉ tiêu, số liệu', { bold: true }),
    grid([['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu'], ...rows]),
  );
  return { fileName: name, buffer: await pack(children, `Báo cáo - ${r.report.unitName}`) };
}
