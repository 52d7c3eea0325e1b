import { useT } from '../i18n/i18n-context';
import { usePercent } from '../campaigns/shared';
import type { SummaryReport } from './api';
import { FORM_COLUMNS, headerRows } from './form-columns';

/** The report rows as the printed form: two header rows, the root unit first in bold. */
export function SummaryTable({ report }: { report: SummaryReport }) {
  const t = useT();
  const percent = usePercent();
  const { top, bottom } = headerRows(FORM_COLUMNS);
  const cell = (v: number | null, isPercent?: boolean) =>
    v === null ? '—' : isPercent ? percent(v).replace('%', '') : v;

  return (
    <div
      className="dv-rp-table-wrap"
      tabIndex={0}
      role="region"
      aria-label={t('Bảng số liệu Biểu số 01/XLD')}
    >
      <table className="dv-rp-table">
        <caption className="dv-visually-hidden">{t('TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="dv-rp-index">
              {t('STT')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('Đơn vị')}
            </th>
            {top.map((h, i) => (
              <th key={i} scope="colgroup" colSpan={h.colSpan} rowSpan={h.rowSpan}>
                {t.pick(h.label)}
              </th>
            ))}
          </tr>
          <tr>
            {bottom.map((label, i) => (
              <th key={i} scope="col">
                {t.pick(label)}
              </th>
            ))}
          </tr>
          <tr>
            <th className="dv-rp-index"></th>
            <th>MS</th>
            {FORM_COLUMNS.map((col, i) => (
              <th key={i}>{col.no ? `(${col.no})` : ''}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, i) => (
            <tr key={row.key} className={row.depth === 0 ? 'dv-rp-root' : undefined}>
              <td className="dv-rp-index">{i === 0 ? '' : i}</td>
              <th scope="row" style={{ paddingLeft: 6 + row.depth * 16 }}>
                {row.name}
              </th>
              {FORM_COLUMNS.map((col, c) => (
                <td key={c}>{cell(col.value(row.counters), col.percent)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
