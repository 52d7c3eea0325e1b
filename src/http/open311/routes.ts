import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../db/context.js';
import { submitServiceRequest } from '../../commands/open311/submit-service-request.js';
import { isCodedError } from '../../domain/errors.js';
import { forbiddenCharError, hasForbiddenChar } from '../../domain/text/forbidden-chars.js';
import { dueDateTime, parseOpen311Date, toOpen311Xml } from '../../domain/open311/georeport.js';
import {
  getOpen311Request,
  listOpen311Requests,
  listOpen311Services,
  listOpen311Updates,
} from '../../queries/open311/georeport.js';
import { jurisdictionScope as findJurisdictionScope } from '../../queries/open311/jurisdiction-scope.js';

type Format = 'json' | 'xml';
/** A response body: one record or a list of them (rows of the Open311 queries). */
type Row = object;

const STATUS_OF_CODE: Record<string, number> = {
  validation_failed: 400,
  forbidden: 403,
  unauthenticated: 403,
  not_found: 404,
  rate_limited: 429,
};

/** The format from a path ending in .json or .xml (JSON when neither). */
function formatOf(request: FastifyRequest): Format {
  return /\.xml(\?|$)/.test(request.url) ? 'xml' : 'json';
}

function send(
  reply: FastifyReply,
  format: Format,
  status: number,
  root: string,
  item: string,
  rows: Row[] | Row,
  itemNames: Record<string, string> = {},
): FastifyReply {
  reply.code(status).header('access-control-allow-origin', '*');
  if (format === 'xml')
    return reply.type('text/xml; charset=utf-8').send(toOpen311Xml(root, item, rows, itemNames));
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(rows));
}

/** Open311 errors: an array of {code, description}, in the request's format. */
function sendErrors(
  reply: FastifyReply,
  format: Format,
  status: number,
  description: string,
): FastifyReply {
  return send(reply, format, status, 'errors', 'error', [{ code: status, description }]);
}

const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : null;
const lang = (q: Record<string, unknown>): 'vi' | 'en' =>
  str(q.locale)?.toLowerCase().startsWith('en') ? 'en' : 'vi';

/** Version of this Open311 interface (a W3C datetime, as the discovery document requires). */
const CHANGESET = '2026-12-01T00:00:00+07:00';

/** A form's fields; a repeated name (media_url) keeps every value. */
function formFields(entries: Iterable<[string, string]>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of entries) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

/** The text fields of a multipart/form-data body (FixMyStreet sends one with photos); files are not kept. */
async function multipartFields(
  request: FastifyRequest,
): Promise<Record<string, string | string[]>> {
  const fields: Array<[string, string]> = [];
  let badField: string | null = null;
  for await (const part of request.parts({
    limits: {
      fields: 100,
      parts: 120,
      files: 20,
      fieldSize: 64 * 1024,
      fileSize: 10 * 1024 * 1024,
    },
  })) {
    // A bad field is reported after the whole body is read: an unread body stalls the connection.
    if (part.type === 'field') {
      if (hasForbiddenChar(String(part.value))) badField ??= part.fieldname;
      fields.push([part.fieldname, String(part.value)]);
    } else part.file.resume();
  }
  if (badField) throw forbiddenCharError(badField);
  return formFields(fields);
}

/** Every value of a field (repeated or comma-free single). */
const all = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string')
      : [];

