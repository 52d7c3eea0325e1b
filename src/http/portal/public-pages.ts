import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../db/context.js';
import {
  PETITION_KIND_LABELS,
  RESULT_LABELS,
  isPetitionKind,
} from '../../domain/petition/index.js';
import {
  customPeriod,
  periodById,
  periodsOfYear,
  type ReportPeriod,
} from '../../domain/reports/periods.js';
import { listPublishedArticles } from '../../queries/news/articles.js';
import { listPublishedAnswers } from '../../queries/portal/published-answers.js';
import { currentUnits, type PortalUnit } from '../../queries/portal/portal-reference.js';
import {
  publicStatistics,
  type PublicStatistics,
} from '../../queries/reports/public-statistics.js';
import { loadPeriodConfig } from '../../queries/reports/summary-report.js';
import { barChart } from './charts.js';
import { flag, html, type Html } from './html.js';
import { T, fmtDate, fmtNumber, href, tr, type Lang } from './i18n.js';
import { crumbs, page, pager } from './layout.js';
import { newsItem } from './news-pages.js';
import { pageNumber, pageRoute, qs, sendPage } from './respond.js';
import { trackForm } from './track-form.js';

const ANSWERS_PAGE = 10;
const num = (lang: Lang, n: number | '<3') => (typeof n === 'number' ? fmtNumber(lang, n) : '<3');
const pct = (lang: Lang, n: number | null) =>
  n === null
    ? T(lang, 'chưa công bố', 'not published')
    : `${n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}%`;
const unitName = (lang: Lang, u: PortalUnit) => (lang === 'en' && u.nameEn ? u.nameEn : u.name);

/** The units offered for statistics: provinces and communes valid today (province first). */
async function statsUnits(ctx: Ctx) {
  const units = await currentUnits(ctx.db, ctx.clock.today(), ['province', 'commune']);
  return [
    ...units.filter((u) => u.level === 'province'),
    ...units.filter((u) => u.level !== 'province'),
  ];
}

function kpis(lang: Lang, s: PublicStatistics): Html {
  return html`<div class="kpis">
<div class="kpi"><span>${T(lang, 'Đơn đã nhận', 'Received')}</span><b>${num(lang, s.received)}</b></div>
<div class="kpi"><span>${T(lang, 'Đã giải quyết', 'Resolved')}</span><b>${num(lang, s.byStatus.resolved)}</b></div>
<div class="kpi"><span>${T(lang, 'Tỷ lệ giải quyết', 'Resolution rate')}</span><b${s.resolutionRate === null ? html` class="text"` : ''}>${pct(lang, s.resolutionRate)}</b></div>
<div class="kpi"><span>${T(lang, 'Giải quyết đúng hạn', 'Resolved on time')}</span><b${s.onTimeRate === null ? html` class="text"` : ''}>${pct(lang, s.onTimeRate)}</b></div>
</div>`;
}

