/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2/): status mapping, dates and the XML
 * form of responses. Only recommendations and feedback are Open311 service requests; complaints
 * and denunciations are legal procedures with personal stakes and never leave the system this way.
 */

/** Kinds exposed through Open311. */
export const OPEN311_KINDS = ['feedback', 'recommendation'] as const;

/** Statuses after which nothing more happens, plus a decided/published informal case. */
const CLOSED = new Set(['closed', 'filed', 'returned_with_guidance', 'withdrawn', 'terminated']);

/** open | closed as the specification knows them. */
export function open311Status(status: string, kind: string): 'open' | 'closed' {
  if (CLOSED.has(status)) return 'closed';
  if (
    (kind === 'feedback' || kind === 'recommendation') &&
    (status === 'decided' || status === 'published')
  )
    return 'closed';
  return 'open';
}

/** The statuses that map to `closed` for a filter (informal kinds only). */
export const OPEN311_CLOSED_STATUSES = [
  'closed',
  'filed',
  'returned_with_guidance',
  'withdrawn',
  'terminated',
  'decided',
  'published',
] as const;

/** An instant as ISO 8601 in Vietnam time: `2019-10-18T18:40:00+07:00`. */
export function isoVietnam(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

/** A calendar date as the end of that working day in Vietnam (a due date is "by the end of"). */
export function dueDateTime(date: string): string {
  return `${date}T17:00:00+07:00`;
}

/** Parses an Open311 date filter (ISO 8601, with or without zone; a bare date is Vietnam midnight). */
export function parseOpen311Date(v: string): Date | null {
  const s = /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00+07:00` : v;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(s)) return null;
  const d = new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s}+07:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Characters XML 1.0 forbids; dropped before escaping. */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** XML-escapes text (element content and attribute values). */
export function xmlEscape(s: string): string {
  return s
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * What the XML writer accepts: scalars, arrays and plain records of them. Typed as `object` for
 * records so that the queries' row interfaces (which carry no index signature) pass unchanged.
 */
export type XmlValue = string | number | boolean | null | undefined | readonly XmlValue[] | object;

function element(
  name: string,
  value: XmlValue,
  itemNames: Readonly<Record<string, string>>,
): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const child = itemNames[name] ?? 'item';
    return `<${name}>${(value as readonly XmlValue[]).map((v) => element(child, v, itemNames)).join('')}</${name}>`;
  }
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => element(k, v as XmlValue, itemNames))
      .join('')}</${name}>`;
  return `<${name}>${xmlEscape(String(value))}</${name}>`;
}

/**
 * The XML form of a response: `root` wraps the list, each entry named `item` (the specification's
 * `<services><service>…`, `<service_requests><request>…`, `<errors><error>…`); nested arrays are
 * named by `itemNames` (e.g. keywords → keyword).
 */
export function toOpen311Xml(
  root: string,
  item: string,
  rows: readonly object[] | object,
  itemNames: Readonly<Record<string, string>> = {},
): string {
  const body = Array.isArray(rows)
    ? (rows as readonly object[]).map((r) => element(item, r, itemNames)).join('')
    : Object.entries(rows)
        .map(([k, v]) => element(k, v, itemNames))
        .join('');
  return `<?xml version="1.0" encoding="utf-8"?><${root}>${body}</${root}>`;
}
