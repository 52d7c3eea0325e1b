/**
 * A tiny HTML template helper: `html\`<p>${text}</p>\`` escapes every interpolated value unless it
 * is already `Html` (the result of another template or of `raw` for sanitised stored bodies).
 * Arrays are joined; null, undefined and false render nothing.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESC: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

function render(v: unknown): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return esc(String(v));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Marks trusted markup (sanitised article bodies, generated SVG) as HTML. */
export const raw = (s: string): Html => new Html(s);

/** Attribute helper: `attr('checked', cond)` → ` checked` or nothing. */
export const flag = (name: string, on: boolean): Html => new Html(on ? ` ${name}` : '');
