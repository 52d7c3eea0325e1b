/**
 * The queue's first page the server wrote into #root (decision 0018) stays on screen until React
 * has drawn a screen of its own: it is moved out of React's container (which React would empty
 * on its first render, showing a spinner in its place), the container is hidden meanwhile, and
 * both are swapped once the app shows rows, an empty queue, the login form or an error, or after
 * a few seconds whatever it shows.
 */
const DRAWN = '.dv-case-row, .ant-empty, .dv-login, [role="alert"]';

export function keepServerRendered(container: HTMLElement): void {
  const ssr = container.querySelector<HTMLElement>(':scope > [data-ssr]');
  if (!ssr) return;
  container.before(ssr);
  container.hidden = true;
  let timer = 0;
  const swap = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    ssr.remove();
    container.hidden = false;
  };
  const observer = new MutationObserver(() => {
    if (container.querySelector(DRAWN)) swap();
  });
  observer.observe(container, { childList: true, subtree: true });
  timer = window.setTimeout(swap, 8000);
}
