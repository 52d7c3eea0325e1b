import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx } from '../../db/context.js';
import { loadReopenWindow } from '../../commands/petitions/citizen-check.js';
import { rateAnswer } from '../../commands/petitions/rate-answer.js';
import { requestReopen } from '../../commands/petitions/request-reopen.js';
import { isCodedError } from '../../domain/errors.js';
import {
  ACTION_LABELS,
  DEADLINE_STEP_LABELS,
  FINAL_STATUSES,
  PETITION_KIND_LABELS,
  RESULT_LABELS,
  STATUS_LABELS,
  normaliseTrackingCode,
} from '../../domain/petition/index.js';
import { RATING_LABELS, reopenDeadline } from '../../domain/portal/index.js';
import { openPublicDocument } from '../../queries/portal/public-document.js';
import { trackPetition } from '../../queries/petitions/track-petition.js';
import { html, type Html } from './html.js';
import { T, fmtDate, href, tr, type Lang, type Text } from './i18n.js';
import { crumbs, page } from './layout.js';
import { pageRoute, qs, sendPage } from './respond.js';
import { notFoundPage } from './errors.js';
import { unknownCodePage } from './recover-page.js';
import { trackForm } from './track-form.js';

type Tracked = Awaited<ReturnType<typeof trackPetition>>;

const EXTRA_ACTIONS: Record<string, Text> = {
  submit: { vi: 'Tiếp nhận đơn', en: 'Petition received' },
  reopen_requested: {
    vi: 'Người gửi đơn yêu cầu xem xét lại',
    en: 'The petitioner asked for a review',
  },
};
const label = <K extends string>(map: Readonly<Record<K, Text>>, k: string | null, lang: Lang) =>
  k && k in map ? tr(lang, map[k as K]) : (k ?? '');

