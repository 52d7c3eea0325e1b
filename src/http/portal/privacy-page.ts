import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../db/context.js';
import { findCitizenCase } from '../../commands/petitions/citizen-check.js';
import { submitPortalPrivacyRequest } from '../../commands/privacy/privacy-requests.js';
import { isCodedError } from '../../domain/errors.js';
import {
  ERASURE_RETAINED,
  PRIVACY_REQUEST_KINDS,
  PRIVACY_REQUEST_LABELS,
  PRIVACY_TIME_LIMITS,
  type PrivacyRequestKind,
} from '../../domain/privacy/index.js';
import {
  privacyRequestByAccessCode,
  privacyRequestForPetition,
} from '../../queries/privacy/privacy-queries.js';
import { flag, html, type Html } from './html.js';
import { T, fmtDate, href, tr, type Lang, type Text } from './i18n.js';
import { crumbs, page } from './layout.js';
import { pageRoute, qs, sendPage } from './respond.js';

/** Portal path of the personal-data request form (linked from the consent text, footer, tracking page). */
export const PRIVACY_PATH = '/du-lieu-ca-nhan';
const STATUS_PATH = '/du-lieu-ca-nhan/tinh-trang';

/** What each kind of request means for a petition file (shown beside the choice). */
const KIND_HINTS: Readonly<Record<PrivacyRequestKind, Text>> = {
  access: {
    vi: 'Biết đơn vị đang giữ những dữ liệu nào về bạn và nhận bản sao.',
    en: 'Learn what data the unit holds about you and receive a copy.',
  },
  correction: {
    vi: 'Sửa số điện thoại, thư điện tử hoặc địa chỉ đã khai sai hay đã thay đổi.',
    en: 'Correct a phone number, e-mail or address that was wrong or has changed.',
  },
  erasure: {
    vi: 'Xóa trong phạm vi pháp luật cho phép: hồ sơ giải quyết đơn được lưu trữ theo Luật Lưu trữ, chỉ thông tin liên lạc không còn cần thiết được xóa.',
    en: 'Erasure as far as the law allows: the case file is kept under the Law on Archives; only contact details no longer needed are erased.',
  },
  restriction: {
    vi: 'Tạm ngừng hoặc giới hạn việc xử lý dữ liệu của bạn.',
    en: 'Pause or limit the processing of your data.',
  },
  withdraw_consent: {
    vi: 'Rút lại sự đồng ý đã cho khi gửi đơn trực tuyến.',
    en: 'Withdraw the consent you gave when submitting online.',
  },
  objection: {
    vi: 'Phản đối một việc xử lý dữ liệu của bạn, nêu lý do.',
    en: 'Object to a processing of your data, with your reasons.',
  },
};

