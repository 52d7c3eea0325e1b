/**
 * The rules that turn the routes' zod schemas into one valid OpenAPI 3.1 document. They are
 * central on purpose: every route, including ones added later, gets an operationId, the right
 * security, problem+json errors and real file media types without editing its routes.ts.
 */
import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';

type Json = Record<string, unknown>;
type Operation = Json & {
  responses?: Record<string, Json>;
  security?: unknown[];
  operationId?: string;
  requestBody?: Json;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** operationIds chosen by hand where the generated one would read badly. Key: `METHOD /path`. */
export const OPERATION_ID_OVERRIDES: Record<string, string> = {
  'GET /healthz': 'getHealth',
  'POST /api/v1/auth/login': 'login',
  'POST /api/v1/auth/logout': 'logout',
  'GET /api/v1/me': 'getMe',
  'GET /api/v1/petitions': 'listPetitions',
  'POST /api/v1/petitions': 'submitPetition',
  'GET /api/v1/petitions/{id}': 'getPetition',
  'POST /api/v1/petitions/{id}/actions/{action}': 'performPetitionAction',
};

/** Operations anyone may call although they can answer 401 (wrong password is not "log in first"). */
export const PUBLIC_OPERATIONS = new Set(['POST /api/v1/auth/login']);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** File downloads by the path's ending; the 200 response is the file itself, not JSON. */
const FILE_SUFFIXES: Array<[string, string[]]> = [
  ['.docx', [DOCX]],
  ['.xlsx', [XLSX]],
  ['.csv', ['text/csv']],
];
/** Downloads whose type depends on the stored file: the types accepted on upload. */
const FILE_PATHS: Record<string, string[]> = {
  '/api/v1/petitions/{id}/attachments/{attachmentId}': [
    'application/pdf',
    'image/png',
    'image/jpeg',
    DOCX,
    XLSX,
    'text/plain',
  ],
};

const MULTIPART_FILE = {
  'multipart/form-data': {
    schema: {
      type: 'object',
      properties: {
        file: { type: 'string', contentMediaType: 'application/octet-stream' },
        purpose: { type: 'string' },
      },
      required: ['file'],
    },
  },
};
/** Request bodies that are not JSON (the route reads them itself). */
const REQUEST_BODIES: Record<string, Json> = {
  'POST /api/v1/petitions/{id}/attachments': { required: true, content: MULTIPART_FILE },
  'POST /api/v1/news/images': {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          properties: { file: { type: 'string', contentMediaType: 'image/*' } },
          required: ['file'],
        },
      },
    },
  },
  'POST /api/v1/admin/imports': {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          properties: {
            file: {
              type: 'string',
              contentMediaType: 'application/octet-stream',
              description: 'Sổ theo dõi .xlsx hoặc .csv (UTF-8) / Register .xlsx or .csv (UTF-8)',
            },
            unitCode: { type: 'string' },
            dryRun: { type: 'string', enum: ['true', 'false'], default: 'true' },
            expectedSha256: {
              type: 'string',
              pattern: '^[0-9a-fA-F]{64}$',
              description: 'Bắt buộc khi xác nhận / Required to confirm (dryRun=false)',
            },
            mapping: { type: 'string', description: 'JSON: field → column header or number' },
            channel: { type: 'string' },
          },
          required: ['file', 'unitCode'],
        },
      },
    },
  },
  'POST /api/v1/admin/units/import': {
    required: true,
    content: {
      'text/csv': { schema: { type: 'string', minLength: 1, maxLength: 8 * 1024 * 1024 } },
    },
  },
};

const STATUS_TEXT: Record<string, string> = {
  '200': 'Thành công / OK',
  '201': 'Đã tạo / Created',
  '204': 'Thành công, không có nội dung / No content',
  '400': 'Dữ liệu không hợp lệ / Invalid request',
  '401': 'Chưa đăng nhập hoặc sai thông tin đăng nhập / Not authenticated',
  '403': 'Không được phép (CSRF, quyền) / Forbidden',
  '404': 'Không tìm thấy hoặc ngoài phạm vi / Not found or outside your units',
  '409': 'Xung đột trạng thái hoặc phiên bản / Conflict',
  '413': 'Dữ liệu quá lớn / Payload too large',
  '415': 'Định dạng không hỗ trợ / Unsupported media type',
  '423': 'Tài khoản tạm khóa / Account locked',
  '429': 'Quá nhiều yêu cầu / Too many requests',
  '503': 'Dịch vụ chưa sẵn sàng / Unavailable',
};

const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/**
 * The generated operationId: method + path words, `{param}` → `By<Param>`, `/api/public/v1` →
 * `Public`, `/api/v1` dropped. E.g. `GET /api/v1/reports/summary.xlsx` → `getReportsSummaryXlsx`.
 */