function trackPageBody(
  lang: Lang,
  t: Tracked,
  reopenUntil: string | null,
  windowText: Text,
  today: string,
  message: Html | null,
): Html {
  const kind = label(PETITION_KIND_LABELS, t.kind, lang);
  const closed = (FINAL_STATUSES as readonly string[]).includes(t.status);
  const step = t.dueStep ? label(DEADLINE_STEP_LABELS, t.dueStep, lang) : null;
  const informal = t.kind === 'feedback' || t.kind === 'recommendation';
  const canAct = t.answer !== null && t.kind !== 'denunciation';
  const contactField = (id: string) =>
    html`<div class="field"><label for="${id}">${T(lang, 'Số điện thoại hoặc thư điện tử đã khai khi gửi đơn', 'The phone or e-mail you gave when submitting')}</label><span class="hint" id="${id}-hint">${T(lang, 'Để xác nhận bạn là người gửi đơn; không lưu lại.', 'To confirm you filed it; not stored.')}</span><input type="text" id="${id}" name="contact" required maxlength="200" autocomplete="tel" aria-describedby="${id}-hint"></div>`;
  return html`${crumbs(lang, [{ label: T(lang, 'Tra cứu hồ sơ', 'Track a case'), path: '/tra-cuu' }, { label: t.trackingCode }])}
<h1>${T(lang, 'Hồ sơ', 'Case')} <span class="nowrap">${t.trackingCode}</span></h1>
${t.sample ? html`<p><span class="sample">${T(lang, 'Dữ liệu mẫu minh họa', 'Illustrative sample data')}</span></p>` : ''}
${message ?? ''}
<div class="layout"><div>
<section class="card" aria-labelledby="h-status"><h2 id="h-status">${T(lang, 'Tình trạng', 'Status')}</h2>
<p><span class="status${closed ? ' closed' : ''}">${label(STATUS_LABELS, t.status, lang)}</span></p>
<dl class="facts">
<dt>${T(lang, 'Loại đơn', 'Kind')}</dt><dd>${kind}</dd>
${t.topic ? html`<dt>${T(lang, 'Lĩnh vực', 'Topic')}</dt><dd>${tr(lang, t.topic)}</dd>` : ''}
<dt>${T(lang, 'Cơ quan giải quyết', 'Responsible body')}</dt><dd>${lang === 'en' && t.unit.nameEn ? t.unit.nameEn : t.unit.name}</dd>
<dt>${T(lang, 'Ngày tiếp nhận', 'Received')}</dt><dd>${fmtDate(lang, t.receivedOn)}</dd>
${t.acceptedOn ? html`<dt>${T(lang, 'Ngày thụ lý', 'Accepted')}</dt><dd>${fmtDate(lang, t.acceptedOn)}</dd>` : ''}
${t.dueOn ? html`<dt>${T(lang, 'Thời hạn', 'Deadline')}: ${step}</dt><dd>${T(lang, 'trước ngày', 'by')} ${fmtDate(lang, t.dueOn)}${t.dueOn < today && !closed ? html` <span class="tag">${T(lang, 'Quá hạn', 'Overdue')}</span>` : ''}</dd>` : ''}
${t.decidedOn ? html`<dt>${informal ? T(lang, 'Ngày trả lời', 'Answered') : T(lang, 'Ngày có quyết định, kết luận', 'Decided')}</dt><dd>${fmtDate(lang, t.decidedOn)}</dd>` : ''}
${t.closedOn ? html`<dt>${T(lang, 'Ngày kết thúc', 'Closed')}</dt><dd>${fmtDate(lang, t.closedOn)}</dd>` : ''}
</dl></section>
<section class="card" aria-labelledby="h-answer"><h2 id="h-answer">${T(lang, 'Kết quả giải quyết', 'Answer')}</h2>
${
  t.answer !== null
    ? html`${t.result ? html`<p><strong>${label(RESULT_LABELS, t.result, lang)}</strong></p>` : ''}<div class="answer">${t.answer}</div>
${t.documents.length ? html`<h3>${T(lang, 'Tài liệu công khai', 'Published documents')}</h3><ul>${t.documents.map((d) => html`<li><a href="${href(lang, `/tra-cuu/${t.trackingCode}/tai-lieu/${d.id}`)}">${d.fileName}</a> <span class="small muted">(${Math.max(1, Math.round(d.size / 1024))} KB)</span></li>`)}</ul>` : ''}`
    : html`<p class="muted">${T(lang, 'Chưa có kết quả công khai. Cơ quan giải quyết sẽ trả lời trong thời hạn luật định.', 'No published answer yet. The responsible body answers within the statutory time limit.')}</p>`
}
</section>
${
  canAct
    ? html`<section class="card" aria-labelledby="h-rate"><h2 id="h-rate">${T(lang, 'Đánh giá câu trả lời', 'Rate the answer')}</h2>
${t.rating ? html`<p>${T(lang, 'Đánh giá hiện tại', 'Current rating')}: <strong>${t.rating}/5</strong> — ${tr(lang, RATING_LABELS[t.rating as 1])}</p>` : ''}
<form method="post" action="${href(lang, `/tra-cuu/${t.trackingCode}/danh-gia`)}" data-once>
<fieldset class="stars"><legend>${T(lang, 'Mức độ hài lòng', 'How satisfied are you?')}</legend>
${([1, 2, 3, 4, 5] as const).map((n) => html`<label for="rating-${n}"><input type="radio" id="rating-${n}" name="rating" value="${n}" required> ${n} – ${tr(lang, RATING_LABELS[n])}</label>`)}
</fieldset>
<div class="field"><label for="comment">${T(lang, 'Góp ý (không bắt buộc)', 'Comment (optional)')}</label><textarea id="comment" name="comment" maxlength="2000"></textarea></div>
${contactField('contact-rate')}
<button class="btn" type="submit">${T(lang, 'Gửi đánh giá', 'Send rating')}</button></form></section>
<section class="card" aria-labelledby="h-reopen"><h2 id="h-reopen">${T(lang, 'Chưa hài lòng? Yêu cầu xem xét lại', 'Not satisfied? Ask for a review')}</h2>
<p class="small">${tr(lang, windowText)}</p>
${
  reopenUntil && today <= reopenUntil
    ? html`<p>${T(lang, 'Hạn gửi yêu cầu', 'Deadline for a request')}: <strong>${fmtDate(lang, reopenUntil)}</strong></p>
<form method="post" action="${href(lang, `/tra-cuu/${t.trackingCode}/xem-xet-lai`)}" data-once>
<div class="field"><label for="reason">${T(lang, 'Lý do', 'Reason')} *</label><textarea id="reason" name="reason" required minlength="10" maxlength="4000"></textarea></div>
${contactField('contact-reopen')}
<button class="btn secondary" type="submit">${T(lang, 'Gửi yêu cầu xem xét lại', 'Ask for a review')}</button></form>`
    : html`<p class="muted">${T(lang, 'Đã hết thời hạn yêu cầu xem xét lại qua cổng thông tin.', 'The period to ask for a review online has passed.')}</p>`
}
</section>`
    : ''
}
</div>
<aside><section class="card" aria-labelledby="h-timeline"><h2 id="h-timeline">${T(lang, 'Quá trình xử lý', 'Timeline')}</h2>
<ol class="timeline">${t.timeline.map((e) => html`<li><time datetime="${e.onDate}">${fmtDate(lang, e.onDate)}</time><br><strong>${e.action in EXTRA_ACTIONS ? tr(lang, EXTRA_ACTIONS[e.action]!) : label(ACTION_LABELS, e.action, lang)}</strong> <span class="small muted">→ ${label(STATUS_LABELS, e.status, lang)}</span></li>`)}</ol>
<p class="small muted">${T(lang, 'Trang này không hiển thị thông tin cá nhân của người gửi đơn.', 'This page never shows the petitioner’s personal data.')}</p>
${t.kind === 'denunciation' ? '' : html`<p class="small"><a href="${href(lang, `/du-lieu-ca-nhan?ma=${encodeURIComponent(t.trackingCode)}`)}">${T(lang, 'Yêu cầu xem, sửa, xóa dữ liệu cá nhân của bạn trong hồ sơ này', 'Ask to see, correct or erase your personal data in this case')}</a></p>`}
</section></aside></div>`;
}

