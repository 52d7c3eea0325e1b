import ExcelJS from 'exceljs';
import { viDate } from '../../domain/reports/periods.js';
import { FORM_COLUMNS, FORM_NUMBER, FORM_TITLE } from './form-columns.js';
import type { SummaryReport } from './summary-report.js';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** First data row of the main sheet (after title, unit, period, the two header rows and MS). */
export const XLSX_FIRST_DATA_ROW = 10;

/**
 * The summary report as an .xlsx laid out like the official form: national motto, form number,
 * title, reporting unit and period, a two-row header with merged group cells, the row of column
 * numbers (MS) as published, one row per unit
 * (root first, in bold), then the signature block (NGƯỜI LẬP BIỂU / THỦ TRƯỞNG ĐƠN VỊ). A second
 * sheet lists results, topics and channels. Numbers come from the same report object as the JSON.
 */
export async function summaryToXlsx(
  report: SummaryReport,
  opts: { signedOn: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dân Vận';
  wb.created = new Date();
  const ws = wb.addWorksheet('Biểu 01-XLD', {
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const lastCol = 3 + FORM_COLUMNS.length;
  const center = { horizontal: 'center' as const, vertical: 'middle' as const, wrapText: true };

  ws.mergeCells(1, 1, 1, 6);
  ws.getCell(1, 1).value = report.unit.name.toUpperCase();
  ws.getCell(1, 1).font = { bold: true };
  ws.mergeCells(1, lastCol - 7, 1, lastCol);
  ws.getCell(1, lastCol - 7).value =
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc';
  ws.getCell(1, lastCol - 7).alignment = center;
  ws.getCell(1, lastCol - 7).font = { bold: true };
  ws.getRow(1).height = 32;
  ws.mergeCells(2, lastCol - 3, 2, lastCol);
  ws.getCell(2, lastCol - 3).value = FORM_NUMBER;
  ws.getCell(2, lastCol - 3).alignment = { horizontal: 'right' };
  ws.mergeCells(3, 1, 3, lastCol);
  ws.getCell(3, 1).value = FORM_TITLE.vi;
  ws.getCell(3, 1).font = { bold: true, size: 14 };
  ws.getCell(3, 1).alignment = center;
  ws.mergeCells(4, 1, 4, lastCol);
  ws.getCell(4, 1).value =
    `${report.period.label.vi} — Số liệu tính từ ngày ${viDate(report.period.from)} đến ngày ${viDate(report.period.to)}`;
  ws.getCell(4, 1).alignment = center;
  ws.mergeCells(5, 1, 5, lastCol);
  ws.getCell(5, 1).value =
    `Đơn vị báo cáo: ${report.unit.name} — Cơ cấu đơn vị hành chính: ${report.structure === 'current' ? 'hiện hành' : 'tại thời điểm tiếp nhận đơn'}`;
  ws.getCell(5, 1).alignment = center;
  ws.mergeCells(6, 1, 6, lastCol);
  // The cut-off rule explains standard periods only; a custom range is just its two dates.
  if (report.period.kind !== 'custom')
    ws.getCell(6, 1).value = `Căn cứ kỳ báo cáo: ${report.periodSource.vi}`;
  ws.getCell(6, 1).font = { italic: true, size: 9 };

  // Two header rows: group cells merged across their columns, single columns merged down.
  const h1 = 7;
  const h2 = 8;
  ws.mergeCells(h1, 1, h2, 1);
  ws.getCell(h1, 1).value = 'STT';
  ws.mergeCells(h1, 2, h2, 2);
  ws.getCell(h1, 2).value = 'Mã';
  ws.mergeCells(h1, 3, h2, 3);
  ws.getCell(h1, 3).value = 'Đơn vị';
  let col = 4;
  for (let i = 0; i < FORM_COLUMNS.length;) {
    const group = FORM_COLUMNS[i]!.group;
    let span = 1;
    while (group && FORM_COLUMNS[i + span]?.group === group) span++;
    if (group) {
      ws.mergeCells(h1, col, h1, col + span - 1);
      ws.getCell(h1, col).value = group.vi;
      for (let k = 0; k < span; k++) ws.getCell(h2, col + k).value = FORM_COLUMNS[i + k]!.label.vi;
    } else {
      ws.mergeCells(h1, col, h2, col);
      ws.getCell(h1, col).value = FORM_COLUMNS[i]!.label.vi;
    }
    col += span;
    i += span;
  }
  // The published form numbers its columns in a row of its own (MS), with their identities.
  const ms = 9;
  ws.getCell(ms, 1).value = 'MS';
  FORM_COLUMNS.forEach((c, k) => {
    ws.getCell(ms, 4 + k).value =
      c.no === '1'
        ? '1=2+…+7'
        : c.no === '9'
          ? '9=11+12+13=14+…+17=18+22'
          : c.no === '18'
            ? '18=19+20+21'
            : c.no === '22'
              ? '22=23+24+25'
              : c.no;
  });
  for (const r of [h1, h2, ms]) {
    ws.getRow(r).height = r === h1 ? 30 : r === h2 ? 60 : 24;
    for (let c = 1; c <= lastCol; c++)
      Object.assign(ws.getCell(r, c), {
        alignment: center,
        border: BORDER,
        font: { bold: true, size: 9 },
      });
  }

  report.rows.forEach((row, i) => {
    const r = XLSX_FIRST_DATA_ROW + i;
    const values = [
      i === 0 ? 'Tổng' : i,
      row.code,
      `${'   '.repeat(Math.max(0, row.depth - 1))}${row.name}`,
      ...FORM_COLUMNS.map((c) => c.value(row.counters)),
    ];
    values.forEach((v, k) => {
      const cell = ws.getCell(r, k + 1);
      cell.value = v;
      cell.border = BORDER;
      if (i === 0) cell.font = { bold: true };
      if (k >= 3) cell.alignment = { horizontal: 'right' };
    });
  });
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 8;
  ws.getColumn(3).width = 30;
  for (let c = 4; c <= lastCol; c++) ws.getColumn(c).width = 11;

  const sign = XLSX_FIRST_DATA_ROW + report.rows.length + 2;
  const [y, m, d] = opts.signedOn.split('-');
  ws.mergeCells(sign, lastCol - 7, sign, lastCol);
  ws.getCell(sign, lastCol - 7).value = `......, ngày ${d} tháng ${m} năm ${y}`;
  ws.getCell(sign, lastCol - 7).alignment = center;
  ws.getCell(sign, lastCol - 7).font = { italic: true };
  ws.mergeCells(sign + 1, 1, sign + 1, 6);
  ws.getCell(sign + 1, 1).value = 'NGƯỜI LẬP BIỂU';
  ws.mergeCells(sign + 1, lastCol - 7, sign + 1, lastCol);
  ws.getCell(sign + 1, lastCol - 7).value = 'THỦ TRƯỞNG ĐƠN VỊ';
  ws.mergeCells(sign + 2, 1, sign + 2, 6);
  ws.getCell(sign + 2, 1).value = '(Ký, ghi rõ họ tên)';
  ws.mergeCells(sign + 2, lastCol - 7, sign + 2, lastCol);
  ws.getCell(sign + 2, lastCol - 7).value = '(Ký tên, đóng dấu)';
  for (const c of [1, lastCol - 7]) {
    Object.assign(ws.getCell(sign + 1, c), { alignment: center, font: { bold: true } });
    Object.assign(ws.getCell(sign + 2, c), { alignment: center, font: { italic: true, size: 9 } });
  }

  const detail = wb.addWorksheet('Kết quả - Lĩnh vực - Nguồn');
  detail.columns = [{ width: 40 }, { width: 12 }];
  const section = (title: string, items: Array<[string, number]>) => {
    const t = detail.addRow([title, 'Số vụ việc']);
    t.font = { bold: true };
    for (const [label, n] of items) detail.addRow([label, n]);
    detail.addRow([]);
  };
  section(
    'Kết quả giải quyết',
    Object.entries(report.total.results).map(([k, n]) => [report.resultLabels[k]?.vi ?? k, n]),
  );
  section(
    'Theo lĩnh vực',
    report.byTopic.map((t) => [t.label.vi, t.count]),
  );
  section(
    'Theo nguồn đơn',
    report.byChannel.map((c) => [c.label.vi, c.count]),
  );
  // No label is cut: the first column is as wide as its longest text.
  const longest = Math.max(
    40,
    ...Array.from(detail.getColumn(1).values, (v) => (typeof v === 'string' ? v.length : 0)),
  );
  detail.getColumn(1).width = Math.min(longest + 2, 120);
  // Official documents are set in Times New Roman (Decree 30/2020); every cell names it.
  for (const sheet of [ws, detail]) {
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        c.font = { ...c.font, name: 'Times New Roman' };
      }),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
