/**
 * Importing a legacy register in a real browser: the head of a commune uploads the sample
 * letters register, sees the preview (read, would add, per-row outcome and deadline), confirms,
 * and sees the cases added; the register with mistakes shows its per-row errors and cannot be
 * confirmed. Screenshots go to test-output/screenshots/register-import-*.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe.js';
import { submitLogin } from '../helpers/browser.js';
import { HAS_CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';
const SAMPLES = path.resolve(import.meta.dirname, '..', '..', 'resources', 'samples');

describe.skipIf(!HAS_CHROMIUM)('legacy register import (browser)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer({ today: '2026-06-30' });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      // axe-core is injected as an inline script, which the workspace's CSP forbids.
      bypassCSP: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await submitLogin(page, server.url, 'chutich.thanhphuoc');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the errors of a bad register and refuses to confirm it', async () => {
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByText('Quản trị').click();
    await nav.getByText('Nhập sổ theo dõi đơn thư cũ').click();
    await page.getByRole('heading', { level: 1, name: 'Nhập sổ theo dõi đơn thư cũ' }).waitFor();
    await page
      .getByLabel('Tệp sổ theo dõi (.xlsx, .csv)')
      .setInputFiles(path.join(SAMPLES, 'so-theo-doi-don-thu-LOI-MAU.csv'));
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText(/Có 7 dòng lỗi/).waitFor();
    await page.getByText(/"31\/02\/2025" không phải ngày hợp lệ/).waitFor();
    await page.getByText('Thiếu nội dung đơn.').waitFor();
    expect(await page.getByRole('button', { name: /Xác nhận nhập/ }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${screenshots}/register-import-1-errors.png`, fullPage: true });
  });

  it('previews the sample letters register, confirms it and shows the cases added', async () => {
    await page
      .getByLabel('Tệp sổ theo dõi (.xlsx, .csv)')
      .setInputFiles(path.join(SAMPLES, 'so-theo-doi-don-thu-MAU.csv'));
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const confirm = page.getByRole('button', { name: 'Xác nhận nhập 40 hồ sơ' });
    await confirm.waitFor();
    await page
      .getByText(/hạn xử lý \d{2}\/\d{2}\/\d{4}/)
      .first()
      .waitFor();
    await page.getByText('Danh tính được giữ bí mật').first().waitFor();
    await page.screenshot({ path: `${screenshots}/register-import-2-preview.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.click();
    await page.getByText('Đã nhập 40 hồ sơ từ so-theo-doi-don-thu-MAU.csv.').waitFor();
    await page.screenshot({ path: `${screenshots}/register-import-3-done.png`, fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