async function renderTrack(
  ctx: Ctx,
  request: FastifyRequest,
  lang: Lang,
  code: string,
  message: Html | null,
  status = 200,
) {
  const t = await trackPetition({ ctx, code });
  const window = await loadReopenWindow(ctx.db);
  const until = reopenDeadline(t.decidedOn, window);
  return {
    status,
    page: page({
      lang,
      request,
      title: `${T(lang, 'Hồ sơ', 'Case')} ${t.trackingCode}`,
      description: T(
        lang,
        'Tình trạng, thời hạn và kết quả giải quyết hồ sơ.',
        'Status, deadlines and answer of a case.',
      ),
      body: trackPageBody(lang, t, until, window.rationale, ctx.clock.today(), message),
      nav: 'track',
      noindex: true,
      script: true,
    }),
  };
}

/** Track form, case page, the citizen's rating and re-open request, public documents. */
export function registerTrackPages(app: FastifyInstance, ctx: Ctx): void {
  pageRoute(
    app,
    'GET',
    '/tra-cuu',
    async (request, reply, lang) => {
      const code = qs((request.query as Record<string, unknown>).code, 40);
      if (code) {
        const normal = normaliseTrackingCode(code);
        if (normal) return reply.redirect(href(lang, `/tra-cuu/${normal}`), 303);
      }
      const error = code
        ? T(
            lang,
            'Mã hồ sơ gồm 10 ký tự, ví dụ 7K3M-Q9XD-2F.',
            'A tracking code has 10 characters, e.g. 7K3M-Q9XD-2F.',
          )
        : null;
      const body = html`${crumbs(lang, [{ label: T(lang, 'Tra cứu hồ sơ', 'Track a case') }])}<h1>${T(lang, 'Tra cứu hồ sơ', 'Track a case')}</h1>
<div class="card"><p>${T(lang, 'Nhập mã hồ sơ bạn nhận được khi gửi đơn (trực tuyến, trực tiếp hoặc qua bưu điện).', 'Enter the code you received when you submitted (online, in person or by post).')}</p>${trackForm(lang, code, error)}
<p class="small"><a href="${href(lang, '/tra-cuu/khoi-phuc')}">${T(lang, 'Quên mã hồ sơ? Nhận lại mã qua số điện thoại hoặc thư điện tử', 'Lost your code? Get it again by phone or e-mail')}</a></p></div>`;
      return sendPage(
        reply,
        page({
          lang,
          request,
          title: T(lang, 'Tra cứu hồ sơ', 'Track a case'),
          description: T(
            lang,
            'Tra cứu tình trạng, thời hạn giải quyết và kết quả hồ sơ bằng mã hồ sơ.',
            'Track the status, deadline and answer of a case by its code.',
          ),
          body,
          nav: 'track',
        }),
        { status: error ? 400 : 200 },
      );
    },
    { rateLimit: { max: 60, timeWindow: '1 minute' } },
  );

  pageRoute(
    app,
    'GET',
    '/tra-cuu/:code',
    async (request, reply, lang) => {
      const { code } = request.params as { code: string };
      const normal = normaliseTrackingCode(code);
      if (!normal) return unknownCodePage(request, reply, lang, code.slice(0, 40), false);
      if (normal !== code) return reply.redirect(href(lang, `/tra-cuu/${normal}`), 301);
      const q = request.query as Record<string, unknown>;
      const msg =
        q.done === 'rated'
          ? T(lang, 'Cảm ơn bạn đã đánh giá.', 'Thank you for your rating.')
          : q.done === 'reopen'
            ? T(
                lang,
                'Yêu cầu xem xét lại đã được ghi nhận vào hồ sơ.',
                'Your request for a review has been recorded on the case.',
              )
            : null;
      try {
        const r = await renderTrack(
          ctx,
          request,
          lang,
          normal,
          msg ? html`<p class="ok" role="status">${msg}</p>` : null,
        );
        return sendPage(reply, r.page);
      } catch (e) {
        if (isCodedError(e) && e.code === 'not_found')
          return unknownCodePage(request, reply, lang, normal, true);
        throw e;
      }
    },
    { rateLimit: { max: 60, timeWindow: '1 minute' } },
  );

  const act =
    (kind: 'rate' | 'reopen') =>
    async (request: FastifyRequest, reply: import('fastify').FastifyReply, lang: Lang) => {
      const { code } = request.params as { code: string };
      const b = (request.body ?? {}) as Record<string, unknown>;
      try {
        if (kind === 'rate')
          await rateAnswer({
            ctx,
            input: {
              code,
              contact: qs(b.contact),
              rating: Number(qs(b.rating, 2)),
              comment: qs(b.comment, 2000) || null,
            },
          });
        else
          await requestReopen({
            ctx,
            input: { code, contact: qs(b.contact), reason: qs(b.reason, 4000) },
          });
        return reply.redirect(
          href(
            lang,
            `/tra-cuu/${normaliseTrackingCode(code)}?done=${kind === 'rate' ? 'rated' : 'reopen'}`,
          ),
          303,
        );
      } catch (e) {
        if (!isCodedError(e)) throw e;
        if (e.code === 'not_found') return notFoundPage(request, reply, lang);
        const r = await renderTrack(
          ctx,
          request,
          lang,
          code,
          html`<div class="errors" role="alert"><p>${T(lang, e.messageVi, e.messageEn)}</p></div>`,
        );
        return sendPage(reply, r.page, {
          status: e.code === 'forbidden' ? 403 : e.code === 'conflict' ? 409 : 400,
        });
      }
    };
  pageRoute(app, 'POST', '/tra-cuu/:code/danh-gia', act('rate'), {
    rateLimit: { max: 10, timeWindow: '1 minute' },
  });
  pageRoute(app, 'POST', '/tra-cuu/:code/xem-xet-lai', act('reopen'), {
    rateLimit: { max: 10, timeWindow: '1 minute' },
  });

  pageRoute(
    app,
    'GET',
    '/tra-cuu/:code/tai-lieu/:id',
    async (request, reply, lang) => {
      const { code, id } = request.params as { code: string; id: string };
      try {
        const d = await openPublicDocument({ ctx, code, attachmentId: id });
        const ascii = d.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
        return reply
          .type(d.mediaType)
          .header(
            'content-disposition',
            `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(d.fileName)}`,
          )
          .header('cache-control', 'no-store')
          .send(d.body);
      } catch (e) {
        if (isCodedError(e) && e.code === 'not_found') return notFoundPage(request, reply, lang);
        throw e;
      }
    },
    { rateLimit: { max: 30, timeWindow: '1 minute' } },
  );
}
