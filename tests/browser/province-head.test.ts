/**
 * The demo's province head (`chutich.tayninh`, Tây Ninh 80) in a real browser, on the demo as
 * `npm start` loads it: at first login his queue holds this year's further denunciations against
 * the communes' conclusions (Law on Denunciations 2018 Art. 37), each his turn, the denouncer
 * sealed; he opens Thạnh Phước's and concludes the review, and it leaves his queue.
 * Screenshots: test-output/screenshots/province-head-*.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { demoFurtherDenunciations } from '../../src/domain/petition/index.js';
import { signIn } from '../helpers/browser.js';
import { CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';
const TODAY = '2026-04-01';

describe.skipIf(!existsSync(CHROMIUM))("the demo's province head (browser)", () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const samples = demoFurtherDenunciations(TODAY);

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer({ today: TODAY });
    browser = await launchChromium();
    page = await signIn(browser, server.url, 'chutich.tayninh', { pageErrors });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the further denunciations in his queue at first login, the denouncer sealed', async () => {
    await page.goto(`${server.url}/app/queue`);
    const rows = page.locator('.dv-case-row');
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(samples.length);
    for (const sample of samples) {
      const row = rows.filter({ hasText: sample.trackingCode });
      await row.waitFor();
      const text = await row.innerText();
      expect(text).toContain(sample.title);
      expect(text).toContain('Đến lượt bạn');
      expect(text).toContain('Danh tính người tố cáo được bảo mật');
    }
    const seen = await page.locator('#main-content').innerText();
    for (const sample of samples) expect(seen).not.toContain(sample.petitioners[0]!.fullName);
    await page.screenshot({ path: `${screenshots}/province-head-queue.png`, fullPage: true });
  });

  it("concludes Thạnh Phước's review from the case file; it leaves his queue", async () => {
    const thanhPhuoc = samples.find((s) => s.unitCode === '27877')!;
    await page.locator('.dv-case-row').filter({ hasText: thanhPhuoc.trackingCode }).click();
    await page.waitForURL(/\/app\/petitions\/[\w-]+$/);
    await page.getByRole('button', { name: 'Kết quả xem xét tố cáo tiếp', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Kết quả xem xét', { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: 'Giữ nguyên kết luận',
      })
      .first()
      .click();
    await dialog
      .getByLabel('Nội dung kết quả xem xét', { exact: true })
      .fill('Kết luận nội dung tố cáo của Chủ tịch UBND xã đúng pháp luật; giữ nguyên.');
    await page.screenshot({ path: `${screenshots}/province-head-conclude.png` });
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.goto(`${server.url}/app/queue`);
    const rows = page.locator('.dv-case-row');
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(samples.length - 1);
    expect(await page.locator('#main-content').innerText()).not.toContain(thanhPhuoc.trackingCode);
  });

  it('threw no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
