/**
 * Issue 14, the 2026 campaign journey in a real browser: the province's mass-mobilisation officer
 * launches a campaign for two communes; both submit; one is returned and resubmitted; the
 * consolidated figures sum both and the downloads open (unzip + parse); a recommendation is
 * marked done by the commune and verified by the delegation. Screenshots: test-output/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signIn as signInAs, typeDate } from '../helpers/browser.js';
import { CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';
const NAME = 'Năm Dân vận chính quyền năm 2026 (kiểm thử)';
const TRAININGS = 'Số lớp tập huấn, quán triệt đã tổ chức';
const RECOMMENDATION = 'Niêm yết công khai thủ tục hành chính tại bộ phận một cửa (kiểm thử).';

describe.skipIf(!existsSync(CHROMIUM))('2026 campaign journey (browser)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: Page;
  let thanhPhuoc: Page;
  let binhThanh: Page;
  let campaignUrl = '';
  const reportUrl: Record<string, string> = {};
  const pageErrors: string[] = [];

  const signIn = (username: string) => signInAs(browser, server.url, username, { pageErrors });

  async function pickUnit(page: Page, name: string) {
    const box = page.getByLabel('Đơn vị thực hiện, báo cáo');
    await box.click();
    await box.fill(name);
    await page.locator('.ant-select-item-option', { hasText: name }).first().click();
  }

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer({ today: '2026-06-20' });
    browser = await launchChromium();
    officer = await signIn('danvan.tayninh');
    thanhPhuoc = await signIn('diachinh.thanhphuoc');
    binhThanh = await signIn('diachinh.binhthanh');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the province mass-mobilisation officer launch a campaign for two communes', async () => {
    await officer.goto(`${server.url}/app/campaigns`);
    await officer.getByRole('button', { name: 'Phát động đợt mới' }).click();
    const drawer = officer.getByRole('dialog');
    await drawer.getByLabel('Tên đợt, phong trào').fill(NAME);
    await drawer
      .getByLabel('Tên tiếng Anh')
      .first()
      .fill('Year of Government Mass Mobilisation 2026 (test)');
    await drawer.getByLabel('Phương châm', { exact: true }).fill('Kỷ cương, liêm chính, hành động');
    await drawer.getByLabel('Phương châm (tiếng Anh)').fill('Discipline, integrity, action');
    await typeDate(officer, 'Hạn nộp báo cáo', '30/06/2026');
    await pickUnit(officer, 'Xã Thạnh Phước');
    await pickUnit(officer, 'Xã Bình Thành');
    await officer.keyboard.press('Escape');
    await officer.screenshot({ path: `${screenshots}/campaign-1-launch.png`, fullPage: true });
    await drawer.getByRole('button', { name: 'Phát động', exact: true }).click();
    await officer.waitForURL(/\/app\/campaigns\/[\w-]+$/);
    campaignUrl = officer.url();
    await officer.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await officer.getByText('30/06/2026').first().waitFor();
    await officer.getByRole('cell', { name: 'Xã Bình Thành', exact: true }).waitFor();
    await officer.getByRole('cell', { name: 'Xã Thạnh Phước', exact: true }).waitFor();
  });

  for (const [who, unit, value] of [
    ['thanhPhuoc', 'Xã Thạnh Phước', '3'],
    ['binhThanh', 'Xã Bình Thành', '4'],
  ] as const) {
    it(`lets ${unit} see what it owes and submit its report`, async () => {
      const page = who === 'thanhPhuoc' ? thanhPhuoc : binhThanh;
      await page.goto(`${server.url}/app/campaigns`);
      const owed = page.locator('.ant-card', { hasText: 'Báo cáo đơn vị cần nộp' });
      await owed.getByText('30/06/2026').waitFor();
      await owed.getByRole('link', { name: NAME }).click();
      await page.getByRole('button', { name: `Lập báo cáo ${unit}` }).click();
      await page.waitForURL(/\/app\/unit-reports\/[\w-]+$/);
      reportUrl[unit] = page.url();
      await page.getByLabel(TRAININGS).fill(value);
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await page.getByText('Đã gửi').first().waitFor();
    });
  }

  it('lets the owner return one report; the commune revises and resubmits', async () => {
    await officer.goto(reportUrl['Xã Bình Thành']!);
    await officer.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    await officer.getByLabel('Nội dung cần bổ sung').fill('Bổ sung số lớp tập huấn quý II.');
    await officer.getByRole('dialog').getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    await officer.getByText('Bổ sung số lớp tập huấn quý II.').first().waitFor();

    await binhThanh.goto(reportUrl['Xã Bình Thành']!);
    await binhThanh.getByText('Báo cáo bị trả lại để bổ sung').waitFor();
    await binhThanh.getByLabel(TRAININGS).fill('6');
    await binhThanh.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await binhThanh.getByText('Đã gửi').first().waitFor();
    await binhThanh.getByRole('cell', { name: /Bổ sung số lớp tập huấn quý II\./ }).waitFor();
    await binhThanh.screenshot({
      path: `${screenshots}/campaign-2-resubmitted.png`,
      fullPage: true,
    });
  });

  it('consolidates both units and the downloads open', async () => {
    await officer.goto(campaignUrl);
    const table = officer.locator('.dv-cp-consolidation');
    const row = table.getByRole('row', { name: new RegExp(TRAININGS) });
    await expect
      .poll(async () => ((await row.textContent()) ?? '').replace(/\s+/g, ' '))
      .toMatch(/6\s*3\s*9\s*4,5/);
    await officer.screenshot({
      path: `${screenshots}/campaign-3-consolidated.png`,
      fullPage: true,
    });

    const [xlsx] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('link', { name: 'Tải bảng tổng hợp (.xlsx)' }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[2] === TRAININGS)?.slice(4)).toEqual([6, 3, 9, 4.5]);

    const [docx] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('link', { name: 'Tải báo cáo tổng hợp (.docx)' }).click(),
    ]);
    const xml = await (
      await JSZip.loadAsync(readFileSync((await docx.path())!))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('BÁO CÁO TỔNG HỢP');
    expect(xml).toContain('Xã Bình Thành');

    await thanhPhuoc.goto(reportUrl['Xã Thạnh Phước']!);
    const [unitDocx] = await Promise.all([
      thanhPhuoc.waitForEvent('download'),
      thanhPhuoc.getByRole('link', { name: 'Tải báo cáo (.docx)' }).click(),
    ]);
    const unitXml = await (
      await JSZip.loadAsync(readFileSync((await unitDocx.path())!))
    )
      .file('word/document.xml')!
      .async('string');
    expect(unitXml).toContain(TRAININGS);
  });

  it('has a recommendation marked done by the commune and verified by the delegation', async () => {
    const me = await (await officer.request.get(`${server.url}/api/v1/me`)).json();
    const headers = { 'x-csrf-token': me.csrfToken as string };
    const ins = await (
      await officer.request.post(`${server.url}/api/v1/inspections`, {
        headers,
        data: {
          title: 'kiểm tra việc thực hiện "Năm Dân vận chính quyền" năm 2026',
          decisionNumber: '45-QĐ/BDVTU',
          decisionDate: '2026-06-01',
          issuingBody: 'Ban Dân vận Tỉnh ủy Tây Ninh',
          headTitle: 'Phó Trưởng ban Dân vận Tỉnh ủy',
          members: [],
          targetUnitCodes: ['27877'],
        },
      })
    ).json();
    const session = await (
      await officer.request.post(`${server.url}/api/v1/inspections/${ins.inspection.id}/sessions`, {
        headers,
        data: { unitCode: '27877', heldOn: '2026-06-15', timeOfDay: 'morning' },
      })
    ).json();
    const rec = await (
      await officer.request.post(
        `${server.url}/api/v1/inspections/${ins.inspection.id}/sessions/${session.sessions[0].id}/findings`,
        { headers, data: { kind: 'recommendation', text: RECOMMENDATION, dueOn: '2026-09-30' } },
      )
    ).json();
    const head = await signIn('chutich.thanhphuoc');
    await head.goto(`${server.url}/app/findings/${rec.id}`);
    await head.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
    await head.getByLabel('Kết quả thực hiện, minh chứng').fill('Đã niêm yết tại bộ phận một cửa.');
    await head.getByRole('button', { name: /Xác nhận: Đánh dấu hoàn thành/ }).click();
    await head.getByText('Đơn vị báo đã hoàn thành, chờ Đoàn xác nhận').first().waitFor();
    await officer.goto(`${server.url}/app/findings/${rec.id}`);
    await officer.getByRole('button', { name: 'Xác nhận đã hoàn thành' }).click();
    await officer.getByRole('button', { name: /Xác nhận: Xác nhận đã hoàn thành/ }).click();
    await officer.getByText('Đã hoàn thành (Đoàn đã xác nhận)').first().waitFor();
    await officer.screenshot({
      path: `${screenshots}/campaign-4-recommendation-verified.png`,
      fullPage: true,
    });
    expect(pageErrors).toEqual([]);
  });
});
