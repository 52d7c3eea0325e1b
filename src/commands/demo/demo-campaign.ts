import { addDays } from '../../domain/calendar/iso-date.js';
import type { Actor } from '../../domain/access/actor.js';
import { SYSTEM_ACTOR } from '../../domain/access/actor.js';
import { isRole } from '../../domain/access/roles.js';
import { fixedDateClock } from '../../domain/clock.js';
import { invalidateUnitScopes, unitScope } from '../../queries/units/unit-scope.js';
import { createCampaign } from '../campaigns/create-campaign.js';
import { createUnitReport } from '../campaigns/create-unit-report.js';
import { transitionUnitReport } from '../campaigns/transition-unit-report.js';
import type { Ctx } from '../../db/context.js';
import { actOnDialogue } from '../dialogues/act-on-dialogue.js';
import { saveCommitment } from '../dialogues/save-commitment.js';
import { scheduleDialogue } from '../dialogues/schedule-dialogue.js';
import { actOnFinding } from '../inspections/act-on-finding.js';
import { addFinding } from '../inspections/add-finding.js';
import { createInspection } from '../inspections/create-inspection.js';
import { saveInspectionSession } from '../inspections/save-inspection-session.js';
import { advanceModel } from '../models/advance-model.js';
import { registerModel } from '../models/register-model.js';
import {
  ACKNOWLEDGEMENTS,
  CLARIFICATIONS,
  COMMUNE_REPORT,
  DELEGATION,
  DEMO_CAMPAIGN,
  DISTRICT_REPORT,
  MODELS,
  RECOMMENDATIONS,
  SESSION_SUMMARY,
} from './demo-campaign-texts.js';

export interface DemoCampaignSummary {
  campaignId: string;
  inspectionId: string;
  sessionId: string;
  reports: number;
  clarifications: number;
  recommendations: number;
  models: number;
  dialogues: number;
}

/** The demo account as an actor (same shape the session resolver builds). */
async function demoActor(ctx: Ctx, username: string): Promise<Actor> {
  const u = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  if (!isRole(u.role)) throw new Error(`demo user ${username} has no valid role`);
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    unitCode: u.unit_code,
    agencyId: u.agency_id,
    scope: await unitScope(ctx.db, u.unit_code),
    canReadIdentity: u.can_read_identity === 1,
  };
}

/** The context as of a date of the story (commands stamp "today" from the clock). */
const on = (ctx: Ctx, date: string): Ctx => ({ ...ctx, clock: fixedDateClock(date) });

/**
 * The seed article's mass-mobilisation scenario (sample data): the 2019 campaign, the district's
 * and Thạnh Phước commune's reports, the provincial delegation's session of 18/10/2019 with its
 * acknowledgements, four clarification requests and four recommendations (with illustrative
 * follow-up), the three models named in the article, and two dialogue conferences. Every step
 * goes through the commands, as the named demo accounts, so the audit trail tells the story.
 */
