import { viDate } from '../../domain/reports/periods.js';
import { FORM_COLUMNS, FORM_NUMBER, FORM_TITLE } from './form-columns.js';
import type { SummaryReport } from './summary-report.js';

const cell = (v: string | number | null): string => {
  if (v === null) return '';
  const s = String(v);
  // Quote when needed; a leading = + - @ is neutralised so that Excel never runs it as a formula.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * The summary report as CSV for Excel: UTF-8 with a BOM (Excel otherwise reads Vietnamese as
 * ANSI), CRLF, the header line first (a plain table every tool can read), one line per unit row,
 * the same numbers as the JSON and the .xlsx (same report object). `titled` puts the form's
 * title and the period above the table, for people who open it in Excel.
 */
export function summaryToCsv(
  report: SummaryReport,
  { titled = false }: { titled?: boolean } = {},
): Buffer {
  const lines: string[] = [];
  if (titled) lines.push([FORM_TITLE.vi, FORM_NUMBER].map(cell).join(','));
  if (titled)
    lines.push(
      [
        `Đơn vị: ${report.unit.name}`,
        `Kỳ: ${report.period.label.vi}`,
        `Từ ${viDate(report.period.from)} đến ${viDate(report.period.to)}`,
        `Cơ cấu: ${report.structure === 'current' ? 'hiện hành' : 'tại thời điểm tiếp nhận'}`,
      ]
        .map(cell)
        .join(','),
    );
  const head = [
    'STT',
    'Mã đơn vị',
    'Đơn vị',
    ...FORM_COLUMNS.map(
      (c) => `${c.no ? `(${c.no}) ` : ''}${c.group ? `${c.group.vi} - ${c.label.vi}` : c.label.vi}`,
    ),
  ];
  lines.push(head.map(cell).join(','));
  report.rows.forEach((r, i) => {
    const name = `${'  '.repeat(r.depth)}${r.name}`;
    lines.push(
      [i === 0 ? 'Tổng' : String(i), r.code, name, ...FORM_COLUMNS.map((c) => c.value(r.counters))]
        .map(cell)
        .join(','),
    );
  });
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'),
  ]);
}
