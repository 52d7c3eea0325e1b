/**
 * Every public portal page, in Vietnamese and English, on a 390×844 phone and at desktop width:
 * axe-core finds no critical or serious violation, nothing scrolls sideways, and no developer text
 * shows. Includes the tracking page of a real case, the unknown-code page and lost-code recovery.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { developerText, fitsWidth, seriousViolations } from '../helpers/axe.js';
import { CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';
const ARTICLE = '/tin-tuc/kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-tai-huyen-thanh-hoa';

describe.skipIf(!existsSync(CHROMIUM))('portal accessibility (browser)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let trackingCode = '';

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    // A case filed online, so that its tracking page is audited too.
    const res = await fetch(`${server.url}/gui-don`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        kind: 'feedback',
        unitCode: '27877',
        topicCode: 'infrastructure',
        title: 'Đèn đường ấp 5 không sáng',
        content: 'Đoạn đường ấp 5 không có đèn từ tuần trước, buổi tối rất tối.',
        fullName: 'Trần Văn Thử',
        phone: '0909 555 999',
        consent: 'yes',
        idempotencyKey: 'portal-a11y-key-0001',
      }).toString(),
    });
    trackingCode = /id="tracking-code"[^>]*>([0-9A-Z-]{12})</.exec(await res.text())?.[1] ?? '';
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every page: axe 0 critical/serious, fits a phone, no developer text (vi and en)', async () => {
    expect(trackingCode).not.toBe('');
    const paths = [
      '/',
      '/tin-tuc',
      ARTICLE,
      '/gui-don',
      '/tra-cuu',
      '/cong-khai',
      '/doi-thoai',
      '/thong-ke',
      `/tra-cuu/${trackingCode}`,
      '/tra-cuu/7K3M-Q9XD-2F',
      '/tra-cuu/khoi-phuc',
      '/du-lieu-ca-nhan',
      '/du-lieu-ca-nhan/tinh-trang',
    ];
    const findings: string[] = [];
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      // bypassCSP: the portal forbids inline scripts, and axe is injected as one.
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, bypassCSP: true });
      const page = await context.newPage();
      for (const lang of ['vi', 'en'] as const) {
        for (const path of paths) {
          const url = lang === 'vi' ? path : path === '/' ? '/en/' : `/en${path}`;
          await page.goto(`${server.url}${url}`);
          await page.waitForLoadState('networkidle');
          const label = `${url} @${viewport.width}`;
          const width = await fitsWidth(page);
          if (!width.fits)
            findings.push(
              `${label}: scrolls sideways (${width.scrollWidth} > ${width.innerWidth})`,
            );
          for (const v of await seriousViolations(page))
            findings.push(`${label}: axe ${v.impact} ${v.id}\n    ${v.nodes.join('\n    ')}`);
          for (const d of await developerText(page)) findings.push(`${label}: ${d}`);
          if (viewport.width === 390 && lang === 'vi' && path === '/tra-cuu/7K3M-Q9XD-2F')
            await page.screenshot({
              path: `${screenshots}/portal-unknown-code.png`,
              fullPage: true,
            });
        }
      }
      await context.close();
    }
    expect(findings).toEqual([]);
  }, 240_000);
});
