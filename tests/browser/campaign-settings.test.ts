/**
 * Issue 14, the campaign settings in a real browser: the owner names who signs off a unit's
 * reports (ReportSignerModal);
 * numbers and issues a conclusion notice signed by a deputy (NoticeSignerForm on the session page);
 * and the unit pickers offer only units in force (no dissolved namesake). Screenshots:
 * test-output/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signIn as signInAs } from '../helpers/browser.js';
import { CHROMIUM, launchChromium, startTestServer } from '../helpers/test-server.js';

const screenshots = 'test-output/screenshots';
const NAME = 'Đợt kiểm thử mẫu báo cáo 2026';
const TRAININGS = 'Số lớp tập huấn (kiểm thử)';
const DEPUTY = 'Lê Văn Phó (kiểm thử)';

describe.skipIf(!existsSync(CHROMIUM))('campaign settings (browser)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let officer: Page;
  let thanhPhuoc: Page;
  let campaignUrl = '';
  const pageErrors: string[] = [];

  const signIn = (username: string) =>
    signInAs(browser, server.url, username, { pageErrors, timeout: 30_000 });

  /** The calls a test makes to set up what the screen under test starts from. */
  async function apiAs(page: Page) {
    const me = await (await page.request.get(`${server.url}/api/v1/me`)).json();
    const headers = { 'x-csrf-token': me.csrfToken as string };
    return {
      post: async (url: string, data: unknown) => {
        const res = await page.request.post(`${server.url}${url}`, { headers, data });
        expect(res.status(), await res.text()).toBeLessThan(300);
        return res.json();
      },
      put: async (url: string, data: unknown) => {
        const res = await page.request.put(`${server.url}${url}`, { headers, data });
        expect(res.status(), await res.text()).toBeLessThan(300);
        return res.json();
      },
    };
  }

  /** The option labels a unit picker offers for a search text. */
  async function optionsFor(page: Page, label: string, text: string): Promise<string[]> {
    const box = page.getByLabel(label);
    await box.click();
    await box.fill(text);
    const list = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(async () => list.count()).toBeGreaterThan(0);
    const labels = await list.allTextContents();
    await box.fill('');
    await page.keyboard.press('Escape');
    return labels;
  }

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer({ today: '2026-06-20' });
    browser = await launchChromium();
    officer = await signIn('danvan.tayninh');
    thanhPhuoc = await signIn('diachinh.thanhphuoc');
    // A campaign for two communes; Thạnh Phước answers and submits (set up over HTTP).
    const api = await apiAs(officer);
    const c = await api.post('/api/v1/campaigns', {
      nameVi: NAME,
      nameEn: 'Template test campaign 2026',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      dueOn: '2026-06-30',
      unitCodes: ['27877', '27868'],
      sections: [{ key: 'results', titleVi: 'Kết quả', titleEn: 'Results' }],
      indicators: [
        {
          key: 'trainings',
          labelVi: TRAININGS,
          labelEn: 'Training sessions',
          kind: 'number',
          unitVi: 'lớp',
          unitEn: 'sessions',
        },
      ],
    });
    campaignUrl = `${server.url}/app/campaigns/${c.campaign.id}`;
    const commune = await apiAs(thanhPhuoc);
    const r = await commune.post(`/api/v1/campaigns/${c.campaign.id}/reports`, {
      unitCode: '27877',
    });

    const saved = await commune.put(`/api/v1/unit-reports/${r.report.id}/content`, {
      version: r.report.version,
      indicators: { trainings: 3 },
    });
    await commune.post(`/api/v1/unit-reports/${r.report.id}/actions`, {
      action: 'submit',
      version: saved.report.version,
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('names who signs off the reports of a commune without a head account', async () => {
    await officer.goto(campaignUrl);
    await officer.getByRole('button', { name: 'Giao người ký Xã Bình Thành' }).click();
    const dialog = officer.getByRole('dialog', { name: 'Người ký duyệt báo cáo của đơn vị' });
    await dialog.getByText('Đơn vị chưa có tài khoản Chủ tịch').waitFor();
    await dialog.getByText('Chưa giao').waitFor();
    await dialog.getByLabel('Người ký duyệt').click();
    const option = officer
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Tỉnh Tây Ninh' })
      .first();
    const chosen = ((await option.textContent()) ?? '').split(' — ')[0]!;
    await option.click();
    await dialog.getByLabel('Ghi chú').fill('Xã chưa có Chủ tịch UBND');
    await officer.screenshot({ path: `${screenshots}/campaign-7-report-signer.png` });
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await officer.getByRole('button', { name: 'Giao người ký Xã Bình Thành' }).click();
    await officer
      .getByRole('dialog', { name: 'Người ký duyệt báo cáo của đơn vị' })
      .locator('strong', { hasText: chosen })
      .waitFor();
    await officer.keyboard.press('Escape');
  });

  it('numbers the conclusion notice, has a deputy sign it and issues it', async () => {
    const api = await apiAs(officer);
    const ins = await api.post('/api/v1/inspections', {
      title: 'kiểm tra việc thực hiện "Năm Dân vận chính quyền" năm 2026 (kiểm thử)',
      decisionNumber: '77-QĐ/BDVTU',
      decisionDate: '2026-06-01',
      issuingBody: 'Ban Dân vận Tỉnh ủy Tây Ninh',
      headTitle: 'Phó Trưởng ban Dân vận Tỉnh ủy',
      members: [{ name: DEPUTY, title: 'Phó Trưởng đoàn' }],
      targetUnitCodes: ['27877'],
    });
    const session = await api.post(`/api/v1/inspections/${ins.inspection.id}/sessions`, {
      unitCode: '27877',
      heldOn: '2026-06-15',
      timeOfDay: 'morning',
    });
    await officer.goto(
      `${server.url}/app/inspections/${ins.inspection.id}/sessions/${session.sessions[0].id}`,
    );
    const card = officer.locator('.ant-card', { hasText: 'Số thông báo kết luận và người ký' });
    await card.getByLabel('Số thông báo kết luận').fill('78-TB/ĐKT');
    await card.getByText('Phó trưởng đoàn ký thay (KT. Trưởng đoàn)').click();
    await card.getByLabel('Người ký thay').click();
    await officer
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: DEPUTY })
      .click();
    await card.getByRole('button', { name: 'Lưu số và người ký' }).click();
    await card.getByRole('button', { name: 'Ban hành thông báo' }).click();
    await officer.locator('.ant-popconfirm').getByRole('button', { name: 'Ban hành' }).click();
    await card.getByText(/Đã ban hành thông báo số 78-TB\/ĐKT/).waitFor();
    await officer.screenshot({
      path: `${screenshots}/campaign-8-notice-issued.png`,
      fullPage: true,
    });
    const detail = await (
      await officer.request.get(`${server.url}/api/v1/inspections/${ins.inspection.id}`)
    ).json();
    expect(detail.sessions[0]).toMatchObject({
      noticeNumber: '78-TB/ĐKT',
      signerCapacity: 'deputy',
      signerName: DEPUTY,
    });
    expect(detail.sessions[0].noticeIssuedAt).not.toBeNull();
  });

  it('offers only units in force: no dissolved namesake in the launch and delegation pickers', async () => {
    await officer.goto(`${server.url}/app/campaigns`);
    await officer.getByRole('button', { name: 'Phát động đợt mới' }).click();
    const launch = await optionsFor(officer, 'Đơn vị thực hiện, báo cáo', 'Thạnh Phước');
    // Xã Thạnh Phước 27874 (dissolved 2025) shares the name of today's 27877: one option only.
    expect(launch.filter((l) => /Thạnh Phước/.test(l))).toHaveLength(1);
    expect(launch.every((l) => !/^\d+$/.test(l.trim()))).toBe(true);
    const district = await optionsFor(officer, 'Đơn vị thực hiện, báo cáo', 'Thạnh Hóa');
    expect(district.some((l) => /Huyện Thạnh Hóa/.test(l))).toBe(false);
    await officer.screenshot({ path: `${screenshots}/campaign-9-living-units.png` });
    await officer.keyboard.press('Escape');

    await officer.goto(`${server.url}/app/inspections`);
    await officer.getByRole('button', { name: 'Thành lập đoàn kiểm tra' }).click();
    const date = officer.getByLabel('Ngày quyết định', { exact: true });
    await date.fill('01/06/2026');
    await date.press('Tab');
    const targets = await optionsFor(officer, 'Đơn vị được kiểm tra', 'Thạnh Phước');
    expect(targets.filter((l) => /Thạnh Phước/.test(l))).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });
  it('edits the template after launch: the answered indicator is kept, a new one and a new due date reach the communes', async () => {
    await officer.goto(campaignUrl);
    await officer.getByRole('button', { name: 'Sửa mẫu báo cáo, đơn vị, hạn nộp' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByText('Đã có số liệu').waitFor();
    await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await dialog.getByLabel('Tên chỉ tiêu').last().fill('Số buổi đối thoại (kiểm thử)');
    await dialog.getByLabel('Đơn vị tính', { exact: true }).last().fill('buổi');
    const due = dialog.getByLabel('Hạn nộp báo cáo');
    await due.fill('15/07/2026');
    await due.press('Tab');
    await officer.screenshot({ path: `${screenshots}/campaign-10-template-edit.png` });
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const id = campaignUrl.split('/').pop()!;
    const overview = await (
      await officer.request.get(`${server.url}/api/v1/campaigns/${id}`)
    ).json();
    const labels = overview.template.indicators.map((i: { key: string }) => i.key);
    expect(labels[0]).toBe('trainings');
    expect(overview.template.indicators).toHaveLength(2);
    expect(overview.campaign.dueOn).toBe('2026-07-15');
    const notes = JSON.stringify(
      await (await thanhPhuoc.request.get(`${server.url}/api/v1/notifications`)).json(),
    );
    expect(notes).toContain('được bổ sung 1 chỉ tiêu');
    expect(notes).toContain('15/07/2026');
    expect(pageErrors).toEqual([]);
  });
});