const STATUS_LABELS: Readonly<Record<string, Text>> = {
  received: { vi: 'Đang xem xét', en: 'Being considered' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  refused: { vi: 'Từ chối (có nêu lý do)', en: 'Refused (with reasons)' },
};

interface Values {
  kind: string;
  trackingCode: string;
  contact: string;
  detail: string;
  /** The secret access code of the receipt (status page only). */
  accessCode: string;
}
type Errors = Partial<Record<keyof Values | 'form' | 'code', string>>;

function valuesOf(request: FastifyRequest): Values {
  const b = (request.body as Record<string, unknown> | undefined) ?? {};
  return {
    kind: qs(b.kind, 40),
    trackingCode: qs(b.trackingCode, 40),
    contact: qs(b.contact, 200),
    detail: qs(b.detail, 5000),
    accessCode: qs(b.accessCode, 40),
  };
}

/** The same bounds as the API (`/api/public/v1/privacy-requests`), with vi/en messages. */
function check(lang: Lang, v: Values, withRequest: boolean): Errors {
  const e: Errors = {};
  if (withRequest && !(PRIVACY_REQUEST_KINDS as readonly string[]).includes(v.kind))
    e.kind = T(lang, 'Hãy chọn loại yêu cầu.', 'Choose what you are asking for.');
  if (v.trackingCode.length < 4)
    e.trackingCode = T(
      lang,
      'Hãy nhập mã hồ sơ (ví dụ 7K3M-Q9XD-2F).',
      'Enter the tracking code (e.g. 7K3M-Q9XD-2F).',
    );
  if (v.contact.length < 5)
    e.contact = T(
      lang,
      'Hãy nhập số điện thoại hoặc thư điện tử đã khai khi gửi đơn.',
      'Enter the phone number or e-mail you gave when submitting.',
    );
  if (withRequest && v.detail.length < 5)
    e.detail = T(
      lang,
      'Hãy mô tả yêu cầu (ít nhất 5 ký tự).',
      'Describe your request (at least 5 characters).',
    );
  return e;
}

/** Maps an error of the contact check to a field message; other errors go up. */
function checkError(lang: Lang, e: unknown): Errors {
  if (!isCodedError(e)) throw e;
  const text = T(lang, e.messageVi, e.messageEn);
  if (e.code === 'not_found')
    return {
      trackingCode: T(
        lang,
        'Không có hồ sơ nào mang mã này. Hãy kiểm tra lại mã trên phiếu hẹn hoặc tin nhắn.',
        'No petition has this code. Please check it against your receipt or message.',
      ),
    };
  if (e.code === 'forbidden')
    return e.details?.field === 'contact' ? { contact: text } : { form: text };
  if (e.code === 'validation_failed') return { form: text };
  throw e;
}

function errorSummary(lang: Lang, errors: Errors): Html {
  const list = Object.entries(errors) as Array<[keyof Errors, string]>;
  if (list.length === 0) return html``;
  return html`<div class="errors" role="alert" tabindex="-1" id="form-errors"><h2>${T(lang, 'Vui lòng kiểm tra lại', 'Please check the form')}</h2><ul>${list.map(([f, m]) => (f === 'form' ? html`<li>${m}</li>` : html`<li><a href="#${f === 'kind' ? 'kind-access' : `pr-${f}`}">${m}</a></li>`))}</ul></div>`;
}

function field(
  lang: Lang,
  name: 'trackingCode' | 'contact' | 'detail' | 'accessCode',
  label: string,
  hint: string,
  value: string,
  error: string | undefined,
  required = true,
): Html {
  const id = `pr-${name}`;
  const described = `${id}-hint${error ? ` ${id}-err` : ''}`;
  const attrs = html` id="${id}" name="${name}"${flag('required', required)} aria-describedby="${described}"${error ? html` aria-invalid="true"` : ''}`;
  const input =
    name === 'detail'
      ? html`<textarea${attrs} rows="5" maxlength="5000">${value}</textarea>`
      : html`<input type="text"${attrs} value="${value}" maxlength="${name === 'contact' ? 200 : 40}"${name === 'contact' ? html` autocomplete="tel"` : html` autocapitalize="characters" spellcheck="false"${name === 'accessCode' ? html` autocomplete="off"` : ''}`}>`;
  return html`<div class="field"><label for="${id}">${label}${required ? html` <span aria-hidden="true">*</span>` : ''}</label><span class="hint" id="${id}-hint">${hint}</span>
${input}
${error ? html`<p id="${id}-err" class="small" role="alert"><strong>${error}</strong></p>` : ''}</div>`;
}

function identityFields(lang: Lang, v: Values, errors: Errors, required = true): Html {
  return html`${field(lang, 'trackingCode', T(lang, 'Mã hồ sơ', 'Tracking code'), T(lang, 'Mã trên phiếu hẹn hoặc tin nhắn bạn nhận được khi gửi đơn.', 'The code on the receipt or message you received when you submitted.'), v.trackingCode, errors.trackingCode, required)}
${field(lang, 'contact', T(lang, 'Số điện thoại hoặc thư điện tử đã khai khi gửi đơn', 'The phone or e-mail you gave when submitting'), T(lang, 'Để xác nhận bạn là người gửi đơn; không lưu lại.', 'To confirm you filed it; not stored.'), v.contact, errors.contact, required)}`;
}

function requestForm(lang: Lang, v: Values, errors: Errors): Html {
  const limit = PRIVACY_TIME_LIMITS.answerRequest;
  return html`${errorSummary(lang, errors)}
<section class="card" aria-labelledby="h-rights"><h2 id="h-rights">${T(lang, 'Quyền của bạn', 'Your rights')}</h2>
<p>${T(lang, 'Theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, bạn có quyền xem, chỉnh sửa, yêu cầu xóa (trong phạm vi pháp luật cho phép), rút lại sự đồng ý, phản đối hoặc yêu cầu hạn chế việc xử lý dữ liệu cá nhân bạn đã cung cấp khi gửi đơn. Đơn vị tiếp nhận đơn (bên kiểm soát dữ liệu) trả lời trong', 'Under the Personal Data Protection Law No. 91/2025/QH15 you may see, correct, ask to erase (as far as the law allows), withdraw consent to, object to or restrict the processing of the personal data you gave with your petition. The unit that received your petition (the controller) answers within')} ${limit.limit} ${T(lang, 'ngày làm việc.', 'working days.')}</p>
<p class="small">${T(lang, 'Đơn tố cáo: danh tính người tố cáo được giữ bí mật nên yêu cầu chỉ được nhận trực tiếp tại Bộ phận tiếp công dân của đơn vị.', 'Denunciations: the denouncer’s identity is kept secret, so requests are taken only in person at the unit’s citizen reception desk.')} <a href="${href(lang, STATUS_PATH)}">${T(lang, 'Xem tình trạng một yêu cầu đã gửi', 'Check a request you already sent')}</a></p></section>
<form method="post" action="${href(lang, PRIVACY_PATH)}" data-once novalidate>
<fieldset><legend>${T(lang, 'Bạn yêu cầu gì?', 'What are you asking for?')} *</legend>
${errors.kind ? html`<p role="alert"><strong>${errors.kind}</strong></p>` : ''}
${PRIVACY_REQUEST_KINDS.map((k) => html`<label class="choice" for="kind-${k.replace('_', '-')}"><input type="radio" name="kind" id="kind-${k.replace('_', '-')}" value="${k}"${flag('checked', v.kind === k)} required><span><strong>${tr(lang, PRIVACY_REQUEST_LABELS[k])}</strong>${tr(lang, KIND_HINTS[k])}</span></label>`)}
</fieldset>
${identityFields(lang, v, errors)}
${field(lang, 'detail', T(lang, 'Nội dung yêu cầu', 'Your request'), T(lang, 'Dữ liệu nào, bạn đề nghị làm gì; với yêu cầu chỉnh sửa, ghi thông tin đúng.', 'Which data and what you ask; for a correction, give the right details.'), v.detail, errors.detail)}
<p class="actions"><button class="btn" type="submit">${T(lang, 'Gửi yêu cầu', 'Send the request')}</button></p>
</form>`;
}

function statusForm(lang: Lang, code: string, v: Values, errors: Errors): Html {
  const err = errors;
  return html`${errorSummary(lang, errors)}
<form method="post" action="${href(lang, STATUS_PATH)}" data-once novalidate>
<div class="field"><label for="pr-code">${T(lang, 'Mã yêu cầu', 'Request code')} <span aria-hidden="true">*</span></label><span class="hint" id="pr-code-hint">${T(lang, 'Mã bắt đầu bằng DL-, nhận được khi gửi yêu cầu.', 'The code starting with DL- that you received when you sent the request.')}</span>
<input type="text" id="pr-code" name="code" value="${code}" required maxlength="40" autocapitalize="characters" spellcheck="false" aria-describedby="pr-code-hint${err.code ? ' pr-code-err' : ''}"${err.code ? html` aria-invalid="true"` : ''}>
${err.code ? html`<p id="pr-code-err" class="small" role="alert"><strong>${err.code}</strong></p>` : ''}</div>
<fieldset><legend>${T(lang, 'Cách 1: mã truy cập', 'Option 1: access code')}</legend>
${field(lang, 'accessCode', T(lang, 'Mã truy cập', 'Access code'), T(lang, 'Mã bí mật 12 ký tự in trên biên nhận yêu cầu. Khi có mã này, không cần mã hồ sơ và số điện thoại hay thư điện tử.', 'The 12-character secret code on the request’s receipt. With it, no tracking code, phone or e-mail is needed.'), v.accessCode, errors.accessCode, false)}
</fieldset>
<fieldset><legend>${T(lang, 'Cách 2: mã hồ sơ và thông tin liên lạc', 'Option 2: tracking code and contact')}</legend>
${identityFields(lang, v, errors, false)}
</fieldset>
<p class="actions"><button class="btn" type="submit">${T(lang, 'Xem tình trạng', 'Check status')}</button></p>
</form>`;
}

/** A request's status as the citizen sees it: kind, dates and the unit's answer, nothing about the person. */
function statusResult(lang: Lang, r: Awaited<ReturnType<typeof privacyRequestForPetition>>): Html {
  const kind = r.kind as PrivacyRequestKind;
  return html`<section class="card" aria-labelledby="h-pr-status"><h2 id="h-pr-status">${T(lang, 'Yêu cầu', 'Request')} <span class="nowrap">${r.code}</span></h2>
<p><span class="status${r.status === 'received' ? '' : ' closed'}" data-testid="privacy-status">${STATUS_LABELS[r.status] ? tr(lang, STATUS_LABELS[r.status]!) : r.status}</span></p>
<dl class="facts"><dt>${T(lang, 'Loại yêu cầu', 'Request')}</dt><dd>${PRIVACY_REQUEST_LABELS[kind] ? tr(lang, PRIVACY_REQUEST_LABELS[kind]) : r.kind}</dd>
<dt>${T(lang, 'Ngày nhận', 'Received on')}</dt><dd>${fmtDate(lang, r.receivedOn)}</dd>
<dt>${T(lang, 'Hạn trả lời', 'Answer due by')}</dt><dd>${fmtDate(lang, r.dueOn)}</dd>
${r.answeredOn ? html`<dt>${T(lang, 'Ngày trả lời', 'Answered on')}</dt><dd>${fmtDate(lang, r.answeredOn)}</dd>` : ''}</dl>
${r.answer ? html`<h3>${T(lang, 'Trả lời của đơn vị', 'The unit’s answer')}</h3><p data-testid="privacy-answer">${r.answer}</p>` : html`<p>${T(lang, 'Đơn vị chưa trả lời; bạn sẽ nhận câu trả lời trước hạn nêu trên.', 'The unit has not answered yet; it answers by the date above.')}</p>`}
${r.retained ? html`<h3>${T(lang, 'Dữ liệu được giữ lại theo luật', 'Data kept as the law requires')}</h3><p>${r.retained === ERASURE_RETAINED.vi ? tr(lang, ERASURE_RETAINED) : r.retained}</p>` : ''}
</section>
<p class="actions"><a class="btn secondary" href="${href(lang, PRIVACY_PATH)}">${T(lang, 'Gửi yêu cầu khác', 'Send another request')}</a></p>`;
}

/** GET/POST /du-lieu-ca-nhan and /du-lieu-ca-nhan/tinh-trang: a citizen's personal-data requests. */
export function registerPrivacyPages(app: FastifyInstance, ctx: Ctx): void {
  const title = (lang: Lang) => T(lang, 'Yêu cầu về dữ liệu cá nhân', 'Personal-data requests');
  const statusTitle = (lang: Lang) =>
    T(lang, 'Tình trạng yêu cầu về dữ liệu cá nhân', 'Status of a personal-data request');
  const frame = (request: FastifyRequest, lang: Lang, inner: Html, status = false) =>
    page({
      lang,
      request,
      title: status ? statusTitle(lang) : title(lang),
      description: T(
        lang,
        'Xem, chỉnh sửa, xóa, rút lại sự đồng ý hoặc phản đối việc xử lý dữ liệu cá nhân đã khai khi gửi đơn.',
        'See, correct, erase, withdraw consent to or object to the processing of the personal data you gave with a petition.',
      ),
      body: html`${crumbs(lang, status ? [{ label: title(lang), path: PRIVACY_PATH }, { label: statusTitle(lang) }] : [{ label: title(lang) }])}<h1>${status ? statusTitle(lang) : title(lang)}</h1>${inner}`,
      nav: null,
      noindex: true,
      script: true,
    });
  const empty: Values = { kind: '', trackingCode: '', contact: '', detail: '', accessCode: '' };
  const invalid = (reply: FastifyReply, body: Html) => sendPage(reply, body, { status: 400 });

  pageRoute(app, 'GET', PRIVACY_PATH, async (request, reply, lang) => {
    const code = qs((request.query as Record<string, unknown>).ma, 40);
    return sendPage(
      reply,
      frame(request, lang, requestForm(lang, { ...empty, trackingCode: code }, {})),
    );
  });

  pageRoute(
    app,
    'POST',
    PRIVACY_PATH,
    async (request, reply, lang) => {
      const v = valuesOf(request);
      let errors = check(lang, v, true);
      if (Object.keys(errors).length)
        return invalid(reply, frame(request, lang, requestForm(lang, v, errors)));
      let receipt;
      try {
        receipt = await submitPortalPrivacyRequest({
          ctx,
          input: { ...v, kind: v.kind as PrivacyRequestKind },
        });
      } catch (e) {
        errors = checkError(lang, e);
        return invalid(reply, frame(request, lang, requestForm(lang, v, errors)));
      }
      const done = html`<div class="ok" role="status"><p><strong>${T(lang, 'Đã nhận yêu cầu của bạn.', 'Your request was received.')}</strong></p>
<dl class="facts"><dt>${T(lang, 'Mã yêu cầu', 'Request code')}</dt><dd><strong class="nowrap" data-testid="privacy-code">${receipt.code}</strong></dd>
<dt>${T(lang, 'Loại yêu cầu', 'Request')}</dt><dd>${tr(lang, PRIVACY_REQUEST_LABELS[receipt.kind])}</dd>
<dt>${T(lang, 'Ngày nhận', 'Received on')}</dt><dd>${fmtDate(lang, receipt.receivedOn)}</dd>
<dt>${T(lang, 'Hạn trả lời', 'Answer due by')}</dt><dd><strong>${fmtDate(lang, receipt.dueOn)}</strong></dd>
<dt>${T(lang, 'Mã truy cập (bí mật)', 'Access code (secret)')}</dt><dd><strong class="nowrap" data-testid="privacy-access-code">${receipt.accessCode}</strong></dd></dl>
<p class="small">${T(lang, 'Căn cứ:', 'Basis:')} ${receipt.ruleSource}</p>
<p><strong>${T(lang, 'Hãy ghi lại và giữ kín mã yêu cầu và mã truy cập: mã truy cập chỉ hiện một lần này, đơn vị không lưu bản rõ nên không cấp lại được.', 'Write down and keep the request code and the access code private: the access code is shown only this once; the unit does not keep it in clear and cannot give it again.')}</strong> ${T(lang, 'Với hai mã này bạn xem được câu trả lời, kể cả sau khi số điện thoại và thư điện tử đã bị xóa theo yêu cầu. Cũng có thể dùng mã yêu cầu cùng mã hồ sơ và số điện thoại hoặc thư điện tử khi chúng còn được lưu.', 'With these two codes you can read the answer, even after your phone and e-mail were erased at your request. The request code with the tracking code and your phone or e-mail also works while those are kept.')}</p></div>
<p class="actions"><a class="btn" href="${href(lang, STATUS_PATH)}">${T(lang, 'Xem tình trạng yêu cầu', 'Check the request')}</a></p>`;
      return sendPage(reply, frame(request, lang, done));
    },
    { rateLimit: { max: 10, timeWindow: '15 minutes' } },
  );

  pageRoute(app, 'GET', STATUS_PATH, async (request, reply, lang) =>
    sendPage(reply, frame(request, lang, statusForm(lang, '', empty, {}), true)),
  );

  pageRoute(
    app,
    'POST',
    STATUS_PATH,
    async (request, reply, lang) => {
      const v = valuesOf(request);
      const code = qs(
        (request.body as Record<string, unknown> | undefined)?.code,
        40,
      ).toUpperCase();
      const byAccessCode = v.accessCode.length > 0;
      let errors: Errors = byAccessCode ? {} : check(lang, v, false);
      if (byAccessCode && v.accessCode.length < 12)
        errors.accessCode = T(
          lang,
          'Mã truy cập gồm 12 ký tự, in trên biên nhận yêu cầu.',
          'The access code has 12 characters, printed on the request’s receipt.',
        );
      if (code.length < 4)
        errors.code = T(
          lang,
          'Hãy nhập mã yêu cầu (bắt đầu bằng DL-).',
          'Enter the request code (starting with DL-).',
        );
      if (Object.keys(errors).length)
        return invalid(reply, frame(request, lang, statusForm(lang, code, v, errors), true));
      let r;
      if (byAccessCode) {
        try {
          r = await privacyRequestByAccessCode(ctx.db, code, v.accessCode, ctx.clock.today());
        } catch (e) {
          if (!isCodedError(e) || e.code !== 'forbidden') throw e;
          errors = { accessCode: T(lang, e.messageVi, e.messageEn) };
          // The code the citizen typed is not echoed back: only the request code stays filled.
          const again = { ...v, accessCode: '' };
          return invalid(reply, frame(request, lang, statusForm(lang, code, again, errors), true));
        }
        return sendPage(reply, frame(request, lang, statusResult(lang, r), true));
      }
      let petitionId: string;
      try {
        petitionId = (await findCitizenCase(ctx.db, v.trackingCode, v.contact)).id;
      } catch (e) {
        return invalid(
          reply,
          frame(request, lang, statusForm(lang, code, v, checkError(lang, e)), true),
        );
      }
      try {
        r = await privacyRequestForPetition(ctx.db, code, petitionId, ctx.clock.today());
      } catch (e) {
        if (!isCodedError(e) || e.code !== 'not_found') throw e;
        errors = {
          code: T(
            lang,
            'Hồ sơ này không có yêu cầu nào mang mã đó.',
            'This petition has no request with that code.',
          ),
        };
        return invalid(reply, frame(request, lang, statusForm(lang, code, v, errors), true));
      }
      return sendPage(reply, frame(request, lang, statusResult(lang, r), true));
    },
    { rateLimit: { max: 30, timeWindow: '15 minutes' } },
  );
}
