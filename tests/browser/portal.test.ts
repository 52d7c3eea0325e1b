/**
 * The public portal in a real browser: read the seed article in both languages, submit online on a
 * phone-sized screen, receive a code and track it, and a double click that creates one case.
 * Screenshots go to test-output/screenshots/ for a human to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';
const ARTICLE = '/tin-tuc/kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-tai-huyen-thanh-hoa';

describe.skipIf(!existsSync(CHROMIUM))('public portal (browser)', () => {
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

  async function open(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return page;
  }

  async function fillForm(page: Page, title: string) {
    await page.getByRole('radio', { name: /^Phản ánh/ }).check();
    await page.getByLabel('Xã, phường nơi gửi đơn').selectOption('27877');
    await page.getByLabel('Lĩnh vực').selectOption('infrastructure');
    await page.getByLabel('Tiêu đề').fill(title);
    await page
      .getByLabel('Nội dung chi tiết')
      .fill(
        'Đoạn đường từ cầu Ấp 3 đến trường tiểu học không có đèn từ tuần trước, buổi tối rất tối.',
      );
    await page.getByLabel('Họ và tên').fill('Trần Thị Mẫu');
    await page.getByLabel('Số điện thoại').fill('0909555001');
    await page.getByLabel('Tôi đã đọc và đồng ý.').check();
  }

  it('shows the home page and reads the seed article in Vietnamese and English', async () => {
    const page = await open({ width: 1280, height: 900 });
    await page.goto(`${server.url}/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: `${screenshots}/portal-1-home.png`, fullPage: true });
    await page
      .getByRole('link', {
        name: "Kiểm tra việc thực hiện 'Năm Dân vận chính quyền' tại huyện Thạnh Hóa",
      })
      .first()
      .click();
    await page.waitForURL(`**${ARTICLE}`);
    await page.getByText('18/10/2019 - 18:40').waitFor();
    await page.getByText('Bùi Tùng', { exact: true }).waitFor();
    expect(await page.locator('figure img').count()).toBe(2);
    await page.screenshot({ path: `${screenshots}/portal-2-article-vi.png`, fullPage: true });
    await page
      .getByRole('navigation', { name: 'Ngôn ngữ' })
      .getByRole('link', { name: 'English' })
      .click();
    await page.waitForURL(`**/en${ARTICLE}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page
      .getByRole('heading', {
        level: 1,
        name: "Inspection of the 'Year of Government Mass Mobilisation' in Thạnh Hóa district",
      })
      .waitFor();
    await page.getByText('18 Oct 2019, 18:40').waitFor();
    await page.screenshot({ path: `${screenshots}/portal-3-article-en.png`, fullPage: true });
    await page.goto(`${server.url}/thong-ke`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: `${screenshots}/portal-4-statistics.png`, fullPage: true });
  });

  it('submits online on a phone, shows the code and tracks it', async () => {
    const page = await open({ width: 390, height: 844 });
    await page.goto(`${server.url}/gui-don`);
    await page.screenshot({ path: `${screenshots}/portal-5-form-mobile.png`, fullPage: true });
    await fillForm(page, 'Đèn đường ấp 3 không sáng');
    await page.getByRole('button', { name: 'Gửi đơn' }).click();
    await page.getByRole('heading', { name: 'Đơn của bạn đã được tiếp nhận' }).waitFor();
    const code = (await page.locator('#tracking-code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    await page.screenshot({
      path: `${screenshots}/portal-6-confirmation-mobile.png`,
      fullPage: true,
    });
    await page.getByRole('link', { name: 'Xem hồ sơ của tôi' }).click();
    await page.waitForURL(`**/tra-cuu/${code}`);
    await page.getByText('Đã tiếp nhận', { exact: true }).first().waitFor();
    expect(await page.content()).not.toContain('Trần Thị Mẫu');
    await page.screenshot({ path: `${screenshots}/portal-7-track-mobile.png`, fullPage: true });
    // Officials answer it through the API; the citizen sees the answer and rates it.
    const login = async (username: string) => {
      const r = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'DanVan@2019!' }),
      });
      return {
        cookie: r.headers.get('set-cookie')!.split(';')[0]!,
        csrf: ((await r.json()) as { csrfToken: string }).csrfToken,
      };
    };
    const act = async (
      s: { cookie: string; csrf: string },
      id: string,
      action: string,
      input: Record<string, unknown> = {},
    ) => {
      const r = await fetch(`${server.url}/api/v1/petitions/${id}/actions/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
        body: JSON.stringify({ input }),
      });
      expect(r.status, action).toBe(200);
    };
    const desk = await login('tiepdan.thanhphuoc');
    const head = await login('chutich.thanhphuoc');
    const found = (await (
      await fetch(`${server.url}/api/v1/petitions?q=${encodeURIComponent(code)}`, {
        headers: { cookie: desk.cookie },
      })
    ).json()) as { items: Array<{ id: string }> };
    const id = found.items[0]!.id;
    const users = (await (
      await fetch(`${server.url}/api/v1/petitions/${id}/assignees`, {
        headers: { cookie: head.cookie },
      })
    ).json()) as { items?: Array<{ id: string }> } | Array<{ id: string }>;
    const assignee = (Array.isArray(users) ? users : (users.items ?? []))[0]!.id;
    await act(desk, id, 'process_accept');
    await act(head, id, 'assign', { assigneeId: assignee });
    await act(head, id, 'decide', {
      result: 'accepted',
      summary: 'UBND xã đã thay bóng đèn và kiểm tra toàn tuyến đường ấp 3 ngày 27/11.',
    });
    await page.reload();
    await page.getByText('UBND xã đã thay bóng đèn').waitFor();
    await page.getByRole('radio', { name: /4 – Hài lòng/ }).check();
    await page.locator('#contact-rate').fill('0909 555 001');
    await page.screenshot({ path: `${screenshots}/portal-8-answer-mobile.png`, fullPage: true });
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Cảm ơn bạn đã đánh giá.').waitFor();
    // The home page's track box finds it too, typed loosely.
    await page.goto(`${server.url}/`);
    await page.getByLabel('Mã hồ sơ').fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.waitForURL(`**/tra-cuu/${code}`);
  });

  it('creates one case when the submit button is double-clicked', async () => {
    const page = await open({ width: 390, height: 844 });
    await page.goto(`${server.url}/gui-don`);
    const title = `Cống ấp 5 bị tắc ${Date.now()}`;
    await fillForm(page, title);
    await page.getByRole('button', { name: 'Gửi đơn' }).dblclick();
    await page.getByRole('heading', { name: 'Đơn của bạn đã được tiếp nhận' }).waitFor();
    const res = await fetch(`${server.url}/open311/v2/requests.json?service_code=infrastructure`);
    const list = (await res.json()) as Array<{ description: string }>;
    expect(list.filter((r) => r.description === title)).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
});
