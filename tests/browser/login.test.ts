/**
 * The officials' workspace in a real browser: redirect to login, sign in as the admin,
 * see the workspace frame, switch to English, sign out. Screenshots go to
 * test-output/screenshots/ (gitignored) for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { HAS_CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';

describe.skipIf(!HAS_CHROMIUM)('workspace login (browser)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'vi-VN',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('redirects an anonymous visitor to the login page, in Vietnamese', async () => {
    await page.goto(`${server.url}/app/`);
    await page.waitForURL(/\/app\/login/);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.getByLabel('Tên đăng nhập').waitFor();
    await page.screenshot({ path: `${screenshots}/login-1-page.png` });
  });

  it('says so when the password is wrong', async () => {
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
    await page.keyboard.press('Enter');
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    expect(page.url()).toContain('/app/login');
  });

  it('signs the admin in and shows the workspace', async () => {
    await page.getByLabel('Mật khẩu', { exact: true }).fill(server.adminPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Xin chào/ }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/app\/?$/);
    await expect.poll(() => page.locator('header').first().textContent()).toContain('Dân Vận');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByText('Tổng quan')
      .waitFor();
    await page.getByRole('tree', { name: 'Cây đơn vị hành chính' }).waitFor();
    await page.screenshot({ path: `${screenshots}/login-2-overview.png` });
  });

  it('switches to English and remembers it', async () => {
    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByText('Overview').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
    await page.screenshot({ path: `${screenshots}/login-3-overview-en.png` });
  });

  it('shows a not-found page inside the workspace', async () => {
    await page.goto(`${server.url}/app/no-such-screen`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await page.getByRole('link', { name: /Back to Overview/ }).click();
    await page.getByRole('heading', { level: 1, name: /Hello/ }).waitFor();
  });

  it('signs out from the user menu', async () => {
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/app\/login/);
    await page.getByText('You have signed out.').waitFor();
    await page.screenshot({ path: `${screenshots}/login-4-signed-out.png` });

    // The session is gone on the server too: the workspace asks for a login again.
    await page.goto(`${server.url}/app/`);
    await page.waitForURL(/\/app\/login/);
    expect(pageErrors).toEqual([]);
  });
});
