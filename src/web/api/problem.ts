import type { Localized } from '../i18n/language';
import { msg } from '../i18n/translate';

export interface ProblemFieldError {
  path: string;
  message: Localized;
}

/** RFC 9457 problem details as the Dân Vận API sends them. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  message: Localized;
  errors?: ProblemFieldError[];
  requestId?: string;
}

/** An API failure with a message ready for the user in both languages. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly userMessage: Localized;
  readonly errors: ProblemFieldError[];
  readonly requestId: string | undefined;

  constructor(body: ProblemBody) {
    super(body.detail || body.title || body.code);
    this.name = 'ApiProblem';
    this.status = body.status;
    this.code = body.code;
    this.userMessage = body.message;
    this.errors = body.errors ?? [];
    this.requestId = body.requestId;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null) return false;
  const { vi, en } = value as Record<string, unknown>;
  return typeof vi === 'string' && typeof en === 'string';
}

/** Fallback messages for failures that carry no problem body (proxy errors, HTML pages). */
function messageForStatus(status: number): Localized {
  if (status === 401) return msg('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
  if (status === 403) return msg('Bạn không có quyền thực hiện thao tác này.');
  if (status === 404) return msg('Không tìm thấy dữ liệu yêu cầu.');
  if (status === 429) return msg('Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.');
  if (status >= 500) return msg('Máy chủ đang gặp sự cố. Vui lòng thử lại sau.');
  return msg('Yêu cầu không hợp lệ.');
}

/** Builds an ApiProblem from any failed response, trusting only well-formed fields. */
export function problemFromBody(status: number, body: unknown): ApiProblem {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(raw.errors)
    ? raw.errors.filter(
        (e): e is ProblemFieldError =>
          typeof e === 'object' &&
          e !== null &&
          typeof (e as ProblemFieldError).path === 'string' &&
          isLocalized((e as ProblemFieldError).message),
      )
    : [];
  return new ApiProblem({
    type: typeof raw.type === 'string' ? raw.type : 'about:blank',
    title: typeof raw.title === 'string' ? raw.title : `HTTP ${status}`,
    status: typeof raw.status === 'number' ? raw.status : status,
    code: typeof raw.code === 'string' ? raw.code : `http_${status}`,
    detail: typeof raw.detail === 'string' ? raw.detail : undefined,
    message: isLocalized(raw.message) ? raw.message : messageForStatus(status),
    errors,
    requestId: typeof raw.requestId === 'string' ? raw.requestId : undefined,
  });
}

export function networkProblem(cause: unknown): ApiProblem {
  return new ApiProblem({
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    code: 'network_error',
    detail: cause instanceof Error ? cause.message : String(cause),
    message: msg('Không kết nối được với máy chủ. Kiểm tra mạng và thử lại.'),
  });
}
