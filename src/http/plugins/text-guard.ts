import type { FastifyInstance } from 'fastify';
import { findForbiddenText, forbiddenCharError } from '../../domain/text/forbidden-chars.js';

/**
 * Refuses a NUL character anywhere in a request's parsed body, query string or path parameters
 * with a 400 naming the field, before any validation or database work: PostgreSQL cannot store it
 * and SQLite would, so both engines must answer the same. Multipart fields are checked where they
 * are read (portal form, Open311); the database plugin (src/db/text-guard.ts) is the last net.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field =
      findForbiddenText(request.params, 'params') ??
      findForbiddenText(request.query, 'query') ??
      (request.body !== undefined && !Buffer.isBuffer(request.body)
        ? findForbiddenText(request.body)
        : null);
    if (field) throw forbiddenCharError(field.replace(/^(params|query)\./, ''));
  });
}
