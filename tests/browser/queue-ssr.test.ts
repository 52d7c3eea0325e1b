/**
 * The queue's first page drawn by the server (decision 0018), in a real browser: before any of
 * the app's scripts runs (JavaScript disabled, or the scripts refused) the first row is on screen
 * with the same text React's row shows once mounted; React then replaces the server's HTML without
 * asking for the queue again; the server's page passes the axe check at desktop and phone widths;
 * an official who chose English gets the server's rows in English, equal to React's English row.
 * Screenshots: test-output/screenshots/ssr-queue-*.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Cookie } from 'playwright-core';
import { seriousViolations } from '../helpers/axe.js';
import { signIn } from '../helpers/browser.js';
import { CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

describe.skipIf(!existsSync(CHROMIUM))('queue first page from the server (browser)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let cookies: Cookie[];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer({ today: '2026-03-02' });
    browser = await launchChromium();
    const page = await signIn(browser, server.url, 'diachinh.thanhphuoc');
    cookies = await page.context().cookies();
    await page.context().close();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A signed-in tab; `scripts: false` refuses the app's scripts (the page as the server wrote it). */
  async function tab(viewport: typeof DESKTOP, opts: { scripts?: boolean; js?: boolean } = {}) {
    const context = await browser.newContext({
      viewport,
      locale: 'vi-VN',
      javaScriptEnabled: opts.js ?? true,
      // axe is injected as an inline script, which the workspace's CSP forbids.
      bypassCSP: opts.scripts === false,
    });
    await context.addCookies(cookies);
    if (opts.scripts === false)
      await context.route(/\/app\/(assets\/[^?]*\.js|preload\.js)(\?.*)?$/, (r) => r.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }

  const firstRow = async (page: Awaited<ReturnType<typeof tab>>, selector: string) => {
    const row = page.locator(selector).first();
    await row.waitFor();
    return {
      text: (await row.textContent())!,
      seen: await row.innerText(),
      link: await row.locator('a.dv-code').getAttribute('href'),
      // The tints: the status tag's class (STATUS_TONE) and the deadline badge's (DEADLINE_BADGE).
      tint: await row.locator('.dv-status-tag').getAttribute('class'),
      deadline: await row.locator('.dv-deadline').getAttribute('class'),
    };
  };

  it("shows the first row before the scripts, with React's text once mounted", async () => {
    const noJs = await tab(DESKTOP, { js: false });
    await noJs.goto(`${server.url}/app/queue`);
    const server0 = await firstRow(noJs, '.dv-case-row');
    expect(server0.link).toMatch(/^\/app\/petitions\/[\w-]+$/);
    expect(server0.seen).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    // A real link, covering the row: a click on the row without JavaScript opens the case file.
    await noJs.locator('.dv-case-row').first().click();
    await noJs.waitForURL(`${server.url}${server0.link}`);
    await noJs.context().close();

    const app = await tab(DESKTOP);
    const asked: string[] = [];
    app.on('request', (r) => {
      if (r.url().includes('/api/v1/petitions')) asked.push(r.url());
    });
    await app.goto(`${server.url}/app/queue`);
    // React's own row: in the container React renders into, once the server's copy is gone.
    const react = await firstRow(app, '#root .dv-case-row');
    await expect.poll(() => app.locator('[data-ssr]').count()).toBe(0);
    expect(react.text).toBe(server0.text);
    expect(react.seen).toBe(server0.seen);
    expect(react.link).toBe(server0.link);
    expect(server0.tint).toMatch(/^dv-status-tag dv-status-tag-(new|work|hold|done|final|away)$/);
    expect(react.tint).toBe(server0.tint);
    expect(react.deadline).toBe(server0.deadline);
    // The app took the page's copy of the queue: it did not ask the API for it.
    expect(asked.filter((u) => u.includes('waitingForMe'))).toEqual([]);
    // And the app works: the row opens the case file.
    await app.locator('#root .dv-case-row').first().click();
    await app.waitForURL(`${server.url}${server0.link}`);
    await app.context().close();
  });

  it("draws an English official's rows in English, equal to React's English row", async () => {
    // The official chose English (the app keeps it in localStorage); the app copies it into the
    // `lang` cookie once it runs (decision 0019-h20).
    const app = await tab(DESKTOP);
    await app.context().addInitScript(() => localStorage.setItem('danvan.lang', 'en'));
    await app.goto(`${server.url}/app/`);
    await expect
      .poll(async () => (await app.context().cookies()).find((c) => c.name === 'lang')?.value)
      .toBe('en');
    const lang = (await app.context().cookies()).find((c) => c.name === 'lang')!;
    expect(lang.path).toBe('/app');
    expect(lang.sameSite).toBe('Lax');

    // The page as the server writes it, before any script: in English.
    const noJs = await tab(DESKTOP, { js: false });
    await noJs.context().addCookies([lang]);
    await noJs.goto(`${server.url}/app/queue`);
    const server0 = await firstRow(noJs, '.dv-case-row');
    expect(await noJs.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => noJs.locator('h1').textContent()).toBe('My queue');
    expect(server0.seen).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(server0.seen).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await noJs.context().close();

    // React's row once mounted, in the same language: the same words, tints and link.
    await app.goto(`${server.url}/app/queue`);
    const react = await firstRow(app, '#root .dv-case-row');
    await expect.poll(() => app.locator('[data-ssr]').count()).toBe(0);
    expect(react.text).toBe(server0.text);
    expect(react.seen).toBe(server0.seen);
    expect(react.tint).toBe(server0.tint);
    expect(react.deadline).toBe(server0.deadline);
    expect(react.link).toBe(server0.link);
    await app.context().close();
  });

  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`passes the axe check before the scripts run (${name})`, async () => {
      const page = await tab(viewport, { scripts: false });
      await page.goto(`${server.url}/app/queue`);
      await page.locator('[data-ssr] .dv-case-row').first().waitFor();
      await page.screenshot({ path: `${screenshots}/ssr-queue-${viewport.width}.png` });
      expect(await seriousViolations(page)).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);
      await page.context().close();
    });
  }
});
