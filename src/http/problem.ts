import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isCodedError } from '../domain/errors.js';
import { STORAGE_FAULT_MESSAGE, isStorageFault } from '../db/storage-faults.js';

/**
 * The one mapping from a domain error code to an HTTP status. A code missing here is a bug (a
 * thrower invented a code nobody mapped): it is answered 500 and logged, never guessed as 400.
 * `tests/http/error-codes.test.ts` checks that every code thrown in src/ is listed.
 */
export const STATUS_BY_CODE: Record<string, number> = {
  validation_failed: 400,
  malformed_json: 400,
  malformed_multipart: 400,
  invalid_encoding: 400,
  invalid_character: 400,
  invalid_date: 400,
  year_out_of_range: 400,
  invalid_input: 400,
  invalid_rule: 400,
  invalid_tracking_code: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  account_locked: 423,
  not_found: 404,
  leap_month_not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  duplicate: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  forbidden_field: 400,
  forbidden: 403,
  // Sealing-key faults (src/db/sealed-keys.ts): the server cannot open sealed identities; an
  // operator must act (the key file or DANVAN_SEALED_KEY). Never the client's fault.
  bad_key: 503,
  missing_key: 503,
  wrong_key: 503,
  rotation_pending: 503,
  sealing_key_changed: 503,
  undecryptable: 503,
  storage_unavailable: 503,
  // A report that overran DANVAN_REPORT_TIMEOUT_SECONDS (src/queries/reports/report-jobs.ts).
  report_timeout: 503,
  // Legacy register import (src/domain/petition/register-import.ts): the file, not the server.
  register_unreadable: 400,
  register_not_utf8: 400,
  register_csv_syntax: 400,
  register_unsupported_type: 400,
  register_no_header: 400,
  register_mapping_invalid: 400,
  register_columns_missing: 400,
  register_empty: 400,
  register_rows_invalid: 400,
  register_file_changed: 409,
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  message: { vi: string; en: string };
  errors?: Array<{ path: string; message: { vi: string; en: string } }>;
  requestId: string;
  [k: string]: unknown;
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  vi: string,
  en: string,
  extra: Record<string, unknown> = {},
): FastifyReply {
  const body: Problem = {
    type: `https://danvan.gov.vn/problems/${code}`,
    title: en,
    status,
    code,
    detail: en,
    message: { vi, en },
    requestId: request.id,
    ...extra,
  };
  return reply.code(status).type('application/problem+json; charset=utf-8').send(body);
}

const fastifyCodes: Record<string, [number, string, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [
    413,
    'payload_too_large',
    'Dữ liệu gửi lên quá lớn.',
    'The request body is too large.',
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported_media_type',
    'Định dạng dữ liệu không được hỗ trợ.',
    'Unsupported content type.',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [
    400,
    'malformed_json',
    'Nội dung JSON trống.',
    'The JSON body is empty.',
  ],
  FST_ERR_CTP_INVALID_JSON_BODY: [
    400,
    'malformed_json',
    'Nội dung JSON không hợp lệ.',
    'The JSON body is malformed.',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'validation_failed',
    'Độ dài nội dung không hợp lệ.',
    'Invalid content length.',
  ],
  FST_ERR_VALIDATION: [
    400,
    'validation_failed',
    'Dữ liệu không hợp lệ.',
    'The request is invalid.',
  ],
};

const MALFORMED_MULTIPART =
  /^(Multipart: )?(Boundary not found|Unexpected end of (form|multipart data)|Malformed part header|Part terminated early|Malformed urlencoded form)/;

/** True for a parse error of a broken, truncated or boundary-less multipart body (the client's fault). */
export function isMalformedMultipart(
  error: { message?: string; code?: string },
  request: FastifyRequest,
): boolean {
  return (
    request.isMultipart() &&
    (MALFORMED_MULTIPART.test(error.message ?? '') || error.code === 'ERR_STREAM_PREMATURE_CLOSE')
  );
}

/** Fastify error handler: every error becomes RFC 9457 problem+json; only real bugs are 500. */
export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => {
      const path = (v.instancePath || '/').replace(/^\//, '').replace(/\//g, '.') || '(body)';
      return {
        path,
        message: {
          vi: `Giá trị không hợp lệ: ${path} (${v.message ?? ''})`,
          en: `${path}: ${v.message ?? 'invalid'}`,
        },
      };
    });
    return sendProblem(
      reply,
      request,
      400,
      'validation_failed',
      'Dữ liệu không hợp lệ.',
      'The request is invalid.',
      { errors, where: error.validationContext },
    );
  }
  if (isCodedError(error)) {
    const status = STATUS_BY_CODE[error.code];
    if (status === undefined) {
      request.log.error(
        { err: { code: error.code, stack: (error as { stack?: string }).stack } },
        'error code without an HTTP status',
      );
      return sendProblem(
        reply,
        request,
        500,
        'internal_error',
        'Lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
        'Internal error. Please retry or contact the administrator.',
      );
    }
    return sendProblem(
      reply,
      request,
      status,
      error.code,
      error.messageVi,
      error.messageEn,
      error.details ? { details: error.details } : {},
    );
  }
  if (isStorageFault(error)) {
    // An operator must act (disk full, read-only mount): logged without data, answered 503.
    request.log.error({ err: { code: error.code } }, 'storage fault: writes are failing');
    return sendProblem(
      reply,
      request,
      503,
      'storage_unavailable',
      STORAGE_FAULT_MESSAGE.vi,
      STORAGE_FAULT_MESSAGE.en,
    );
  }
  const mapped = error.code ? fastifyCodes[error.code] : undefined;
  if (mapped) return sendProblem(reply, request, mapped[0], mapped[1], mapped[2], mapped[3]);
  // busboy's parse errors (a broken or truncated multipart body) are the client's, not ours.
  if (isMalformedMultipart(error, request)) {
    return sendProblem(
      reply,
      request,
      400,
      'malformed_multipart',
      'Biểu mẫu gửi tệp bị lỗi hoặc không đầy đủ; vui lòng gửi lại.',
      'The multipart form is malformed or incomplete; please send it again.',
    );
  }
  if (error.statusCode === 429) {
    return sendProblem(
      reply,
      request,
      429,
      'rate_limited',
      'Quá nhiều yêu cầu, vui lòng thử lại sau.',
      'Too many requests; try again later.',
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(
      reply,
      request,
      error.statusCode,
      'bad_request',
      'Yêu cầu không hợp lệ.',
      'Bad request.',
    );
  }
  request.log.error(
    { err: { message: error.message, stack: error.stack, code: error.code } },
    'unhandled error',
  );
  return sendProblem(
    reply,
    request,
    500,
    'internal_error',
    'Lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
    'Internal error. Please retry or contact the administrator.',
  );
}
