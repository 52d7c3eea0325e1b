import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

type Json = Record<string, unknown>;
type Responses = Record<string, { content?: Record<string, { schema?: Json }> }>;

const DOC_ID = 'https://danvan.local/openapi.json';
// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule })
  .default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/** Fastify's `/a/:id` → OpenAPI's `/a/{id}`. */
export function toOpenApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks HTTP responses against the app's own OpenAPI document: the status must be declared, the
 * media type must be one the operation declares, and a JSON body must match its schema. A
 * mismatch throws an error naming method, URL, status and the schema's JSON pointer.
 */
export class ResponseValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly doc: Json) {
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      validateSchema: false,
      validateFormats: true,
    });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...doc, $id: DOC_ID });
  }

  /** Validates one response; `routeUrl` is the matched Fastify route (undefined: no route matched). */
  check(
    method: string,
    url: string,
    routeUrl: string | undefined,
    res: LightMyRequestResponse,
  ): void {
    if (!routeUrl) return; // the not-found handler: no operation to compare with
    const path = toOpenApiPath(routeUrl);
    const m = method.toLowerCase();
    const paths = this.doc.paths as Record<string, Record<string, { responses?: Responses }>>;
    const op = paths[path]?.[m === 'head' ? 'get' : m];
    if (!op) return; // hidden routes (portal pages, Open311, static files) are not part of the document
    const where = `${method.toUpperCase()} ${url} → ${res.statusCode} (operation ${m} ${path})`;
    const status = String(res.statusCode);
    const responses = op.responses ?? {};
    const key = responses[status]
      ? status
      : responses[`${status[0]}XX`]
        ? `${status[0]}XX`
        : responses.default
          ? 'default'
          : null;
    if (!key) {
      throw new Error(
        `OpenAPI drift: ${where}: status ${status} is not declared (declared: ${Object.keys(responses).join(', ')}). Add it to the route's response schema (problemResponses(${status}) for errors). Body: ${res.body.slice(0, 300)}`,
      );
    }
    const content = responses[key]!.content;
    const rawType = String(res.headers['content-type'] ?? '');
    const mediaType = rawType.split(';')[0]!.trim().toLowerCase();
    if (!content || Object.keys(content).length === 0) {
      if (res.body.length > 0 && m !== 'head')
        throw new Error(
          `OpenAPI drift: ${where}: declares no body but got ${res.body.length} bytes of ${rawType}`,
        );
      return;
    }
    if (m === 'head') return;
    const declared = Object.keys(content);
    const match =
      declared.find((d) => d === mediaType) ??
      declared.find(
        (d) => d === '*/*' || (d.endsWith('/*') && mediaType.startsWith(d.slice(0, -1))),
      );
    if (!match)
      throw new Error(
        `OpenAPI drift: ${where}: content-type "${rawType}" is not declared (declared: ${declared.join(', ')})`,
      );
    if (!/[/+]json$/.test(match)) return; // files: the media type is the contract
    const pointer = `#/paths/${escapePointer(path)}/${m}/responses/${key}/content/${escapePointer(match)}/schema`;
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOC_ID}${pointer}` });
      this.compiled.set(pointer, validate);
    }
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      throw new Error(`OpenAPI drift: ${where}: body is not JSON although ${match} is declared`);
    }
    if (!validate(body)) {
      const errors = (validate.errors ?? [])
        .slice(0, 8)
        .map(
          (e) =>
            `  body${e.instancePath || ''} ${e.message ?? ''} (schema ${pointer}${e.schemaPath.replace(/^#/, '')}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''})`,
        );
      throw new Error(
        `OpenAPI drift: ${where}: the body does not match the declared schema ${pointer}\n${errors.join('\n')}\nFix the route's response schema (or the handler). Body: ${res.body.slice(0, 500)}`,
      );
    }
  }
}

/** One validator (compiled schemas) per distinct document, shared by the test apps of a file. */
const validators = new Map<string, ResponseValidator>();
function validatorFor(app: FastifyInstance): ResponseValidator {
  const doc = app.swagger() as unknown as Json;
  const key = JSON.stringify(doc);
  let v = validators.get(key);
  if (!v) validators.set(key, (v = new ResponseValidator(doc)));
  return v;
}

/**
 * Makes every `app.inject(...)` promise validate its response against the app's document. The
 * matched route is taken from an onSend hook keyed by the raw request object.
 */
export function validateResponses(app: FastifyInstance): void {
  const routes = new WeakMap<object, string | undefined>();
  let validator: ResponseValidator | null = null;
  app.addHook('onSend', async (request) => {
    routes.set(request.raw, request.routeOptions.url);
  });
  const original = app.inject.bind(app) as (opts: unknown) => Promise<LightMyRequestResponse>;
  const wrapped = async (opts: { method?: string; url?: string } | string) => {
    const res = await original(opts);
    const routeUrl = routes.get(res.raw.req);
    validator ??= validatorFor(app);
    const method = typeof opts === 'string' ? 'GET' : (opts.method ?? 'GET');
    const url = typeof opts === 'string' ? opts : (opts.url ?? '/');
    validator.check(method, url, routeUrl, res);
    return res;
  };
  (app as unknown as { inject: typeof wrapped }).inject = wrapped;
}
