/**
 * Administration in a real browser: the admin creates an account (one-time password shown),
 * adds a holiday in the calendar screen and sees it listed with the recompute summary.
 * Screenshots go to test-output/screenshots/admin-*.png for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { submitLogin } from '../helpers/browser.js';
import { HAS_CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';

/** The first Monday–Friday on or after 18 November of this year, as ISO and dd/mm/yyyy. */
function weekdayInNovember(): { iso: string; vn: string } {
  const d = new Date(Date.UTC(new Date().getFullYear(), 10, 18));
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  const iso = d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split('-');
  return { iso, vn: `${day}/${m}/${y}` };
}

describe.skipIf(!HAS_CHROMIUM)('administration (browser)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await submitLogin(page, server.url, 'admin', server.adminPassword);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates an account and shows its one-time password', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByText('Quản trị').click();
    await nav.getByText('Tài khoản và vai trò').click();
    await page.getByRole('heading', { level: 1, name: 'Tài khoản và vai trò' }).waitFor();
    await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill('canbo.thunghiem');
    await dialog.getByLabel('Họ tên, chức danh').fill('Cán bộ thử nghiệm');
    await dialog.getByLabel('Đơn vị').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.screenshot({ path: `${screenshots}/admin-1-user-form.png` });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const password = page.getByTestId('one-time-password');
    await password.waitFor();
    expect(await password.textContent()).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    await page.screenshot({ path: `${screenshots}/admin-2-password.png` });
    await page.getByRole('button', { name: 'Đã ghi lại' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'canbo.thunghiem' }).waitFor();
    await page.screenshot({ path: `${screenshots}/admin-3-users.png` });
  });

  it('adds a holiday in the calendar screen and lists it', async () => {
    const day = weekdayInNovember();
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByText('Lịch làm việc').click();
    await page.getByRole('heading', { level: 1, name: 'Lịch làm việc' }).waitFor();
    await page.getByText('Quốc khánh').first().waitFor();
    const form = page.locator('form[id="calendar-entry"]');
    await form.getByLabel('Ngày', { exact: true }).fill(day.vn);
    await form.getByLabel('Tên tiếng Việt').fill('Ngày nghỉ thử nghiệm');
    await form.getByLabel('Tên tiếng Anh').fill('Test day off');
    await form.getByLabel('Căn cứ').fill('Quyết định số 01/QĐ-UBND (thử nghiệm)');
    await form.getByRole('button', { name: 'Thêm vào lịch' }).click();
    await page.getByText('Đã lưu và tính lại thời hạn').waitFor();
    const entries = page.getByTestId('calendar-entries');
    await entries.getByText('Ngày nghỉ thử nghiệm').waitFor();
    await expect.poll(() => entries.textContent()).toContain(day.vn);
    // The year's day-off list shows it too, with its source.
    await page
      .getByRole('cell', { name: 'Quyết định số 01/QĐ-UBND (thử nghiệm)' })
      .first()
      .waitFor();
    await page.screenshot({ path: `${screenshots}/admin-4-calendar.png`, fullPage: true });
  });

  it('shows the deadline rules and the topics', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByText('Quy định thời hạn').click();
    await page.getByRole('heading', { level: 1, name: 'Quy định thời hạn' }).waitFor();
    await page
      .getByRole('cell', { name: /ngày làm việc/ })
      .first()
      .waitFor();
    await page.screenshot({ path: `${screenshots}/admin-5-rules.png` });
    await nav.getByText('Danh mục lĩnh vực').click();
    await page.getByRole('heading', { level: 1, name: 'Danh mục lĩnh vực' }).waitFor();
    await page.getByRole('cell', { name: 'land_clearance_compensation' }).waitFor();
    await page.screenshot({ path: `${screenshots}/admin-6-topics.png` });
    expect(pageErrors).toEqual([]);
  });
});
