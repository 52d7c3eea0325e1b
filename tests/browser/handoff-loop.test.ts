/**
 * Issue 13's loop in a real browser, each person logged in as themselves: a citizen submits a
 * recommendation on the portal (phone) → it is at once in the reception officer's queue, with a
 * notification and an e-mail (local SMTP server) → accepted → the head assigns it → the handler
 * verifies, drafts the answer and submits it for signature → the head signs it → the answer is
 * issued and the citizen e-mailed → the citizen rates it 1/5 and asks to re-open on the portal →
 * the head sees both on the case and reopens it → the handler's queue holds it again.
 * At every hand-off the case file says whose turn it is. axe runs on the new screens.
 * Screenshots go to test-output/screenshots/handoff-*.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { developerText, fitsWidth, seriousViolations } from '../helpers/axe.js';
import { ENGINES } from '../helpers/engines.js';
import { startSmtp } from '../helpers/smtp.js';
import { pickOption, switchUser } from '../helpers/browser.js';
import { CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';
const CITIZEN_EMAIL = 'nguyen.van.thu@example.com';
const CITIZEN_PHONE = '0909555777';
const TITLE = 'Đề nghị lắp đèn đường tuyến chợ – trường học ấp 5';
const ANSWER = 'UBND xã sẽ lắp 12 bóng đèn LED trên tuyến đường ấp 5 trước ngày 30/04/2026.';

// Each step drives a real browser against a server shared with other agents: minutes, not seconds.
describe.skipIf(!existsSync(CHROMIUM))('hand-off loop in the browser', { timeout: 180_000 }, () => {
  describe.each(ENGINES)('%s', (engine) => {
    let server: Awaited<ReturnType<typeof startTestServer>>;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let browser: Browser;
    let staff: BrowserContext;
    let page: Page;
    let code = '';
    let caseUrl = '';
    const pageErrors: string[] = [];
    const a11y: string[] = [];

    beforeAll(async () => {
      mkdirSync(screenshots, { recursive: true });
      smtp = await startSmtp();
      server = await startTestServer({
        engine,
        today: '2026-03-02',
        env: {
          DANVAN_SMTP_URL: smtp.url,
          DANVAN_MAIL_FROM: 'no-reply@danvan.example',
          DANVAN_OUTBOX_SECONDS: '1',
        },
      });
      browser = await launchChromium();
      // bypassCSP: the workspace CSP forbids inline scripts, and axe is injected as one.
      staff = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        locale: 'vi-VN',
        bypassCSP: true,
      });
      page = await staff.newPage();
      page.setDefaultTimeout(20_000);
      page.on('pageerror', (e) => pageErrors.push(e.message));
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await smtp?.close();
    });

    const shot = (name: string) =>
      page.screenshot({ path: `${screenshots}/handoff-${engine}-${name}.png`, fullPage: true });

    /** axe (critical and serious) and the developer-text scan on the screen as it is now. */
    async function audit(label: string): Promise<void> {
      for (const v of await seriousViolations(page))
        a11y.push(`${label}: ${v.id} (${v.impact}) ${v.nodes.join(' | ')}`);
      for (const d of await developerText(page)) a11y.push(`${label}: ${d}`);
    }

    const loginAs = (username: string) => switchUser(page, server.url, username);

    /** "Hàng đợi của tôi", narrowed to the followed case by its code (the search box). */
    async function queueRow(): Promise<ReturnType<Page['getByRole']>> {
      await page.goto(`${server.url}/app/queue?q=${encodeURIComponent(code)}`);
      await page.getByRole('heading', { level: 1, name: 'Hàng đợi của tôi' }).waitFor();
      return page.getByRole('row', { name: new RegExp(code) });
    }

    /** Waits until the queue (searched by code) has loaded, and tells whether the case is in it. */
    async function inQueue(): Promise<boolean> {
      const row = await queueRow();
      await page
        .locator('.dv-case-row')
        .or(page.getByText('Không có hồ sơ nào khớp với bộ lọc.'))
        .first()
        .waitFor();
      return (await row.count()) > 0;
    }

    /** The next-step banner's text on the open case file. */
    const banner = async () => (await page.locator('.dv-next-step').textContent()) ?? '';

    /** Opens an action's form from the case file, fills it and confirms; waits for the dialog to close. */
    async function act(action: string, fill: () => Promise<void> = async () => undefined) {
      await page.goto(caseUrl);
      await page.locator('.dv-next-step').waitFor();
      await page.getByRole('button', { name: action, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await fill();
      await dialog.getByRole('button', { name: 'Xác nhận' }).click();
      try {
        await dialog.waitFor({ state: 'hidden' });
      } catch (e) {
        // What kept the dialog open (a field error, a problem from the server) for the report.
        await shot(`failed-${action}`).catch(() => undefined);
        throw new Error(`"${action}" stayed open: ${(await dialog.innerText()).slice(0, 600)}`, {
          cause: e,
        });
      }
    }

    /** Picks the option containing `text` in the open dialog's select labelled `label`. */
    const pick = (label: string, text: string) =>
      pickOption(page, label, text, page.getByRole('dialog'));

    /** Unread notifications about the followed case in the header bell (opens the popover). */
    async function bellShowsCase(): Promise<string> {
      await page.getByRole('button', { name: /^Thông báo: \d+ chưa đọc$/ }).click();
      const note = page.locator('.dv-note-unread', { hasText: code }).first();
      await note.waitFor();
      return note.innerText();
    }

    const mailTo = (address: string, after = 0) =>
      smtp.mails.slice(after).filter((m) => m.to.includes(address) && m.subject.includes(code));

    it('takes an online recommendation from a citizen on a phone', async () => {
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'vi-VN',
      });
      const p = await phone.newPage();
      p.on('pageerror', (e) => pageErrors.push(e.message));
      await p.goto(`${server.url}/gui-don`);
      await p.getByRole('radio', { name: /^Kiến nghị/ }).check();
      await p.getByLabel('Xã, phường nơi gửi đơn').selectOption('27877');
      await p.getByLabel('Lĩnh vực').selectOption('infrastructure');
      await p.getByLabel('Tiêu đề').fill(TITLE);
      await p
        .getByLabel('Nội dung chi tiết')
        .fill(
          'Đoạn đường 400 m từ chợ ấp 5 đến trường tiểu học không có đèn, học sinh đi học buổi tối rất nguy hiểm.',
        );
      await p.getByLabel('Họ và tên').fill('Nguyễn Văn Thử');
      await p.getByLabel('Số điện thoại').fill(CITIZEN_PHONE);
      await p.getByLabel('Thư điện tử').fill(CITIZEN_EMAIL);
      await p.getByLabel('Tôi đã đọc và đồng ý.').check();
      await p.getByRole('button', { name: 'Gửi đơn' }).click();
      await p.getByRole('heading', { name: 'Đơn của bạn đã được tiếp nhận' }).waitFor();
      code = (await p.locator('#tracking-code').textContent())!.trim();
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
      await p.screenshot({ path: `${screenshots}/handoff-${engine}-1-portal.png`, fullPage: true });
      await phone.close();
      // The citizen's receipt e-mail carries the tracking code.
      await expect.poll(() => mailTo(CITIZEN_EMAIL).length, { timeout: 30_000 }).toBeGreaterThan(0);
    });

    it("puts it in the reception officer's queue at once, with a notification and an e-mail", async () => {
      await loginAs('tiepdan.thanhphuoc');
      expect(await inQueue()).toBe(true);
      await shot('2-desk-queue');
      await audit('queue (reception)');
      expect(await bellShowsCase()).toContain(code);
      await page.locator('.dv-notifications').screenshot({
        path: `${screenshots}/handoff-${engine}-3-bell.png`,
      });
      await audit('notifications popover');
      await expect
        .poll(() => mailTo('tiepdan.thanhphuoc@gov.vn.example').length, { timeout: 30_000 })
        .toBeGreaterThan(0);
      // The notification opens the case, marked read; the case says it is this officer's turn.
      await page
        .locator('.dv-note-unread', { hasText: code })
        .first()
        .locator('.dv-note-open')
        .click();
      await page.waitForURL(/\/app\/petitions\/[^/]+$/);
      caseUrl = page.url();
      await page.locator('.dv-next-step-mine').waitFor();
      expect(await banner()).toContain('Đến lượt bạn');
      expect(await banner()).toContain('xử lý đơn');
      await shot('4-desk-case');
      await audit('case file (reception)');
    });

    it('accepts it: the case leaves the desk and waits for the head to assign', async () => {
      await act('Thụ lý');
      await page.locator('.dv-case-header').getByText('Đã thụ lý', { exact: true }).waitFor();
      await page.locator('.dv-next-step:not(.dv-next-step-mine)').waitFor();
      expect(await banner()).toContain('giao cán bộ xác minh, giải quyết');
      expect(await inQueue()).toBe(false);
    });

    it('lets the head, notified, assign the land officer', async () => {
      await loginAs('chutich.thanhphuoc');
      expect(await inQueue()).toBe(true);
      expect(await bellShowsCase()).toContain('giao cán bộ');
      await page.keyboard.press('Escape');
      await act('Giao xác minh', () => pick('Giao cho', 'Địa chính'));
      await page
        .locator('.dv-case-header')
        .getByText('Đã giao xác minh', { exact: true })
        .waitFor();
      expect(await banner()).toContain('Công chức Địa chính xã Thạnh Phước');
      expect(await inQueue()).toBe(false);
    });

    it('lets the handler verify, draft the answer and submit it for signature', async () => {
      await loginAs('diachinh.thanhphuoc');
      expect(await inQueue()).toBe(true);
      expect(await bellShowsCase()).toContain(code);
      await page.keyboard.press('Escape');
      await act('Bắt đầu xác minh');
      await act('Ghi nhận kết quả xác minh', () =>
        page
          .getByLabel('Kết quả xác minh', { exact: true })
          .fill('Đã kiểm tra hiện trạng: 400 m đường chưa có đèn, cần 12 cột đèn.'),
      );
      expect(await banner()).toContain('Đến lượt bạn');
      await act('Trình ký dự thảo', async () => {
        await pick('Kết quả giải quyết', 'Tiếp thu');
        await page.getByLabel('Dự thảo nội dung trả lời, quyết định').fill(ANSWER);
      });
      await page.locator('.dv-drafts-card').getByText('Chờ lãnh đạo ký duyệt').waitFor();
      expect(await banner()).toContain('xem xét dự thảo');
      await shot('5-handler-submitted');
      expect(await inQueue()).toBe(false);
    });

    it('lets the head read the draft and sign it; the citizen is e-mailed the answer', async () => {
      await loginAs('chutich.thanhphuoc');
      expect(await inQueue()).toBe(true);
      await page.goto(caseUrl);
      await page.locator('.dv-drafts-card').getByText(ANSWER).waitFor();
      expect(await banner()).toContain('Đến lượt bạn');
      // Draft → approve: the head signs or returns the draft; no direct decision around it.
      expect(
        await page.getByRole('button', { name: 'Ban hành quyết định, kết luận' }).count(),
      ).toBe(0);
      await page.getByRole('button', { name: 'Trả lại dự thảo' }).first().waitFor();
      await shot('6-head-draft');
      await audit('case file with a draft (head)');
      const mailsBefore = smtp.mails.length;
      await act('Ký duyệt, ban hành', async () => {
        // The form starts from the draft; the head signs it as it is.
        expect(
          await page
            .getByLabel('Nội dung trả lời, quyết định (có thể sửa trước khi ký)')
            .inputValue(),
        ).toBe(ANSWER);
      });
      await page
        .locator('.dv-case-header')
        .getByText('Đã có quyết định, kết luận', { exact: true })
        .waitFor();
      await page.locator('.dv-drafts-card').getByText('Đã ký duyệt, ban hành').waitFor();
      await expect
        .poll(() => mailTo(CITIZEN_EMAIL, mailsBefore).length, { timeout: 30_000 })
        .toBeGreaterThan(0);
    });

    it('lets the citizen rate the answer 1/5 and ask to re-open it on the portal', async () => {
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'vi-VN',
      });
      const p = await phone.newPage();
      p.on('pageerror', (e) => pageErrors.push(e.message));
      await p.goto(`${server.url}/tra-cuu/${code}`);
      await p.getByText(ANSWER).waitFor();
      await p.getByRole('radio', { name: /^1 –/ }).check();
      await p.getByLabel('Góp ý (không bắt buộc)').fill('Mới lắp 3 bóng, đoạn gần trường vẫn tối.');
      await p.locator('#contact-rate').fill(CITIZEN_EMAIL);
      await p.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await p.getByText('Cảm ơn bạn đã đánh giá.').waitFor();
      await p.getByLabel('Lý do *').fill('Đèn mới lắp được 3 bóng, đoạn gần trường học vẫn tối.');
      await p.locator('#contact-reopen').fill(CITIZEN_PHONE);
      await p.getByRole('button', { name: 'Gửi yêu cầu xem xét lại' }).click();
      await p.waitForURL(/done=reopen/);
      await p.screenshot({
        path: `${screenshots}/handoff-${engine}-7-portal-reopen.png`,
        fullPage: true,
      });
      await phone.close();
    });

    it('shows the head the rating and the request; the head reopens the case', async () => {
      await loginAs('chutich.thanhphuoc');
      expect(await inQueue()).toBe(true);
      expect(await bellShowsCase()).toContain(code);
      await page.keyboard.press('Escape');
      await page.goto(caseUrl);
      const feedback = page.locator('.dv-feedback-card');
      await feedback.getByText('1/5 điểm').waitFor();
      await feedback.getByText('Mới lắp 3 bóng, đoạn gần trường vẫn tối.').waitFor();
      await feedback.getByText('Đèn mới lắp được 3 bóng, đoạn gần trường học vẫn tối.').waitFor();
      await feedback.getByText('Chờ lãnh đạo quyết định').waitFor();
      expect(await banner()).toContain('quyết định yêu cầu xem xét lại');
      // The timeline reads as words, never as event codes.
      const timeline = page.locator('.dv-timeline');
      await timeline.getByText('Người gửi đơn đánh giá kết quả').waitFor();
      await timeline.getByText('Người gửi đơn yêu cầu xem xét lại').waitFor();
      expect(await timeline.innerText()).not.toMatch(/citizen_rated|reopen_requested/);
      await shot('8-head-feedback');
      await audit('case file with feedback (head)');
      // The unit's monitor counts the low rating and the pending request, and lists the case.
      await page.goto(`${server.url}/app/monitor`);
      const monitor = page.locator('.dv-monitor-feedback');
      await monitor.getByRole('link', { name: code }).waitFor();
      expect(await monitor.innerText()).toMatch(/1\s*Yêu cầu xem xét lại chờ quyết định/);
      await shot('8b-head-monitor');
      await audit('monitor with feedback (head)');
      await act('Mở lại hồ sơ', () =>
        page
          .getByLabel('Nội dung cần giải quyết tiếp')
          .fill('Lắp đủ 12 bóng, ưu tiên đoạn gần trường.'),
      );
      await page.locator('.dv-case-header').getByText('Đang xác minh', { exact: true }).waitFor();
      await feedback.getByText('Đã mở lại hồ sơ').waitFor();
      expect(await inQueue()).toBe(false);
    });

    it("puts the reopened case back in the handler's queue", async () => {
      await loginAs('diachinh.thanhphuoc');
      expect(await inQueue()).toBe(true);
      await shot('9-handler-queue-again');
      await page.goto(caseUrl);
      await page.locator('.dv-next-step-mine').waitFor();
      expect(await banner()).toContain('soạn dự thảo');
      await shot('10-handler-case-again');
      // On a phone the banner, the draft history and the feedback fit the width.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.locator('.dv-feedback-card').waitFor();
      expect((await fitsWidth(page)).fits).toBe(true);
      await shot('11-handler-case-phone');
      await audit('case file (handler, phone)');
      await page.setViewportSize({ width: 1366, height: 900 });
      expect(a11y).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  });
});
