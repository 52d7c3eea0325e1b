import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../db/context.js';
import {
  listPublishedDialogues,
  type PublishedDialogue,
} from '../../queries/portal/published-dialogues.js';
import { html } from './html.js';
import { T, fmtDate, tr, type Lang } from './i18n.js';
import { crumbs, page, pager } from './layout.js';
import { pageNumber, pageRoute, sendPage } from './respond.js';

const DIALOGUES_PAGE = 10;

function dialogueItem(lang: Lang, d: PublishedDialogue) {
  const unit = lang === 'en' && d.unitNameEn ? d.unitNameEn : d.unitName;
  const p = d.progress;
  return html`<article class="result" id="doi-thoai-${d.id}">
<h2>${d.topic}</h2>
<p class="meta">${unit} · ${T(lang, 'đối thoại ngày', 'held on')} ${fmtDate(lang, d.heldOn)}${d.location ? html` · ${d.location}` : ''} · ${T(lang, 'công khai ngày', 'published on')} ${fmtDate(lang, d.publishedOn)}${d.sample ? html` <span class="sample">${T(lang, 'Dữ liệu mẫu', 'Sample')}</span>` : ''}</p>
<p><strong>${T(lang, `Đã hoàn thành ${p.done}/${p.total} nội dung tiếp thu, cam kết`, `${p.done} of ${p.total} commitments done`)}</strong>${p.inProgress ? html`; ${T(lang, `${p.inProgress} đang thực hiện`, `${p.inProgress} in progress`)}` : ''}${p.overdue ? html`; <span class="overdue">${T(lang, `${p.overdue} quá hạn`, `${p.overdue} overdue`)}</span>` : ''}</p>
${
  d.commitments.length === 0
    ? html`<p class="muted">${T(lang, 'Không có nội dung cam kết.', 'No commitments.')}</p>`
    : html`<ol class="commitments">${d.commitments.map(
        (c) => html`<li><p>${c.opinion}</p>
<p class="small">${T(lang, 'Trách nhiệm', 'Responsible')}: ${c.owner}${c.dueOn ? html` · ${T(lang, 'hạn', 'due')} ${fmtDate(lang, c.dueOn)}` : ''} · <span class="tag">${tr(lang, c.statusLabel)}</span>${c.overdue ? html` <span class="overdue">${T(lang, 'Quá hạn', 'Overdue')}</span>` : ''}</p></li>`,
      )}</ol>`
}
</article>`;
}

/**
 * Dialogue conferences between the commune chairman and the people: once the unit publishes the
 * results, the topic, the opinions raised, what the authority committed to and today's progress.
 */
export function registerDialoguePages(app: FastifyInstance, ctx: Ctx): void {
  pageRoute(
    app,
    'GET',
    '/doi-thoai',
    async (request, reply, lang) => {
      const pageNo = pageNumber((request.query as Record<string, unknown>).page);
      const { items, total } = await listPublishedDialogues(ctx.db, {
        today: ctx.clock.today(),
        limit: DIALOGUES_PAGE,
        offset: (pageNo - 1) * DIALOGUES_PAGE,
      });
      const body = html`${crumbs(lang, [{ label: T(lang, 'Đối thoại với Nhân dân', 'Dialogues with citizens') }])}
<h1>${T(lang, 'Kết quả đối thoại với Nhân dân', 'Results of dialogues with citizens')}</h1>
<p>${T(lang, 'Hội nghị đối thoại giữa người đứng đầu chính quyền với Nhân dân: các ý kiến, kiến nghị được tiếp thu, cam kết giải quyết và tiến độ thực hiện đến hôm nay.', 'Dialogue conferences between local leaders and citizens: the opinions raised, what the authority committed to, and progress to date.')}</p>
<p class="small muted" role="status">${T(lang, `${total} hội nghị đã công khai kết quả`, `${total} conference${total === 1 ? '' : 's'} with published results`)}</p>
${items.map((d) => dialogueItem(lang, d))}
${pager(lang, '/doi-thoai', {}, pageNo, Math.ceil(total / DIALOGUES_PAGE))}`;
      return sendPage(
        reply,
        page({
          lang,
          request,
          title: T(lang, 'Kết quả đối thoại với Nhân dân', 'Results of dialogues with citizens'),
          description: T(
            lang,
            'Kết quả hội nghị đối thoại với Nhân dân: ý kiến tiếp thu, cam kết và tiến độ thực hiện.',
            'Results of dialogue conferences with citizens: opinions, commitments and progress.',
          ),
          body,
          nav: 'dialogues',
          noindex: pageNo > 1,
        }),
        { cache: 'public' },
      );
    },
    { rateLimit: { max: 60, timeWindow: '1 minute' } },
  );
}
