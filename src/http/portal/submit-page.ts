import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx } from '../../db/context.js';
import { loadPending, savePending } from '../../commands/portal/pending-attachments.js';
import {
  MAX_PORTAL_FILES,
  submitFromPortal,
  type PortalFile,
} from '../../commands/portal/submit-from-portal.js';
import { onlinePetitionProblems } from '../../commands/petitions/online-petition-schema.js';
import { isCodedError } from '../../domain/errors.js';
import { forbiddenCharError, hasForbiddenChar } from '../../domain/text/forbidden-chars.js';
import { MAX_ATTACHMENT_BYTES, sniffAttachment } from '../../domain/petition/file-sniff.js';
import {
  DEADLINE_STEP_LABELS,
  PETITION_KINDS,
  PETITION_KIND_LABELS,
  isPetitionKind,
  type PetitionKind,
} from '../../domain/petition/index.js';
import {
  CONSENT_TEXT,
  DENUNCIATION_IDENTITY_NOTICE,
  KIND_EXPLANATIONS,
} from '../../domain/portal/index.js';
import { activeTopics, currentUnits } from '../../queries/portal/portal-reference.js';
import { flag, html } from './html.js';
import { T, fmtDate, href, tr, type Lang } from './i18n.js';
import { crumbs, page } from './layout.js';
import { pageRoute, sendPage } from './respond.js';

type Values = Record<string, string>;
type Errors = Array<{ field: string; vi: string; en: string }>;

const FIELDS = [
  'kind',
  'topicCode',
  'unitCode',
  'title',
  'content',
  'location',
  'fullName',
  'phone',
  'email',
  'address',
  'identityNumber',
  'consent',
  'idempotencyKey',
] as const;

/** The form's fields from a urlencoded or multipart body (files only from multipart). */
async function readForm(
  request: FastifyRequest,
): Promise<{ values: Values; files: PortalFile[]; keep: Set<number>; badField: string | null }> {
  const values: Values = {};
  const files: PortalFile[] = [];
  // Indexes of the files kept from an earlier attempt that the citizen left ticked.
  const keep = new Set<number>();
  let badField: string | null = null;
  if (request.isMultipart()) {
    for await (const part of request.parts({
      limits: { fields: 30, files: MAX_PORTAL_FILES + 1, parts: 40 },
    })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.filename && bytes.length > 0) files.push({ fileName: part.filename, bytes });
      } else if (typeof part.value === 'string' && hasForbiddenChar(part.value)) {
        // Read the rest of the body first: an unread body would stall the connection.
        badField ??= part.fieldname;
      } else if (
        part.fieldname === 'keep' &&
        typeof part.value === 'string' &&
        /^\d{1,2}$/.test(part.value)
      )
        keep.add(Number(part.value));
      else if (
        typeof part.value === 'string' &&
        (FIELDS as readonly string[]).includes(part.fieldname)
      )
        values[part.fieldname] = part.value;
    }
  } else {
    const body = (request.body ?? {}) as Record<string, unknown>;
    for (const f of FIELDS) if (typeof body[f] === 'string') values[f] = body[f] as string;
  }
  return { values, files, keep, badField };
}

/** The form's values as the use case's input (empty fields become null). */
function formInput(v: Values) {
  const opt = (k: string) => v[k]?.trim() || null;
  return {
    unitCode: v.unitCode ?? '',
    kind: (v.kind ?? '') as PetitionKind,
    topicCode: opt('topicCode'),
    title: (v.title ?? '').trim(),
    content: (v.content ?? '').trim(),
    location: opt('location'),
    petitioner: {
      fullName: (v.fullName ?? '').trim(),
      phone: opt('phone'),
      email: opt('email'),
      address: opt('address'),
      identityNumber: opt('identityNumber'),
    },
    consent: v.consent === 'yes',
  };
}

/** The use case's own schema (shared with the JSON API) plus the form's anti-replay key. */
function validate(v: Values): Errors {
  const e: Errors = onlinePetitionProblems(formInput(v));
  if (!/^[\w.:-]{8,100}$/.test(v.idempotencyKey ?? ''))
    e.push({
      field: 'idempotencyKey',
      vi: 'Biểu mẫu đã cũ, vui lòng gửi lại.',
      en: 'The form expired; please submit again.',
    });
  return e;
}