export function operationIdFor(method: string, path: string): string {
  const key = `${method.toUpperCase()} ${path}`;
  if (OPERATION_ID_OVERRIDES[key]) return OPERATION_ID_OVERRIDES[key];
  const rest = path.startsWith('/api/public/v1')
    ? ['public', ...path.slice('/api/public/v1'.length).split('/')]
    : path.replace(/^\/api\/v1/, '').split('/');
  const words = rest
    .filter(Boolean)
    .map((seg) => (seg.startsWith('{') ? `By${pascal(seg.slice(1, -1))}` : pascal(seg)));
  return method.toLowerCase() + words.join('');
}

function fileTypesOf(path: string): string[] | null {
  if (FILE_PATHS[path]) return FILE_PATHS[path];
  for (const [suffix, types] of FILE_SUFFIXES) if (path.endsWith(suffix)) return types;
  return null;
}

const PROBLEM_REF = '#/components/schemas/Problem';

/**
 * Errors the framework itself answers for any route of a kind, so no route has to list them:
 * a body can be malformed (400), too large (413) or of the wrong type (415); a cookie-session
 * write without its CSRF token, or any state-changing request from another site, is 403; a write
 * the storage refuses (disk full, read-only) is 503.
 */
function addFrameworkErrors(op: Operation, method: string): void {
  const responses = (op.responses ??= {});
  const problem = () => ({
    description: '',
    content: { 'application/json': { schema: { $ref: PROBLEM_REF } } },
  });
  const statuses = op.requestBody ? ['400', '413', '415'] : [];
  // Every state-changing request may be refused as coming from another site (Origin /
  // Sec-Fetch-Site, issue 11), public ones included; session writes also without their CSRF token.
  if (method !== 'get') statuses.push('403');
  // Any write may meet a full disk or a read-only mount: 503 storage_unavailable (storage-faults.ts).
  if (method !== 'get') statuses.push('503');
  for (const status of statuses) responses[status] ??= problem();
}

function fixResponses(op: Operation, path: string): void {
  const responses = (op.responses ??= {});
  const files = fileTypesOf(path);
  if (files && responses['200']) {
    responses['200'] = {
      description: 'Tệp / File',
      headers: {
        'Content-Disposition': {
          description: 'attachment; filename=…',
          schema: { type: 'string' },
        },
      },
      content: Object.fromEntries(
        files.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }]),
      ),
    };
  }
  for (const [status, response] of Object.entries(responses)) {
    if (response.description === 'Default Response' || !response.description)
      response.description = STATUS_TEXT[status] ?? 'Phản hồi / Response';
    const content = response.content as Record<string, { schema?: Json }> | undefined;
    // `produces` on a file route stamps its file type on the errors too; errors are problem+json.
    const problem = Object.values(content ?? {}).find((c) => c.schema?.$ref === PROBLEM_REF);
    if (Number(status) >= 400 && problem)
      response.content = { 'application/problem+json': problem };
  }
}

/**
 * `transformObject` for @fastify/swagger: named component schemas from the zod registry, then the
 * central rules above applied to every operation. Throws on a duplicate operationId so a clash
 * is found by the first test that reads the document, not by a client generator.
 */
export const transformDocument: SwaggerTransformObject = (input) => {
  if (!('openapiObject' in input)) throw new Error('OpenAPI 2.0 is not supported');
  const doc = jsonSchemaTransformObject(input) as Json;
  doc.servers = [{ url: '/', description: 'Máy chủ này / This server' }];
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(
    (doc.paths ?? {}) as Record<string, Record<string, Operation>>,
  )) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const key = `${method.toUpperCase()} ${path}`;
      op.operationId ??= operationIdFor(method, path);
      const clash = seen.get(op.operationId);
      if (clash)
        throw new Error(
          `OpenAPI: operationId "${op.operationId}" is used by both ${clash} and ${key}; add an override in src/http/openapi/document.ts`,
        );
      seen.set(op.operationId, key);
      if (REQUEST_BODIES[key]) op.requestBody = REQUEST_BODIES[key];
      // A route that can never answer 401 needs no credentials; login answers 401 for a wrong password.
      if (PUBLIC_OPERATIONS.has(key) || (op.security === undefined && !op.responses?.['401']))
        op.security = [];
      addFrameworkErrors(op, method);
      fixResponses(op, path);
    }
  }
  pruneComponents(doc);
  return doc;
};

/** Drops `$schema`/`$id` (fragment ids confuse validators) and the `…Input` twins nothing refers to. */
function pruneComponents(doc: Json): void {
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  for (;;) {
    const text =
      JSON.stringify({ ...doc, components: { ...(doc.components as Json), schemas: {} } }) +
      JSON.stringify(schemas);
    const unused = Object.keys(schemas).filter(
      (name) => name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`),
    );
    if (unused.length === 0) return;
    for (const name of unused) delete schemas[name];
  }
}
