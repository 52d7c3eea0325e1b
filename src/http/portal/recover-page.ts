import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../db/context.js';
import { recoverTrackingCodes } from '../../commands/portal/recover-tracking-codes.js';
import { isCodedError } from '../../domain/errors.js';
import { html, type Html } from './html.js';
import { T, href, type Lang } from './i18n.js';
import { crumbs, page } from './layout.js';
import { pageRoute, qs, sendPage } from './respond.js';
import { trackForm } from './track-form.js';

/** The "forgot your code?" form: the phone or e-mail given when submitting. */
export function recoverForm(lang: Lang, value = '', error: string | null = null): Html {
  return html`<form method="post" action="${href(lang, '/tra-cuu/khoi-phuc')}" data-once>
<div class="field"><label for="recover-contact">${T(lang, 'Số điện thoại hoặc thư điện tử đã khai khi gửi đơn', 'The phone number or e-mail you gave when submitting')}</label>
<span class="hint" id="recover-contact-hint">${T(lang, 'Mã hồ sơ được gửi tới chính số điện thoại hoặc địa chỉ thư này, không hiện trên màn hình.', 'The codes are sent to that same number or address, never shown on screen.')}</span>
<input type="text" id="recover-contact" name="contact" value="${value}" required maxlength="200" autocomplete="tel" aria-describedby="recover-contact-hint${error ? ' recover-err' : ''}"${error ? html` aria-invalid="true"` : ''}>
${error ? html`<p id="recover-err" class="small" role="alert"><strong>${error}</strong></p>` : ''}</div>
<button class="btn secondary" type="submit">${T(lang, 'Gửi lại mã hồ sơ cho tôi', 'Send me my codes')}</button></form>`;
}

function recoverSection(lang: Lang, value = '', error: string | null = null): Html {
  return html`<section class="card" aria-labelledby="h-recover"><h2 id="h-recover">${T(lang, 'Quên mã hồ sơ?', 'Lost your code?')}</h2>
<p>${T(lang, 'Nhập số điện thoại hoặc thư điện tử bạn đã khai khi gửi đơn; chúng tôi gửi lại các mã hồ sơ tới đó. Đơn tố cáo không được gửi lại mã theo cách này để bảo vệ người tố cáo; hãy liên hệ trực tiếp cơ quan tiếp nhận.', 'Enter the phone number or e-mail you gave when submitting and we send your codes there. Codes of denunciations are not sent this way, to protect the denouncer; please contact the receiving office.')}</p>
${recoverForm(lang, value, error)}</section>`;
}

/** The page for a tracking code that matches no petition (404): says so, and offers recovery. */
export function unknownCodePage(
  request: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
  code: string,
  wellFormed: boolean,
): FastifyReply {
  const title = T(lang, 'Không tìm thấy hồ sơ', 'No case with this code');
  const body = html`${crumbs(lang, [{ label: T(lang, 'Tra cứu hồ sơ', 'Track a case'), path: '/tra-cuu' }, { label: title }])}
<h1>${title}</h1>
<div class="card"><p role="status">${T(lang, 'Không có hồ sơ nào mang mã', 'No petition has the code')} <strong class="nowrap">${code}</strong>.
${
  wellFormed
    ? T(
        lang,
        'Hãy kiểm tra lại từng ký tự trên phiếu hẹn hoặc tin nhắn bạn nhận được (mã gồm 10 ký tự, ví dụ 7K3M-Q9XD-2F; không có chữ I, L, O, U).',
        'Please check every character against your receipt or the message you received (10 characters, e.g. 7K3M-Q9XD-2F; no letters I, L, O, U).',
      )
    : T(
        lang,
        'Mã hồ sơ gồm 10 ký tự, ví dụ 7K3M-Q9XD-2F, ký tự cuối dùng để kiểm tra nên một ký tự gõ nhầm sẽ bị phát hiện. Hãy kiểm tra lại mã trên phiếu hẹn hoặc tin nhắn bạn nhận được.',
        'A tracking code has 10 characters, e.g. 7K3M-Q9XD-2F; the last one is a check character, so a mistyped character is caught. Please check the code on your receipt or message.',
      )
}</p>
${trackForm(lang, code)}</div>
${recoverSection(lang)}`;
  return sendPage(
    reply,
    page({
      lang,
      request,
      title,
      description: '',
      body,
      nav: 'track',
      noindex: true,
      script: true,
    }),
    { status: 404 },
  );
}

/** GET/POST /tra-cuu/khoi-phuc: ask for one's codes to be sent again. */
export function registerRecoverPages(app: FastifyInstance, ctx: Ctx): void {
  const title = (lang: Lang) => T(lang, 'Gửi lại mã hồ sơ', 'Send my codes again');
  const frame = (request: FastifyRequest, lang: Lang, inner: Html) =>
    page({
      lang,
      request,
      title: title(lang),
      description: T(
        lang,
        'Nhận lại mã hồ sơ qua số điện thoại hoặc thư điện tử đã khai khi gửi đơn.',
        'Receive your tracking codes again at the phone or e-mail you gave.',
      ),
      body: html`${crumbs(lang, [{ label: T(lang, 'Tra cứu hồ sơ', 'Track a case'), path: '/tra-cuu' }, { label: title(lang) }])}<h1>${title(lang)}</h1>${inner}`,
      nav: 'track',
      noindex: true,
      script: true,
    });

  pageRoute(app, 'GET', '/tra-cuu/khoi-phuc', async (request, reply, lang) =>
    sendPage(reply, frame(request, lang, recoverSection(lang))),
  );

  pageRoute(
    app,
    'POST',
    '/tra-cuu/khoi-phuc',
    async (request, reply, lang) => {
      const contact = qs((request.body as Record<string, unknown> | undefined)?.contact, 200);
      try {
        await recoverTrackingCodes({ ctx, input: { contact } });
      } catch (e) {
        if (!isCodedError(e) || e.code !== 'validation_failed') throw e;
        return sendPage(
          reply,
          frame(request, lang, recoverSection(lang, contact, T(lang, e.messageVi, e.messageEn))),
          { status: 400 },
        );
      }
      // The same answer whether or not the contact is known: the page reveals nothing.
      const done = html`<div class="ok" role="status"><p><strong>${T(lang, 'Đã ghi nhận yêu cầu.', 'Request received.')}</strong> ${T(lang, 'Nếu số điện thoại hoặc thư điện tử này đã được khai khi gửi đơn, các mã hồ sơ sẽ được gửi tới đó trong ít phút. Mỗi số điện thoại hoặc địa chỉ thư chỉ nhận lại mã một lần mỗi giờ.', 'If this phone number or e-mail was given with a petition, its codes will be sent there within minutes. Each number or address receives codes at most once an hour.')}</p></div>
<p class="actions"><a class="btn" href="${href(lang, '/tra-cuu')}">${T(lang, 'Tra cứu hồ sơ', 'Track a case')}</a></p>`;
      return sendPage(reply, frame(request, lang, done));
    },
    { rateLimit: { max: 5, timeWindow: '15 minutes' } },
  );
}