const text = (
  id: string,
  lang: Lang,
  label: string,
  hint: string | null,
  v: Values,
  errors: Errors,
  opts: { type?: string; required?: boolean; autocomplete?: string; max?: number } = {},
) => {
  const err = errors.find((x) => x.field === id);
  return html`<div class="field"><label for="${id}">${label}${opts.required ? html` <span aria-hidden="true">*</span>` : ''}</label>${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : ''}
${err ? html`<p class="small" id="${id}-err"><strong>${tr(lang, err)}</strong></p>` : ''}
<input type="${opts.type ?? 'text'}" id="${id}" name="${id}" value="${v[id] ?? ''}"${flag('required', Boolean(opts.required))}${opts.autocomplete ? html` autocomplete="${opts.autocomplete}"` : ''} maxlength="${opts.max ?? 300}"${hint || err ? html` aria-describedby="${[hint ? `${id}-hint` : '', err ? `${id}-err` : ''].filter(Boolean).join(' ')}"` : ''}${err ? html` aria-invalid="true"` : ''}></div>`;
};

/** The files kept from the previous attempt, ticked, so the citizen need not pick them again. */
function keptFiles(lang: Lang, pending: readonly PortalFile[]) {
  if (pending.length === 0) return '';
  return html`<div class="notice" id="kept-files"><p><strong>${T(lang, 'Các tệp bạn đã chọn vẫn được giữ lại', 'The files you chose have been kept')}</strong> — ${T(lang, 'không cần chọn lại; bỏ đánh dấu nếu không muốn gửi tệp nào.', 'no need to choose them again; untick any you do not want to send.')}</p>
${pending.map((f, i) => html`<label class="choice" for="keep-${i}"><input type="checkbox" id="keep-${i}" name="keep" value="${i}" checked><span>${f.fileName} <span class="small muted">(${Math.max(1, Math.round(f.bytes.length / 1024))} KB)</span></span></label>`)}</div>`;
}

