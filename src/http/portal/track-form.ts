import { html, type Html } from './html.js';
import { T, href, type Lang } from './i18n.js';

/** The search form (shared by home and /tra-cuu). */
export function trackForm(lang: Lang, value = '', error: string | null = null): Html {
  return html`<form method="get" action="${href(lang, '/tra-cuu')}" class="track-inline" role="search">
<label class="visually-hidden" for="code">${T(lang, 'Mã hồ sơ', 'Tracking code')}</label>
<input type="text" id="code" name="code" value="${value}" placeholder="${T(lang, 'Ví dụ: 7K3M-Q9XD-2F', 'e.g. 7K3M-Q9XD-2F')}" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="40" required${error ? html` aria-invalid="true" aria-describedby="code-err"` : ''}>
<button class="btn" type="submit">${T(lang, 'Tra cứu', 'Track')}</button>
${error ? html`<p id="code-err" class="small" role="alert"><strong>${error}</strong></p>` : ''}
</form>`;
}
