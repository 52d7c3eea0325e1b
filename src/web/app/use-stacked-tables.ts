import { useEffect } from 'react';

/** Class set on an antd table wrapper whose rows are shown stacked (see responsive.css). */
export const STACKED = 'dv-stacked';

/** Copies each column title onto its body cells (data-label), for the stacked layout. */
function label(wrapper: Element): void {
  const table = wrapper.querySelector('table');
  const head = table?.tHead;
  // Grouped headers (several header rows, colspans) cannot be mapped cell by cell: those tables
  // keep their columns and scroll inside their own box.
  if (!table || !head || head.rows.length !== 1) return;
  const titles = Array.from(head.rows[0]!.cells).map((c) => (c.textContent ?? '').trim());
  if (titles.some((_, i) => (head.rows[0]!.cells[i]!.colSpan ?? 1) > 1)) return;
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      Array.from(row.cells).forEach((cell, i) => {
        const title = cell.colSpan > 1 ? '' : (titles[i] ?? '');
        if (cell.getAttribute('data-label') !== title) cell.setAttribute('data-label', title);
      });
    }
  }
  if (!wrapper.classList.contains(STACKED)) wrapper.classList.add(STACKED);
}

/**
 * A table box that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable):
 * it gets a tab stop and the table's caption or the nearest heading as its name.
 */
function focusableScroller(box: HTMLElement): void {
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  if (scrolls && box.tabIndex !== 0) {
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    const name =
      box.querySelector('caption')?.textContent ??
      box.closest('.ant-card')?.querySelector('.ant-card-head-title')?.textContent ??
      document.title;
    box.setAttribute('aria-label', name.trim());
  } else if (!scrolls && box.getAttribute('role') === 'region') {
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
}

/**
 * On a phone, every antd table inside `rootId` is shown as stacked rows: one card per row, one
 * line per cell with its column title in front. Done here, once, rather than on every screen,
 * so screens written by others (campaigns, admin, reports) fit a 360 px screen unchanged.
 * A table opts out with the class `dv-keep-columns` on its wrapper. On every screen size, table
 * boxes that still scroll sideways get a keyboard tab stop.
 */
export function useStackedTables(rootId: string, enabled: boolean): void {
  useEffect(() => {
    const root = document.getElementById(rootId);
    if (!root) return;
    if (!enabled)
      root.querySelectorAll(`.${STACKED}`).forEach((el) => el.classList.remove(STACKED));
    let frame = 0;
    const apply = () => {
      frame = 0;
      if (enabled) {
        root
          .querySelectorAll('.ant-table-wrapper:not(.dv-keep-columns)')
          .forEach((wrapper) => label(wrapper));
      }
      root
        .querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')
        .forEach(focusableScroller);
    };
    apply();
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(apply);
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [rootId, enabled]);
}