export async function loadDemoCampaign({ ctx }: { ctx: Ctx }): Promise<DemoCampaignSummary> {
  invalidateUnitScopes(ctx.db); // units were just written: scopes cached before them are stale
  const admin = SYSTEM_ACTOR;
  const head = await demoActor(ctx, 'chutich.thanhhoa');
  const officer = await demoActor(ctx, 'chuyenvien.thanhhoa');
  const inspector = await demoActor(ctx, 'truongdoan.longan');
  const communeHead = await demoActor(ctx, 'chutich.thanhphuoc');
  const communeOfficer = await demoActor(ctx, 'diachinh.thanhphuoc');

  const communes = (
    await ctx.db
      .selectFrom('units')
      .select('code')
      .where('parent_code', '=', '800')
      .where('valid_from', '<=', '2019-01-01')
      .execute()
  ).map((u) => u.code);
  const { id: campaignId } = await createCampaign({
    ctx: on(ctx, '2019-01-15'),
    actor: admin,
    input: {
      ...DEMO_CAMPAIGN,
      periodFrom: '2019-01-01',
      periodTo: '2019-12-31',
      unitCodes: ['800', ...new Set(communes)],
      sample: true,
    },
  });

  // The three models named in the article.
  for (const m of MODELS) {
    const { id } = await registerModel({
      ctx: on(ctx, '2019-03-15'),
      actor: officer,
      input: {
        name: m.name,
        unitCode: m.unit,
        field: m.field,
        campaignId,
        startedOn: '2019-03-01',
        registeredOn: '2019-03-15',
        description: m.description,
        results: m.results,
        sample: true,
      },
    });
    let version = 1;
    for (const action of m.steps)
      await advanceModel({
        ctx: on(ctx, '2019-09-30'),
        actor: head,
        id,
        input: { action, version: version++ },
      });
  }

  // Dialogue conferences: one held in 2019 in Thạnh Phước (27874), one upcoming in today's Xã Thạnh Phước (27877).
  const { id: past } = await scheduleDialogue({
    ctx: on(ctx, '2019-09-05'),
    actor: communeHead,
    input: {
      unitCode: '27874',
      scheduledOn: '2019-09-20',
      announcedOn: '2019-09-10',
      topic:
        'Đối thoại với Nhân dân về bồi thường, giải phóng mặt bằng và lối đi công cộng (minh họa)',
      location: 'Hội trường UBND xã Thạnh Phước',
      sample: true,
    },
  });
  await actOnDialogue({
    ctx: on(ctx, '2019-09-20'),
    actor: communeHead,
    id: past,
    input: {
      action: 'hold',
      version: 1,
      on: '2019-09-20',
      participants: 'Lãnh đạo Đảng ủy, UBND, Ủy ban MTTQ xã; đại diện Nhân dân các ấp (minh họa)',
      minutes:
        'Ghi nhận 3 ý kiến của Nhân dân về đường thoát nước, lối đi công cộng và tiến độ bồi thường. (Minh họa)',
    },
  });
  await actOnDialogue({
    ctx: on(ctx, '2019-09-27'),
    actor: communeHead,
    id: past,
    input: { action: 'publish_results', version: 2, on: '2019-09-27' },
  });
  const k = on(ctx, '2019-09-27');
  await saveCommitment({
    ctx: k,
    actor: communeHead,
    conferenceId: past,
    input: {
      opinion: 'Nạo vét đường thoát nước ấp 1 (minh họa)',
      owner: 'UBND xã Thạnh Phước',
      dueOn: '2019-12-31',
      status: 'done',
    },
  });
  await saveCommitment({
    ctx: k,
    actor: communeHead,
    conferenceId: past,
    input: {
      opinion: 'Giải quyết tranh chấp lối đi công cộng (minh họa)',
      owner: 'Công chức Địa chính xã',
      dueOn: '2019-11-30',
      status: 'done',
    },
  });
  await saveCommitment({
    ctx: k,
    actor: communeHead,
    conferenceId: past,
    input: {
      opinion: 'Đẩy nhanh tiến độ chi trả bồi thường (minh họa)',
      owner: 'UBND huyện Thạnh Hóa',
      dueOn: '2020-03-31',
      status: 'in_progress',
    },
  });
  // Reports: the district's (January to the inspection) and Thạnh Phước commune's, both submitted.
  const { id: districtReport } = await createUnitReport({
    ctx: on(ctx, '2019-10-10'),
    actor: officer,
    campaignId,
    input: {
      unitCode: '800',
      periodFrom: '2019-01-01',
      periodTo: '2019-10-18',
      sections: DISTRICT_REPORT,
      indicators: { trainings_held: 4 },
      sample: true,
    },
  });
  await transitionUnitReport({
    ctx: on(ctx, '2019-10-15'),
    actor: head,
    id: districtReport,
    input: { action: 'submit', version: 1 },
  });
  const { id: communeReport } = await createUnitReport({
    ctx: on(ctx, '2019-10-12'),
    actor: communeOfficer,
    campaignId,
    input: {
      unitCode: '27874',
      periodFrom: '2019-01-01',
      periodTo: '2019-10-18',
      sections: COMMUNE_REPORT,
      sample: true,
    },
  });
  await transitionUnitReport({
    ctx: on(ctx, '2019-10-16'),
    actor: communeHead,
    id: communeReport,
    input: { action: 'submit', version: 1 },
  });

  // The provincial delegation and its working session of 18/10/2019 (afternoon).
  const { id: inspectionId } = await createInspection({
    ctx: on(ctx, '2019-10-01'),
    actor: inspector,
    input: {
      ...DELEGATION,
      campaignId,
      headUserId: inspector.id,
      headName: null,
      targetUnitCodes: ['800', '27874'],
      issuingUnitCode: '80',
      sample: true,
    },
  });
  const { id: sessionId } = await saveInspectionSession({
    ctx: on(ctx, '2019-10-18'),
    actor: inspector,
    inspectionId,
    input: {
      unitCode: '800',
      heldOn: '2019-10-18',
      timeOfDay: 'afternoon',
      location: 'Huyện ủy Thạnh Hóa',
      summary: SESSION_SUMMARY,
    },
  });
  const session = on(ctx, '2019-10-18');
  await addFinding({
    ctx: session,
    actor: inspector,
    inspectionId,
    sessionId,
    input: { kind: 'acknowledgement', text: ACKNOWLEDGEMENTS.district, unitCode: '800' },
  });
  await addFinding({
    ctx: session,
    actor: inspector,
    inspectionId,
    sessionId,
    input: { kind: 'acknowledgement', text: ACKNOWLEDGEMENTS.commune, unitCode: '27874' },
  });

  for (const c of CLARIFICATIONS) {
    const { id } = await addFinding({
      ctx: session,
      actor: inspector,
      inspectionId,
      sessionId,
      input: { kind: 'clarification', text: c.text, unitCode: '800', dueOn: '2019-10-31' },
    });
    if (!c.answer) continue;
    await actOnFinding({
      ctx: on(ctx, '2019-10-28'),
      actor: head,
      id,
      input: {
        action: 'answer',
        version: 1,
        text: c.answer,
        attachments: [{ fileName: 'bao-cao-bo-sung.pdf', mediaType: 'application/pdf' }],
      },
    });
    if (c.outcome === 'accepted')
      await actOnFinding({
        ctx: on(ctx, '2019-11-04'),
        actor: inspector,
        id,
        input: { action: 'accept', version: 2, note: 'Đạt yêu cầu.' },
      });
  }

  for (const r of RECOMMENDATIONS) {
    const { id } = await addFinding({
      ctx: session,
      actor: inspector,
      inspectionId,
      sessionId,
      input: { kind: 'recommendation', text: r.text, unitCode: '800', dueOn: r.dueOn },
    });
    await actOnFinding({
      ctx: on(ctx, '2019-11-01'),
      actor: head,
      id,
      input: { action: 'start', version: 1, progressPercent: 20 },
    });
    if (r.progress === 100) {
      await actOnFinding({
        ctx: on(ctx, '2019-12-20'),
        actor: head,
        id,
        input: { action: 'complete', version: 2, text: r.note },
      });
      await actOnFinding({
        ctx: on(ctx, '2019-12-27'),
        actor: inspector,
        id,
        input: { action: 'verify', version: 3, note: 'Đoàn đã kiểm tra, xác nhận hoàn thành.' },
      });
    } else
      await actOnFinding({
        ctx: on(ctx, '2019-12-20'),
        actor: head,
        id,
        input: { action: 'progress', version: 2, progressPercent: r.progress, text: r.note },
      });
  }

  const today = ctx.clock.today();
  await scheduleDialogue({
    ctx,
    actor: communeHead,
    input: {
      unitCode: '27877',
      scheduledOn: addDays(today, 21),
      announcedOn: today,
      topic: 'Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm nay (minh họa)',
      location: 'Hội trường UBND xã Thạnh Phước',
      sample: true,
    },
  });

  return {
    campaignId,
    inspectionId,
    sessionId,
    reports: 2,
    clarifications: CLARIFICATIONS.length,
    recommendations: RECOMMENDATIONS.length,
    models: MODELS.length,
    dialogues: 2,
  };
}