/** A comma-separated list parameter (service_code=a,b), or undefined when absent or empty. */
function list(v: unknown): string[] | undefined {
  const items = all(v)
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/** start_date / end_date, or null when either is malformed. */
function dates(q: Record<string, unknown>): { start: Date | null; end: Date | null } | null {
  const startRaw = str(q.start_date);
  const endRaw = str(q.end_date);
  const start = startRaw ? parseOpen311Date(startRaw) : null;
  const end = endRaw ? parseOpen311Date(endRaw) : null;
  if ((startRaw && !start) || (endRaw && !end)) return null;
  return { start, end };
}

/** A path parameter "{id}.json" / "{id}.xml" split into id and format, or null. */
function idAndFormat(file: string): { id: string; format: Format } | null {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { id: decodeURIComponent(m[1]!), format: m[2] as Format } : null;
}

/**
 * Open311 GeoReport v2 at /open311/v2/ (register with that prefix): discovery, services (the
 * topics flagged open311), service definitions, requests (GET and POST) and tokens, in JSON and
 * XML. Only feedback and recommendations; never complaints, denunciations, sealed cases or personal
 * data. Errors follow the specification (array of {code, description}; 400, 403, 404).
 */
export async function open311Routes(app: FastifyInstance, { ctx }: { ctx: Ctx }): Promise<void> {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_req, body, done) => {
      done(null, formFields(new URLSearchParams(body as string)));
    },
  );
  app.setErrorHandler((error, request, reply) => {
    const format = formatOf(request);
    if (isCodedError(error))
      return sendErrors(reply, format, STATUS_OF_CODE[error.code] ?? 400, error.messageEn);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500)
      return sendErrors(
        reply,
        format,
        status,
        status === 429 ? 'Too many requests' : 'Bad request',
      );
    request.log.error({ err: { message: (error as Error).message } }, 'open311 error');
    return sendErrors(reply, format, 500, 'Internal error');
  });
  app.setNotFoundHandler((request, reply) =>
    sendErrors(reply, formatOf(request), 404, 'Not found'),
  );

  const opts = {
    schema: { hide: true },
    config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
  };

  /** The units of `jurisdiction_id` (its subtree and predecessors), null when none is given; 404 when unknown. */
  const jurisdictionScope = (q: Record<string, unknown>): Promise<Set<string> | null> =>
    findJurisdictionScope(ctx.db, str(q.jurisdiction_id));

  for (const format of ['json', 'xml'] as const) {
    app.get(`/discovery.${format}`, opts, async (request, reply) => {
      const base = `${request.protocol}://${request.host}/open311/v2`;
      const doc = {
        changeset: CHANGESET,
        contact:
          'Liên hệ quản trị viên hệ thống Dân Vận / Contact the Dân Vận system administrator',
        key_service:
          'api_key: mã truy cập API do quản trị viên cấp (danvan token create) / an API token issued by an administrator',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: base,
            changeset: CHANGESET,
            type: 'production',
            formats: ['text/xml', 'application/json'],
          },
        ],
      };
      if (format === 'json') return send(reply, format, 200, '', '', doc);
      return send(reply, format, 200, 'discovery', '', doc, {
        endpoints: 'endpoint',
        formats: 'format',
      });
    });

    app.get(`/services.${format}`, opts, async (request, reply) => {
      await jurisdictionScope(request.query as Record<string, unknown>);
      const rows = await listOpen311Services(
        ctx.db,
        lang(request.query as Record<string, unknown>),
      );
      return send(reply, format, 200, 'services', 'service', rows);
    });

    app.get(`/requests.${format}`, opts, async (request, reply) => {
      const q = request.query as Record<string, unknown>;
      const ids = list(q.service_request_id);
      const window = dates(q);
      if (!window)
        return sendErrors(
          reply,
          format,
          400,
          'start_date and end_date must be W3C datetimes (e.g. 2026-01-31T00:00:00+07:00)',
        );
      const statuses = list(q.status)?.map((s) => s.toLowerCase()) ?? [];
      if (statuses.some((s) => s !== 'open' && s !== 'closed'))
        return sendErrors(reply, format, 400, 'status must be open or closed');
      const status = statuses.length === 1 ? (statuses[0] as 'open' | 'closed') : null;
      const serviceCodes = list(q.service_code);
      if (serviceCodes && !ids) {
        const known = new Set((await listOpen311Services(ctx.db, 'vi')).map((x) => x.service_code));
        const unknown = serviceCodes.filter((c) => !known.has(c));
        if (unknown.length)
          return sendErrors(reply, format, 404, `Unknown service_code: ${unknown.join(', ')}`);
      }
      const unitCodes = await jurisdictionScope(q);
      // The specification's default window: the last 90 days unless dates or ids are given.
      const defStart =
        !ids && !window.start && !window.end
          ? new Date(ctx.clock.now().getTime() - 90 * 86_400_000)
          : null;
      const rows = await listOpen311Requests(
        ctx.db,
        {
          ...(ids ? { ids } : {}),
          serviceCodes: serviceCodes ?? [],
          unitCodes,
          start: window.start ?? defStart,
          end: window.end,
          status,
          limit: 1000,
        },
        lang(q),
      );
      return send(reply, format, 200, 'service_requests', 'request', rows);
    });

    app.post(
      `/requests.${format}`,
      { ...opts, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const b = request.isMultipart()
          ? await multipartFields(request)
          : ((request.body ?? {}) as Record<string, unknown>);
        const n = (v: unknown) => (str(v) !== null && str(v) !== '' ? Number(str(v)) : null);
        if (!str(b.api_key)) return sendErrors(reply, format, 403, 'api_key is required');
        if (!str(b.service_code)) return sendErrors(reply, format, 400, 'service_code is required');
        const r = await submitServiceRequest({
          ctx,
          input: {
            apiKey: str(b.api_key)!,
            serviceCode: str(b.service_code)!,
            jurisdictionId: str(b.jurisdiction_id),
            lat: n(b.lat),
            long: n(b.long),
            addressString: str(b.address_string),
            addressId: str(b.address_id),
            description: str(b.description),
            firstName: str(b.first_name),
            lastName: str(b.last_name),
            email: str(b.email),
            phone: str(b.phone),
            mediaUrls: all(b.media_url),
          },
        });
        const notice = r.dueOn
          ? `Đã tiếp nhận; hạn xử lý đơn ${r.dueOn.split('-').reverse().join('/')} / Received; processing due by ${dueDateTime(r.dueOn)}`
          : 'Đã tiếp nhận / Received';
        return send(reply, format, 201, 'service_requests', 'request', [
          { service_request_id: r.serviceRequestId, service_notice: notice, account_id: null },
        ]);
      },
    );
  }

  // mySociety's extension used by FixMyStreet: the public steps of cases, oldest first.
  for (const format of ['json', 'xml'] as const) {
    app.get(`/servicerequestupdates.${format}`, opts, async (request, reply) => {
      const q = request.query as Record<string, unknown>;
      const window = dates(q);
      if (!window)
        return sendErrors(
          reply,
          format,
          400,
          'start_date and end_date must be W3C datetimes (e.g. 2026-01-31T00:00:00+07:00)',
        );
      const ids = list(q.service_request_id);
      const unitCodes = await jurisdictionScope(q);
      const defStart =
        !ids && !window.start && !window.end
          ? new Date(ctx.clock.now().getTime() - 90 * 86_400_000)
          : null;
      const rows = await listOpen311Updates(
        ctx.db,
        {
          start: window.start ?? defStart,
          end: window.end,
          ...(ids ? { ids } : {}),
          unitCodes,
          limit: 5000,
        },
        lang(q),
      );
      return send(reply, format, 200, 'service_request_updates', 'request_update', rows);
    });
  }

  app.get('/services/:file', opts, async (request, reply) => {
    const p = idAndFormat((request.params as { file: string }).file);
    if (!p) return sendErrors(reply, 'json', 404, 'Not found');
    const services = await listOpen311Services(ctx.db, 'vi');
    if (!services.some((s) => s.service_code === p.id))
      return sendErrors(reply, p.format, 404, `Service ${p.id} not found`);
    return send(reply, p.format, 200, 'service_definition', '', {
      service_code: p.id,
      attributes: [],
    });
  });

  app.get('/requests/:file', opts, async (request, reply) => {
    const p = idAndFormat((request.params as { file: string }).file);
    if (!p) return sendErrors(reply, 'json', 404, 'Not found');
    const r = await getOpen311Request(ctx.db, p.id, lang(request.query as Record<string, unknown>));
    return send(reply, p.format, 200, 'service_requests', 'request', [r]);
  });

  // Requests are created synchronously, so the token is the service_request_id itself.
  app.get('/tokens/:file', opts, async (request, reply) => {
    const p = idAndFormat((request.params as { file: string }).file);
    if (!p) return sendErrors(reply, 'json', 404, 'Not found');
    const r = await getOpen311Request(ctx.db, p.id, 'vi');
    return send(reply, p.format, 200, 'service_requests', 'request', [
      { service_request_id: r.service_request_id, token: p.id },
    ]);
  });
}