/** Home, published answers and statistics. */
export function registerPublicPages(app: FastifyInstance, ctx: Ctx): void {
  pageRoute(app, 'GET', '/', async (request, reply, lang) => {
    const today = ctx.clock.today();
    const [{ items }, units] = await Promise.all([
      listPublishedArticles(ctx.db, { limit: 4 }),
      statsUnits(ctx),
    ]);
    const province = units[0];
    const stats = province
      ? await publicStatistics(ctx.db, {
          unitCode: province.code,
          period: customPeriod(`${today.slice(0, 4)}-01-01`, today),
          today,
        })
      : null;
    const body = html`<section class="hero" aria-labelledby="h-hero">
<h1 id="h-hero">${T(lang, 'Lắng nghe và giải quyết ý kiến của Nhân dân', 'Listening to citizens and resolving their petitions')}</h1>
<p>${T(lang, 'Gửi khiếu nại, tố cáo, kiến nghị, phản ánh đến chính quyền xã, phường và theo dõi việc giải quyết trong thời hạn luật định.', 'Send complaints, denunciations, recommendations and feedback to your commune or ward and follow them within the statutory deadlines.')}</p>
<p class="actions"><a class="btn" href="${href(lang, '/gui-don')}">${T(lang, 'Gửi đơn trực tuyến', 'Submit online')}</a> <a class="btn secondary" href="${href(lang, '/cong-khai')}">${T(lang, 'Xem kết quả đã công khai', 'See published answers')}</a></p>
<h2 class="small">${T(lang, 'Tra cứu hồ sơ bằng mã', 'Track a case by its code')}</h2>
${trackForm(lang)}
</section>
<div class="layout"><section aria-labelledby="h-news"><h2 id="h-news">${T(lang, 'Tin tức mới', 'Latest news')}</h2>
<ul class="news-list card">${items.map((a) => newsItem(lang, a))}</ul>
<p><a href="${href(lang, '/tin-tuc')}">${T(lang, 'Xem tất cả tin tức ›', 'All news ›')}</a></p></section>
<aside aria-labelledby="h-stats"><h2 id="h-stats">${T(lang, 'Số liệu năm', 'This year')} ${today.slice(0, 4)}</h2>
${stats && province ? html`<p class="small muted">${unitName(lang, province)}, ${fmtDate(lang, stats.from)} – ${fmtDate(lang, stats.to)}</p>${kpis(lang, stats)}` : ''}
<p><a href="${href(lang, '/thong-ke')}">${T(lang, 'Thống kê chi tiết ›', 'Detailed statistics ›')}</a></p></aside></div>`;
    return sendPage(
      reply,
      page({
        lang,
        request,
        title: T(lang, 'Trang chủ', 'Home'),
        description: T(
          lang,
          'Gửi đơn trực tuyến, tra cứu hồ sơ, xem kết quả giải quyết đã công khai và tin tức dân vận chính quyền.',
          'Submit online, track a case, read published answers and news on government mass mobilisation.',
        ),
        body,
        nav: 'home',
      }),
      { cache: 'public' },
    );
  });

  pageRoute(
    app,
    'GET',
    '/cong-khai',
    async (request, reply, lang) => {
      const query = request.query as Record<string, unknown>;
      const q = qs(query.q, 100);
      const pageNo = pageNumber(query.page);
      const { items, total } = await listPublishedAnswers(ctx.db, {
        q,
        limit: ANSWERS_PAGE,
        offset: (pageNo - 1) * ANSWERS_PAGE,
      });
      const body = html`${crumbs(lang, [{ label: T(lang, 'Công khai kết quả', 'Published answers') }])}
<h1>${T(lang, 'Công khai kết quả giải quyết', 'Published answers')}</h1>
<p>${T(lang, 'Quyết định giải quyết khiếu nại đã công khai và câu trả lời kiến nghị, phản ánh. Không có thông tin cá nhân; đơn tố cáo không được đăng.', 'Published complaint decisions and answers to recommendations and feedback. No personal data; denunciations are never listed.')}</p>
<form method="get" action="${href(lang, '/cong-khai')}" class="track-inline card" role="search">
<label class="visually-hidden" for="q">${T(lang, 'Tìm kiếm', 'Search')}</label>
<input type="search" id="q" name="q" value="${q}" placeholder="${T(lang, 'Tìm theo nội dung, có dấu hoặc không dấu (ví dụ: duong, đèn)', 'Search, with or without diacritics (e.g. duong)')}" maxlength="100">
<button class="btn" type="submit">${T(lang, 'Tìm', 'Search')}</button></form>
<p class="small muted" role="status">${T(lang, `${total} kết quả`, `${total} result${total === 1 ? '' : 's'}`)}${q ? html` ${T(lang, 'cho', 'for')} «${q}»` : ''}</p>
${items.map(
  (a) => html`<article class="result">
<h2>${a.title}</h2>
<p class="meta"><span class="tag">${isPetitionKind(a.kind) ? tr(lang, PETITION_KIND_LABELS[a.kind]) : a.kind}</span> ${a.topic ? html`${tr(lang, a.topic)} · ` : ''}${lang === 'en' && a.unit.nameEn ? a.unit.nameEn : a.unit.name} · ${T(lang, 'nhận', 'received')} ${fmtDate(lang, a.receivedOn)}${a.decidedOn ? html` · ${T(lang, 'trả lời', 'answered')} ${fmtDate(lang, a.decidedOn)}` : ''}${a.sample ? html` <span class="sample">${T(lang, 'Dữ liệu mẫu', 'Sample')}</span>` : ''}</p>
${a.result && a.result in RESULT_LABELS ? html`<p><strong>${tr(lang, RESULT_LABELS[a.result as keyof typeof RESULT_LABELS])}</strong></p>` : ''}
<div class="answer">${a.answer}</div>
</article>`,
)}
${pager(lang, '/cong-khai', q ? { q } : {}, pageNo, Math.ceil(total / ANSWERS_PAGE))}`;
      return sendPage(
        reply,
        page({
          lang,
          request,
          title: T(lang, 'Công khai kết quả giải quyết', 'Published answers'),
          description: T(
            lang,
            'Kết quả giải quyết khiếu nại, kiến nghị, phản ánh đã được công khai, không có thông tin cá nhân.',
            'Published answers to complaints, recommendations and feedback, without personal data.',
          ),
          body,
          nav: 'answers',
          noindex: Boolean(q) || pageNo > 1,
        }),
        { cache: 'public' },
      );
    },
    { rateLimit: { max: 60, timeWindow: '1 minute' } },
  );

  pageRoute(
    app,
    'GET',
    '/thong-ke',
    async (request, reply, lang) => {
      const query = request.query as Record<string, unknown>;
      const today = ctx.clock.today();
      const year = Number(today.slice(0, 4));
      const units = await statsUnits(ctx);
      const unit = units.find((u) => u.code === qs(query.unit, 5)) ?? units[0];
      const config = await loadPeriodConfig(ctx.db);
      const choices: ReportPeriod[] = [year, year - 1].flatMap((y) =>
        periodsOfYear(y, config).filter(
          (p) => p.kind === 'year' || p.kind === 'quarter' || p.kind === 'six_months',
        ),
      );
      const periodId = qs(query.period, 16);
      const ytd = customPeriod(`${year}-01-01`, today);
      const period = (periodId && periodById(periodId, config)) || ytd;
      const s = unit
        ? await publicStatistics(ctx.db, { unitCode: unit.code, period, today })
        : null;
      const body = html`${crumbs(lang, [{ label: T(lang, 'Thống kê', 'Statistics') }])}
<h1>${T(lang, 'Thống kê tiếp nhận, giải quyết đơn', 'Petition statistics')}</h1>
<form method="get" action="${href(lang, '/thong-ke')}" class="card stats-form">
<div class="field"><label for="unit">${T(lang, 'Đơn vị', 'Unit')}</label><select id="unit" name="unit">${units.map((u) => html`<option value="${u.code}"${flag('selected', u.code === unit?.code)}>${unitName(lang, u)}</option>`)}</select></div>
<div class="field"><label for="period">${T(lang, 'Kỳ', 'Period')}</label><select id="period" name="period"><option value="">${T(lang, `Từ đầu năm ${year} đến nay`, `Year to date ${year}`)}</option>${choices.map((p) => html`<option value="${p.id}"${flag('selected', p.id === periodId)}>${tr(lang, p.label)}</option>`)}</select></div>
<button class="btn" type="submit">${T(lang, 'Xem', 'Show')}</button></form>
${
  s && unit
    ? html`<p class="muted">${unitName(lang, unit)} · ${fmtDate(lang, s.from)} – ${fmtDate(lang, s.to)}</p>
${kpis(lang, s)}
<div class="grid two">
${barChart(
  lang,
  'c-kind',
  T(lang, 'Theo loại đơn', 'By kind'),
  [
    { label: T(lang, 'Khiếu nại', 'Complaints'), value: s.byKind.complaint },
    { label: T(lang, 'Tố cáo', 'Denunciations'), value: s.byKind.denunciation },
    {
      label: T(lang, 'Kiến nghị, phản ánh', 'Recommendations, feedback'),
      value: s.byKind.recommendationFeedback,
    },
  ],
  '#a31d1d',
)}
${barChart(
  lang,
  'c-status',
  T(lang, 'Theo tình trạng', 'By status'),
  [
    { label: T(lang, 'Đã giải quyết', 'Resolved'), value: s.byStatus.resolved },
    { label: T(lang, 'Đang giải quyết', 'In progress'), value: s.byStatus.inProgress },
    {
      label: T(lang, 'Khác (chuyển, lưu, trả lại…)', 'Other (forwarded, filed…)'),
      value: s.byStatus.other,
    },
  ],
  '#1e6b3a',
)}
</div>
${barChart(
  lang,
  'c-topic',
  T(lang, 'Theo lĩnh vực', 'By topic'),
  s.byTopic.map((x) => ({ label: tr(lang, x.label), value: x.count })),
)}
${barChart(
  lang,
  'c-channel',
  T(lang, 'Theo nguồn tiếp nhận', 'By channel'),
  s.byChannel.map((x) => ({ label: tr(lang, x.label), value: x.count })),
  '#6b4e00',
)}
<p class="small muted">${tr(lang, s.suppression)}</p>`
    : html`<p>${T(lang, 'Chưa có đơn vị.', 'No units yet.')}</p>`
}`;
      return sendPage(
        reply,
        page({
          lang,
          request,
          title: T(lang, 'Thống kê', 'Statistics'),
          description: T(
            lang,
            'Số liệu tiếp nhận, giải quyết đơn thư theo đơn vị và kỳ, không có dữ liệu cá nhân.',
            'Petitions received and resolved by unit and period, without personal data.',
          ),
          body,
          nav: 'stats',
        }),
        { cache: 'public' },
      );
    },
    { rateLimit: { max: 60, timeWindow: '1 minute' } },
  );
}
