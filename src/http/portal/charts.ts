import { html, type Html } from './html.js';
import { T, fmtNumber, type Lang } from './i18n.js';

export interface Bar {
  label: string;
  value: number | '<3';
}

/**
 * A horizontal bar chart without a library or script: each row is text (which wraps and scales
 * like the page) and a one-bar inline SVG whose width is a percentage attribute (no inline CSS, so
 * the page's Content-Security-Policy stays strict). The list itself is the accessible form of the
 * chart; the bars are decoration. Suppressed cells ("<3") get no bar.
 */
export function barChart(
  lang: Lang,
  id: string,
  title: string,
  bars: Bar[],
  color = '#1d4f91',
): Html {
  const rows = bars.filter((b) => b.value === '<3' || b.value > 0);
  const max = Math.max(1, ...rows.map((b) => (typeof b.value === 'number' ? b.value : 0)));
  return html`<figure class="chart card" aria-labelledby="${id}">
<figcaption id="${id}"><strong>${title}</strong></figcaption>
${
  rows.length === 0
    ? html`<p class="muted">${T(lang, 'Không có số liệu.', 'No data.')}</p>`
    : html`<dl class="bars">${rows.map((b) => {
        const pct =
          typeof b.value === 'number' ? Math.max(1, Math.round((b.value / max) * 100)) : 0;
        return html`<div><dt>${b.label}</dt><dd><svg width="100%" height="18" aria-hidden="true" focusable="false"><rect width="${pct}%" height="18" rx="2" fill="${color}"></rect></svg><span>${typeof b.value === 'number' ? fmtNumber(lang, b.value) : '<3'}</span></dd></div>`;
      })}</dl>`
}
</figure>`;
}