async function renderForm(
  ctx: Ctx,
  request: FastifyRequest,
  lang: Lang,
  v: Values,
  errors: Errors,
  pending: readonly PortalFile[] = [],
) {
  const today = ctx.clock.today();
  const [units, topics] = await Promise.all([
    currentUnits(ctx.db, today, ['commune']),
    activeTopics(ctx.db),
  ]);
  const key =
    v.idempotencyKey && errors.every((e) => e.field !== 'idempotencyKey')
      ? v.idempotencyKey
      : randomUUID();
  const err = (f: string) => errors.find((x) => x.field === f);
  const body = html`${crumbs(lang, [{ label: T(lang, 'Gửi đơn trực tuyến', 'Submit online') }])}
<h1>${T(lang, 'Gửi đơn trực tuyến', 'Submit a petition online')}</h1>
<p>${T(lang, 'Không cần tài khoản. Sau khi gửi, bạn nhận được mã hồ sơ để tra cứu tình trạng và thời hạn giải quyết. Các mục có dấu * là bắt buộc.', 'No account needed. After sending you receive a tracking code to follow the status and the statutory deadline. Fields marked * are required.')}</p>
${errors.length ? html`<div class="errors" role="alert" tabindex="-1" id="form-errors"><h2>${T(lang, 'Vui lòng kiểm tra lại', 'Please check the form')}</h2><ul>${errors.map((e) => html`<li>${['form', 'idempotencyKey'].includes(e.field) ? tr(lang, e) : html`<a href="#${e.field === 'kind' ? 'kind-complaint' : e.field}">${tr(lang, e)}</a>`}</li>`)}</ul>${pending.length ? html`<p>${T(lang, `Tệp đính kèm (${pending.length}) vẫn được giữ lại, bạn không cần chọn lại.`, `Your attachments (${pending.length}) have been kept; no need to choose them again.`)}</p>` : ''}</div>` : ''}
<form method="post" action="${href(lang, '/gui-don')}" enctype="multipart/form-data" data-once novalidate>
<input type="hidden" name="idempotencyKey" value="${key}">
<fieldset><legend>1. ${T(lang, 'Bạn muốn gửi loại đơn nào?', 'What kind of petition is it?')} *</legend>
${err('kind') ? html`<p><strong>${tr(lang, err('kind')!)}</strong></p>` : ''}
${PETITION_KINDS.map((k: PetitionKind) => html`<label class="choice" for="kind-${k}"><input type="radio" name="kind" id="kind-${k}" value="${k}"${flag('checked', v.kind === k)} required><span><strong>${tr(lang, PETITION_KIND_LABELS[k])}</strong>${tr(lang, KIND_EXPLANATIONS[k])}</span></label>`)}
<p class="notice${v.kind === 'denunciation' ? ' emph' : ''}" id="denunciation-notice"><strong>${T(lang, 'Nếu bạn tố cáo:', 'If you are denouncing:')}</strong> ${tr(lang, DENUNCIATION_IDENTITY_NOTICE)}</p>
</fieldset>
<fieldset><legend>2. ${T(lang, 'Nội dung', 'What it is about')}</legend>
<div class="field"><label for="unitCode">${T(lang, 'Xã, phường nơi gửi đơn', 'Commune or ward')} <span aria-hidden="true">*</span></label><span class="hint" id="unitCode-hint">${T(lang, 'Theo địa giới hành chính hiện hành (sau sắp xếp từ 01/7/2025).', 'Current administrative units (after the 1 July 2025 reorganisation).')}</span>
${err('unitCode') ? html`<p class="small"><strong>${tr(lang, err('unitCode')!)}</strong></p>` : ''}
<select id="unitCode" name="unitCode" required aria-describedby="unitCode-hint"><option value="">${T(lang, '— Chọn xã, phường —', '— Choose —')}</option>${units.map((u) => html`<option value="${u.code}"${flag('selected', v.unitCode === u.code)}>${lang === 'en' && u.nameEn ? u.nameEn : u.name}${u.parentName ? ` (${u.parentName})` : ''}</option>`)}</select></div>
<div class="field"><label for="topicCode">${T(lang, 'Lĩnh vực', 'Topic')}</label><span class="hint" id="topicCode-hint">${T(lang, 'Không bắt buộc; danh sách thay đổi theo loại đơn.', 'Optional; the list follows the kind of petition.')}</span>
<select id="topicCode" name="topicCode" aria-describedby="topicCode-hint"><option value="">${T(lang, '— Chưa rõ —', '— Not sure —')}</option>${topics.map((t) => html`<option value="${t.code}" data-kinds="${t.kinds.join(' ')}"${flag('selected', v.topicCode === t.code)}>${lang === 'en' ? t.en : t.vi}</option>`)}</select></div>
${text('title', lang, T(lang, 'Tiêu đề', 'Title'), T(lang, 'Một câu ngắn, ví dụ: «Đèn đường ấp 3 không sáng».', 'One short sentence, e.g. “Street light in hamlet 3 is out”.'), v, errors, { required: true })}
<div class="field"><label for="content">${T(lang, 'Nội dung chi tiết', 'Description')} <span aria-hidden="true">*</span></label><span class="hint" id="content-hint">${T(lang, 'Sự việc gì, ở đâu, từ khi nào, bạn đề nghị gì.', 'What happened, where, since when, and what you ask for.')}</span>
${err('content') ? html`<p class="small"><strong>${tr(lang, err('content')!)}</strong></p>` : ''}
<textarea id="content" name="content" required maxlength="20000" aria-describedby="content-hint">${v.content ?? ''}</textarea></div>
${text('location', lang, T(lang, 'Địa điểm sự việc', 'Location'), T(lang, 'Không bắt buộc. Với phản ánh, kiến nghị, địa điểm có thể được công khai cùng kết quả — đừng ghi thông tin cá nhân.', 'Optional. For feedback and recommendations the location may be published with the answer — do not put personal details here.'), v, errors, { max: 500 })}
<div class="field"><label for="files">${T(lang, 'Tệp đính kèm', 'Attachments')}</label><span class="hint" id="files-hint">${T(lang, `Không bắt buộc. Tối đa ${MAX_PORTAL_FILES} tệp, mỗi tệp đến 10 MB: PDF, ảnh PNG/JPEG, Word, Excel, văn bản.`, `Optional. Up to ${MAX_PORTAL_FILES} files of 10 MB each: PDF, PNG/JPEG photos, Word, Excel, text.`)}</span>
${err('files') ? html`<p class="small"><strong>${tr(lang, err('files')!)}</strong></p>` : ''}
${keptFiles(lang, pending)}
<input type="file" id="files" name="files" multiple accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt" aria-describedby="files-hint"></div>
</fieldset>
<fieldset><legend>3. ${T(lang, 'Thông tin liên hệ', 'Your contact details')}</legend>
<p class="small muted">${T(lang, 'Không hiển thị trên trang công khai. Số điện thoại hoặc thư điện tử dùng để nhận trả lời và xác nhận khi bạn đánh giá kết quả.', 'Never shown publicly. The phone or e-mail is used to answer you and to confirm it is you when you rate the result.')}</p>
${text('fullName', lang, T(lang, 'Họ và tên', 'Full name'), null, v, errors, { required: true, autocomplete: 'name', max: 200 })}
<div class="grid two">${text('phone', lang, T(lang, 'Số điện thoại', 'Phone'), null, v, errors, { type: 'tel', autocomplete: 'tel', max: 20 })}${text('email', lang, T(lang, 'Thư điện tử', 'E-mail'), null, v, errors, { type: 'email', autocomplete: 'email', max: 200 })}</div>
${text('address', lang, T(lang, 'Địa chỉ', 'Address'), T(lang, 'Bắt buộc với đơn tố cáo (hoặc số định danh).', 'Required for a denunciation (or the identity number).'), v, errors, { autocomplete: 'street-address', max: 500 })}
${text('identityNumber', lang, T(lang, 'Số định danh cá nhân (CCCD)', 'Personal identity number'), T(lang, 'Không bắt buộc, trừ đơn tố cáo khi không ghi địa chỉ.', 'Optional, except for a denunciation without an address.'), v, errors, { max: 20 })}
</fieldset>
<fieldset><legend>4. ${T(lang, 'Đồng ý xử lý dữ liệu cá nhân', 'Consent to personal-data processing')} *</legend>
<p class="small">${tr(lang, CONSENT_TEXT)} <a href="${href(lang, '/du-lieu-ca-nhan')}">${T(lang, 'Yêu cầu về dữ liệu cá nhân', 'Personal-data requests')}</a></p>
${err('consent') ? html`<p><strong>${tr(lang, err('consent')!)}</strong></p>` : ''}
<label class="choice" for="consent"><input type="checkbox" id="consent" name="consent" value="yes"${flag('checked', v.consent === 'yes')} required><span>${T(lang, 'Tôi đã đọc và đồng ý.', 'I have read this and agree.')}</span></label>
</fieldset>
<p><button type="submit" class="btn" data-busy="${T(lang, 'Đang gửi…', 'Sending…')}">${T(lang, 'Gửi đơn', 'Send')}</button></p>
</form>`;
  return page({
    lang,
    request,
    title: T(lang, 'Gửi đơn trực tuyến', 'Submit online'),
    description: T(
      lang,
      'Gửi đơn khiếu nại, tố cáo, kiến nghị, phản ánh trực tuyến, không cần tài khoản; nhận mã hồ sơ để tra cứu.',
      'Send a complaint, denunciation, recommendation or feedback online, no account needed; get a code to track it.',
    ),
    body,
    nav: 'submit',
    script: true,
    noindex: errors.length > 0,
  });
}

