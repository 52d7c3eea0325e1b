/**
 * Personal data (Law 91/2025/QH15, issue 12) across people, in a real browser:
 * - a citizen files online, then asks on the portal for erasure of their data with the tracking
 *   code + phone (a validation error keeps what was typed; a wrong phone is refused), and receives
 *   a request code and the answer deadline;
 * - the commune chairman sees the request in the workspace with its clock, answers it (erasure
 *   says what the archives law keeps), and the citizen's status page shows the answer;
 * - the chairman records a breach, sees the 72-hour clock and marks it notified.
 * axe finds no critical or serious violation on the new screens; screenshots (desktop and
 * 390×844) go to test-output/screenshots/privacy-*.png for a human to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { fitsWidth, seriousViolations } from '../helpers/axe.js';
import { DEMO_PASSWORD } from '../helpers/browser.js';
import { CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const CITIZEN_PHONE = '0909 555 321';

describe.skipIf(!existsSync(CHROMIUM))('personal-data requests and breaches (browser)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    // axe is injected as an inline script, which the pages' CSP forbids.
    const context = await browser.newContext({
      viewport,
      locale: 'vi-VN',
      deviceScaleFactor: 1,
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return page;
  }

  async function official(username: string, viewport: { width: number; height: number }) {
    const page = await newPage(viewport);
    const res = await page.request.post(`${server.url}/api/v1/auth/login`, {
      data: { username, password: DEMO_PASSWORD },
    });
    expect(res.ok()).toBe(true);
    return page;
  }

  async function openApp(page: Page, path: string) {
    await page.goto(`${server.url}/app${path}`);
    await page.locator('#main-content h1').first().waitFor();
    await page.waitForLoadState('networkidle');
  }

  async function clean(page: Page, label: string) {
    const found = (await seriousViolations(page)).map((v) => `${label}: ${v.id} ${v.nodes[0]}`);
    expect(found).toEqual([]);
    expect(await fitsWidth(page)).toMatchObject({ fits: true });
  }

  let trackingCode = '';
  let requestCode = '';

  it('a citizen withdraws consent on the portal and gets a request code and deadline', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${server.url}/gui-don`);
    await page.getByRole('radio', { name: /^Phản ánh/ }).check();
    await page.getByLabel('Xã, phường nơi gửi đơn').selectOption('27877');
    await page.getByLabel('Tiêu đề').fill('Rác thải tồn đọng ở chợ ấp 4');
    await page
      .getByLabel('Nội dung chi tiết')
      .fill('Bãi rác cạnh chợ ấp 4 không được thu gom hai tuần nay, bốc mùi ảnh hưởng dân cư.');
    await page.getByLabel('Họ và tên').fill('Phạm Thị Dữ Liệu');
    await page.getByLabel('Số điện thoại').fill(CITIZEN_PHONE);
    await page.getByLabel('Tôi đã đọc và đồng ý.').check();
    await page.getByRole('button', { name: 'Gửi đơn' }).click();
    trackingCode = (await page.locator('#tracking-code').textContent())!.trim();
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);

    // From the tracking page's link, with the code filled in.
    await page.goto(`${server.url}/tra-cuu/${trackingCode}`);
    await page.getByRole('link', { name: /Yêu cầu xem, sửa, xóa dữ liệu cá nhân/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Yêu cầu về dữ liệu cá nhân' }).waitFor();
    expect(await page.getByLabel('Mã hồ sơ').inputValue()).toBe(trackingCode);
    await clean(page, 'portal request form');

    // No description: refused, what was typed stays.
    await page.getByRole('radio', { name: /^Rút lại sự đồng ý/ }).check();
    await page.getByLabel('Số điện thoại hoặc thư điện tử đã khai khi gửi đơn').fill(CITIZEN_PHONE);
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.getByText('Hãy mô tả yêu cầu (ít nhất 5 ký tự).').first().waitFor();
    expect(await page.getByRole('radio', { name: /^Rút lại sự đồng ý/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('Mã hồ sơ').inputValue()).toBe(trackingCode);
    expect(
      await page.getByLabel('Số điện thoại hoặc thư điện tử đã khai khi gửi đơn').inputValue(),
    ).toBe(CITIZEN_PHONE);

    // A phone that is not the one given: refused with the API's message.
    await page
      .getByLabel('Số điện thoại hoặc thư điện tử đã khai khi gửi đơn')
      .fill('0909 000 111');
    await page
      .getByLabel('Nội dung yêu cầu')
      .fill('Tôi rút lại sự đồng ý xử lý dữ liệu ngoài việc giải quyết đơn này.');
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page
      .getByText('Số điện thoại hoặc thư điện tử không khớp với thông tin đã khai khi gửi đơn.')
      .first()
      .waitFor();
    await page.screenshot({
      path: `${screenshots}/privacy-1-portal-error-phone.png`,
      fullPage: true,
    });

    await page.getByLabel('Số điện thoại hoặc thư điện tử đã khai khi gửi đơn').fill(CITIZEN_PHONE);
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.getByText('Đã nhận yêu cầu của bạn.').waitFor();
    requestCode = (await page.getByTestId('privacy-code').textContent())!.trim();
    expect(requestCode).toMatch(/^DL-/);
    await expect
      .poll(() => page.locator('dd').nth(3).textContent())
      .toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await page.screenshot({
      path: `${screenshots}/privacy-2-portal-receipt-phone.png`,
      fullPage: true,
    });
    await clean(page, 'portal receipt');
  }, 120_000);

  it('the chairman sees it arrive, answers it, and the citizen reads the answer', async () => {
    expect(requestCode).not.toBe('');
    const head = await official('chutich.thanhphuoc', DESKTOP);
    await openApp(head, '/privacy/requests');
    const row = head.locator('tr', { hasText: requestCode });
    await row.waitFor();
    await row.getByText('Chờ trả lời').waitFor();
    await row.getByText(/Còn \d+ ngày/).waitFor();
    await head.screenshot({
      path: `${screenshots}/privacy-3-requests-desktop.png`,
      fullPage: true,
    });
    await clean(head, 'requests desktop');

    await row.getByRole('button', { name: 'Trả lời' }).click();
    let dialog = head.getByRole('dialog');
    await dialog.getByText('Sự đồng ý của người gửi đơn được ghi là đã rút lại.').waitFor();
    await dialog
      .getByLabel('Nội dung trả lời gửi người dân')
      .fill('UBND xã đã ghi nhận việc ông/bà rút lại sự đồng ý từ hôm nay.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Đã trả lời').waitFor();

    const phone = await official('chutich.thanhphuoc', PHONE);
    await openApp(phone, '/privacy/requests');
    await phone.locator('tr', { hasText: requestCode }).waitFor();
    await phone.screenshot({ path: `${screenshots}/privacy-5-requests-phone.png`, fullPage: true });
    await clean(phone, 'requests phone');

    const citizen = await newPage(PHONE);
    await citizen.goto(`${server.url}/du-lieu-ca-nhan/tinh-trang`);
    await citizen.getByLabel('Mã yêu cầu').fill(requestCode);
    await citizen.getByLabel('Mã hồ sơ').fill(trackingCode);
    await citizen
      .getByLabel('Số điện thoại hoặc thư điện tử đã khai khi gửi đơn')
      .fill(CITIZEN_PHONE);
    await citizen.getByRole('button', { name: 'Xem tình trạng' }).click();
    expect(await citizen.getByTestId('privacy-status').textContent()).toBe('Đã trả lời');
    expect(await citizen.getByTestId('privacy-answer').textContent()).toContain(
      'rút lại sự đồng ý',
    );
    await citizen.screenshot({ path: `${screenshots}/privacy-6-status-phone.png`, fullPage: true });
    await clean(citizen, 'portal status');

    // Erasure: the citizen asks, the chairman is told what the archives law keeps and answers.
    await citizen.getByRole('link', { name: 'Gửi yêu cầu khác' }).click();
    await citizen.getByRole('radio', { name: /^Xóa dữ liệu cá nhân/ }).check();
    await citizen.getByLabel('Mã hồ sơ').fill(trackingCode);
    await citizen
      .getByLabel('Số điện thoại hoặc thư điện tử đã khai khi gửi đơn')
      .fill(CITIZEN_PHONE);
    await citizen.getByLabel('Nội dung yêu cầu').fill('Đề nghị xóa số điện thoại của tôi.');
    await citizen.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    const erasureCode = (await citizen.getByTestId('privacy-code').textContent())!.trim();
    await head.reload();
    const erasure = head.locator('tr', { hasText: erasureCode });
    await erasure.getByRole('button', { name: 'Trả lời' }).click();
    dialog = head.getByRole('dialog');
    await dialog.getByText(/Họ tên, địa chỉ và nội dung đơn được giữ lại/).waitFor();
    await dialog
      .getByLabel('Nội dung trả lời gửi người dân')
      .fill('UBND xã đã xóa số điện thoại của ông/bà; hồ sơ đơn được lưu trữ theo luật.');
    await head.screenshot({ path: `${screenshots}/privacy-4-erasure-dialog.png` });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await erasure.getByText(/Giữ lại theo luật/).waitFor();
    await erasure.getByText(/Luật Lưu trữ 2024/).waitFor();

    // The phone was erased: it no longer proves the case on the portal.
    await citizen.goto(`${server.url}/du-lieu-ca-nhan/tinh-trang`);
    await citizen.getByLabel('Mã yêu cầu').fill(erasureCode);
    await citizen.getByLabel('Mã hồ sơ').fill(trackingCode);
    await citizen
      .getByLabel('Số điện thoại hoặc thư điện tử đã khai khi gửi đơn')
      .fill(CITIZEN_PHONE);
    await citizen.getByRole('button', { name: 'Xem tình trạng' }).click();
    await citizen
      .getByText('Số điện thoại hoặc thư điện tử không khớp với thông tin đã khai khi gửi đơn.')
      .first()
      .waitFor();
  }, 120_000);

  it('the chairman records a breach, sees the 72-hour clock and marks it notified', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const head = await official('chutich.thanhphuoc', viewport);
      await openApp(head, '/privacy/breaches');
      await head.getByRole('button', { name: 'Ghi nhận sự cố' }).click();
      const dialog = head.getByRole('dialog');
      const what = `Máy tính bộ phận một cửa bị mất (${name}), có bảng kê người gửi đơn.`;
      await dialog.getByLabel('Mô tả sự cố').fill(what);
      await dialog.getByLabel('Loại dữ liệu bị ảnh hưởng').fill('Họ tên');
      await dialog.getByLabel('Loại dữ liệu bị ảnh hưởng').press('Enter');
      await dialog.getByLabel('Số người bị ảnh hưởng').fill('42');
      await dialog
        .getByLabel('Biện pháp đã thực hiện')
        .fill('Khóa tài khoản, đổi mật khẩu, báo công an xã.');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'detached' });
      const row = head.locator('tr', { hasText: what });
      await row.getByText(/Còn 7[12] giờ/).waitFor();
      await head.screenshot({
        path: `${screenshots}/privacy-7-breach-${name}.png`,
        fullPage: true,
      });
      await clean(head, `breaches ${name}`);
      await row.getByRole('button', { name: 'Ghi nhận đã thông báo' }).click();
      await head.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
      await head.getByRole('dialog').waitFor({ state: 'detached' });
      await row.getByText('Đã thông báo').waitFor();
      await row.getByText(/A05/).waitFor();
      await head.screenshot({
        path: `${screenshots}/privacy-8-breach-notified-${name}.png`,
        fullPage: true,
      });
      await head.context().close();
    }
  }, 120_000);

  it('threw no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
