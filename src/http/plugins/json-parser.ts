import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Strict JSON: rejects invalid UTF-8 and prototype-poisoning keys with a 400 problem. */
export function registerStrictJson(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    ['application/json', 'application/problem+json'],
    { parseAs: 'buffer' },
    (_req, body: Buffer, done) => {
      let text: string;
      try {
        text = decoder.decode(body);
      } catch {
        done(
          new DomainError(
            'invalid_encoding',
            'Nội dung không phải UTF-8 hợp lệ.',
            'The body is not valid UTF-8.',
          ),
          undefined,
        );
        return;
      }
      if (text.trim() === '') {
        done(null, undefined);
        return;
      }
      try {
        const value = JSON.parse(text, (key, v) => {
          if (key === '__proto__' || key === 'constructor' || key === 'prototype')
            throw new SyntaxError('forbidden key');
          return v;
        });
        done(null, value);
      } catch {
        done(
          new DomainError(
            'malformed_json',
            'Nội dung JSON không hợp lệ.',
            'The JSON body is malformed.',
          ),
          undefined,
        );
      }
    },
  );
}
