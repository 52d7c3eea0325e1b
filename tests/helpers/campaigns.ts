import type { Session, TestApp } from './test-app.js';

/**
 * Launches a campaign through POST /api/v1/campaigns as `as` (who must manage campaigns) and
 * returns the created campaign as the API answers it (campaign, template, units); fails the test
 * unless it is created (201). `fields` is the request body: name, period, units and, when the
 * campaign does not take the default template, its sections and indicators.
 */
export async function launchCampaign(
  t: TestApp,
  as: Session,
  fields: {
    nameVi: string;
    nameEn: string;
    periodFrom: string;
    periodTo: string;
    unitCodes: string[];
    [more: string]: unknown;
  },
) {
  const res = await t.call(as, 'POST', '/api/v1/campaigns', fields);
  if (res.statusCode !== 201) throw new Error(`launch failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Opens a unit's report in a campaign (POST …/reports) and returns its id; fails unless 201. */
export async function openUnitReport(
  t: TestApp,
  as: Session,
  campaignId: string,
  unitCode: string,
): Promise<string> {
  const res = await t.call(as, 'POST', `/api/v1/campaigns/${campaignId}/reports`, { unitCode });
  if (res.statusCode !== 201) throw new Error(`report failed: ${res.statusCode} ${res.body}`);
  return res.json().report.id as string;
}