/** Splits a tracking code into its groups, spaced so that it reads aloud clearly. */
function spoken(code: string): string {
  return code
    .split('-')
    .map((g) => g.split('').join(' '))
    .join(' – ');
}

/** The online form (GET), its submission (POST) and the confirmation with the tracking code. */
export function registerSubmitPage(app: FastifyInstance, ctx: Ctx): void {
  pageRoute(app, 'GET', '/gui-don', async (request, reply, lang) => {
    const q = request.query as Record<string, unknown>;
    const kind = typeof q.kind === 'string' && isPetitionKind(q.kind) ? q.kind : '';
    return sendPage(reply, await renderForm(ctx, request, lang, { kind }, []));
  });

  pageRoute(
    app,
    'POST',
    '/gui-don',
    async (request, reply, lang) => {
      const { values: v, files: fresh, keep, badField } = await readForm(request);
      const key = v.idempotencyKey ?? '';
      // The files kept from an earlier attempt that are still ticked, then the newly chosen ones.
      const files = [...loadPending(ctx.dataDir, key).filter((_, i) => keep.has(i)), ...fresh];
      const errors = validate(v);
      if (badField) {
        const e = forbiddenCharError(badField);
        errors.unshift({ field: badField, vi: e.messageVi, en: e.messageEn });
      }
      if (errors.length) {
        const kept = errors.some((e) => e.field === 'idempotencyKey')
          ? []
          : files.slice(0, MAX_PORTAL_FILES);
        savePending(ctx.dataDir, key, kept);
        return sendPage(reply, await renderForm(ctx, request, lang, v, errors, kept), {
          status: 400,
        });
      }
      let result;
      try {
        result = await submitFromPortal({
          ctx,
          idempotencyKey: v.idempotencyKey!,
          files,
          input: formInput(v),
        });
      } catch (e) {
        if (!isCodedError(e) || e.code === 'internal_error') throw e;
        // A key already used for another body (the form was sent, then edited via Back): a fresh key lets the citizen send the new text.
        const error =
          e.code === 'conflict'
            ? {
                field: 'idempotencyKey',
                vi: 'Biểu mẫu này đã được gửi trước đó với nội dung khác. Hãy kiểm tra lại rồi bấm «Gửi đơn» để gửi thành đơn mới.',
                en: 'This form was already sent with different content. Check it and press “Send” to send it as a new petition.',
              }
            : {
                field: typeof e.details?.field === 'string' ? e.details.field : 'form',
                vi: e.messageVi,
                en: e.messageEn,
              };
        // Keep the acceptable files for the corrected form; a rejected file is named in the error.
        const kept =
          e.code === 'conflict'
            ? []
            : files
                .filter(
                  (f) =>
                    f.bytes.length <= MAX_ATTACHMENT_BYTES && sniffAttachment(f.bytes, f.fileName),
                )
                .slice(0, MAX_PORTAL_FILES);
        savePending(ctx.dataDir, key, kept);
        return sendPage(reply, await renderForm(ctx, request, lang, v, [error], kept), {
          status: e.code === 'conflict' ? 409 : 400,
        });
      }
      savePending(ctx.dataDir, key, []);
      const r = result.receipt;
      const kindLabel = isPetitionKind(r.kind) ? tr(lang, PETITION_KIND_LABELS[r.kind]) : r.kind;
      const step = r.dueStep ? DEADLINE_STEP_LABELS[r.dueStep] : undefined;
      const body = html`<div class="ok" role="status">
<h1>${T(lang, 'Đơn của bạn đã được tiếp nhận', 'Your petition has been received')}</h1>
<p>${T(lang, 'Mã hồ sơ của bạn:', 'Your tracking code:')}</p>
<p class="code" id="tracking-code" aria-describedby="code-spoken">${r.trackingCode}</p>
<p class="spell" id="code-spoken">${T(lang, 'Đọc là', 'Read as')}: ${spoken(r.trackingCode)}. ${T(lang, 'Mã không dùng chữ I, L, O, U nên không nhầm với số 0 và 1.', 'Codes never use I, L, O or U, so they cannot be mistaken for 0 and 1.')}</p>
<dl class="facts">
<dt>${T(lang, 'Loại đơn', 'Kind')}</dt><dd>${kindLabel}</dd>
<dt>${T(lang, 'Ngày tiếp nhận', 'Received on')}</dt><dd>${fmtDate(lang, r.receivedOn)}</dd>
${r.dueOn ? html`<dt>${step ? tr(lang, step) : T(lang, 'Thời hạn', 'Deadline')}</dt><dd>${T(lang, 'trước ngày', 'by')} ${fmtDate(lang, r.dueOn)}</dd>` : ''}
${result.files ? html`<dt>${T(lang, 'Tệp đính kèm', 'Attachments')}</dt><dd>${result.files}</dd>` : ''}
</dl>
</div>
<h2>${T(lang, 'Theo dõi hồ sơ', 'Following your case')}</h2>
<ol>
<li>${T(lang, 'Ghi lại hoặc chụp màn hình mã hồ sơ ở trên.', 'Write down or screenshot the code above.')}</li>
<li>${T(lang, 'Vào mục «Tra cứu hồ sơ» và nhập mã để xem tình trạng, thời hạn và câu trả lời.', 'Open “Track a case” and enter the code to see the status, deadlines and the answer.')}</li>
<li>${T(lang, 'Khi có kết quả, bạn có thể đánh giá và, nếu chưa hài lòng, yêu cầu xem xét lại bằng số điện thoại hoặc thư điện tử đã khai.', 'Once answered, you can rate the result and, if unsatisfied, ask for a review using the phone or e-mail you gave.')}</li>
</ol>
<p class="actions"><a class="btn" href="${href(lang, `/tra-cuu/${r.trackingCode}`)}">${T(lang, 'Xem hồ sơ của tôi', 'View my case')}</a> <a class="btn secondary" href="${href(lang, '/')}">${T(lang, 'Về trang chủ', 'Home')}</a></p>`;
      return sendPage(
        reply,
        page({
          lang,
          request,
          title: T(lang, 'Đã tiếp nhận đơn', 'Petition received'),
          description: '',
          body,
          nav: 'submit',
          noindex: true,
        }),
        { status: result.replayed ? 200 : 201 },
      );
    },
    { rateLimit: { max: 10, timeWindow: '1 minute' } },
  );
}
