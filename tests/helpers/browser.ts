/**
 * Steps the browser tests share: signing in through the login screen, switching the signed-in
 * account, typing a dd/mm/yyyy date, picking an antd select option, and a JSON caller over HTTP
 * to seed what a screen under test starts from.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/commands/demo/demo-users.js';

export { DEMO_PASSWORD };

/** Fills the login screen with `username` and `password`, submits, and waits for the greeting. */
export async function submitLogin(
  page: Page,
  url: string,
  username: string,
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${url}/app/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /Xin chào/ }).waitFor();
}

export interface SignInOptions {
  /** Collects the page's uncaught errors, each prefixed with the username. */
  pageErrors?: string[];
  /** The page's default timeout for actions and waits (ms); 15 s unless told. */
  timeout?: number;
  viewport?: { width: number; height: number };
  password?: string;
}

/**
 * A page in a new browser context (Vietnamese, downloads accepted), signed in as `username`
 * through the login screen; demo accounts' password unless told.
 */
export async function signIn(
  browser: Browser,
  url: string,
  username: string,
  opts: SignInOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1366, height: 768 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(opts.timeout ?? 15_000);
  const errors = opts.pageErrors;
  if (errors) page.on('pageerror', (error) => errors.push(`${username}: ${error.message}`));
  await submitLogin(page, url, username, opts.password);
  return page;
}

/**
 * Signs the page's context out (cookies cleared) and in again as `username` through the login
 * screen; waits until the workspace has left the login screen.
 */
export async function switchUser(
  page: Page,
  url: string,
  username: string,
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${url}/app/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.includes('/login'));
}

/** Types a dd/mm/yyyy date into a DateInput found by its label and commits it (blur). */
export async function typeDate(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.fill(value);
  await box.press('Tab');
}

/**
 * Opens an antd select by its label (looked for in `scope`, the whole page unless told) and
 * clicks the first open option containing `text`.
 */
export async function pickOption(
  page: Page,
  label: string,
  text: string,
  scope: Page | Locator = page,
): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: text,
    })
    .first()
    .click();
}

/** A JSON caller signed in over HTTP as `username` (demo password unless told); throws on a non-2xx. */
export async function apiAs(url: string, username: string, password: string = DEMO_PASSWORD) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
}
