import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ENGINES } from '../helpers/engines.js';
import { ResponseValidator, validateResponses } from '../helpers/openapi-validator.js';
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { transformDocument } from '../../src/http/openapi/document.js';
import { problemResponses } from '../../src/http/schemas.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

type Op = {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};

const fakeResponse = (
  statusCode: number,
  body: string,
  contentType = 'application/json; charset=utf-8',
) =>
  ({
    statusCode,
    body,
    headers: { 'content-type': contentType },
  }) as unknown as LightMyRequestResponse;

describe.each(ENGINES)('OpenAPI document (%s)', (engine) => {
  let t: TestApp;
  let doc: {
    openapi: string;
    servers: unknown[];
    components: { schemas: Record<string, unknown> };
    paths: Record<string, Record<string, Op>>;
  };
  beforeAll(async () => {
    t = await createTestApp(engine, { demo: false });
    doc = (await t.call(null, 'GET', '/api/openapi.json')).json();
  });
  afterAll(() => t.close());

  const ops = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );

  it('is OpenAPI 3.1 with servers and every $ref resolvable in components', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers.length).toBeGreaterThan(0);
    const refs = [
      ...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
    ].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((r) => !(r in doc.components.schemas))).toEqual([]);
    expect(doc.components.schemas).toHaveProperty('Problem');
    expect(doc.components.schemas).toHaveProperty('PetitionDetail');
  });

  it('gives every operation a unique operationId', () => {
    const ids = ops().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/v1/petitions/{id}']!.get!.operationId).toBe('getPetition');
    expect(doc.paths['/api/v1/reports/summary.xlsx']!.get!.operationId).toBe(
      'getReportsSummaryXlsx',
    );
  });

  it('asks no credentials of public, login and health operations, and credentials of the rest', () => {
    expect(doc.paths['/api/v1/auth/login']!.post!.security).toEqual([]);
    expect(doc.paths['/healthz']!.get!.security).toEqual([]);
    expect(doc.paths['/api/public/v1/track/{code}']!.get!.security).toEqual([]);
    expect(doc.paths['/api/v1/petitions/{id}']!.get!.security).toBeUndefined();
    expect(doc.paths['/api/v1/petitions/{id}/receipt.docx']!.get!.security).toBeUndefined();
  });

  it('declares files with their media types and errors as problem+json', () => {
    expect(
      Object.keys(doc.paths['/api/v1/reports/summary.xlsx']!.get!.responses['200']!.content!),
    ).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(
      Object.keys(doc.paths['/api/v1/reports/summary.csv']!.get!.responses['200']!.content!),
    ).toEqual(['text/csv']);
    expect(
      Object.keys(
        doc.paths['/api/v1/petitions/{id}/receipt.docx']!.get!.responses['200']!.content!,
      ),
    ).toEqual(['application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    const errors = ops().flatMap(({ key, op }) =>
      Object.entries(op.responses)
        .filter(([s]) => Number(s) >= 400)
        .map(([s, r]) => ({ at: `${key} ${s}`, types: Object.keys(r.content ?? {}).join() })),
    );
    expect(errors.length).toBeGreaterThan(100);
    // Only the probes' 503 {status} bodies are plain JSON; every error is problem+json.
    expect(
      errors
        .filter((e) => e.types !== 'application/problem+json')
        .every((e) => /^GET \/(healthz|readyz) 503$/.test(e.at)),
    ).toBe(true);
    expect(Object.keys(doc.paths['/healthz']!.get!.responses['503']!.content!)).toEqual([
      'application/json',
    ]);
  });

  it('describes the whole case file', () => {
    const detail = doc.components.schemas.PetitionDetail as { properties: Record<string, unknown> };
    for (const field of [
      'unit',
      'deadlines',
      'petitioners',
      'timeline',
      'attachments',
      'links',
      'abilities',
    ])
      expect(detail.properties).toHaveProperty(field);
  });

  it('rejects an undeclared status and a body that does not match, naming method, url, status and schema', () => {
    const v = new ResponseValidator(doc as never);
    expect(() => v.check('GET', '/api/v1/me', '/api/v1/me', fakeResponse(500, '{}'))).toThrow(
      /GET \/api\/v1\/me → 500 .*status 500 is not declared/,
    );
    expect(() =>
      v.check(
        'GET',
        '/api/v1/petitions/x',
        '/api/v1/petitions/:id',
        fakeResponse(200, JSON.stringify({ id: 'x' })),
      ),
    ).toThrow(
      /GET \/api\/v1\/petitions\/x → 200 .*#\/paths\/~1api~1v1~1petitions~1\{id\}\/get\/responses\/200\/content\/application~1json\/schema/,
    );
    expect(() =>
      v.check(
        'GET',
        '/api/v1/petitions/x',
        '/api/v1/petitions/:id',
        fakeResponse(404, '{}', 'application/json'),
      ),
    ).toThrow(/content-type "application\/json" is not declared/);
    expect(() => v.check('GET', '/nowhere', undefined, fakeResponse(404, '{}'))).not.toThrow();
  });

  it('validates real responses through the test app', async () => {
    const res = await t.call(null, 'GET', '/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('response validation hooked into inject', () => {
  it('fails a test whose route answers an undeclared status, naming method, url and status', async () => {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(swagger, {
      openapi: { openapi: '3.1.0', info: { title: 't', version: '1' } },
      transform: jsonSchemaTransform,
      transformObject: transformDocument,
    });
    app.get(
      '/api/v1/things/:id',
      {
        schema: {
          params: z.object({ id: z.string() }),
          response: { 200: z.object({ id: z.string() }), ...problemResponses(404) },
        },
      },
      async (request, reply) =>
        request.params.id === 'teapot'
          ? reply.code(418 as never).send({ id: 'x' } as never)
          : { id: request.params.id },
    );
    validateResponses(app);
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/api/v1/things/a' })).json()).toEqual({
      id: 'a',
    });
    await expect(app.inject({ method: 'GET', url: '/api/v1/things/teapot' })).rejects.toThrow(
      /GET \/api\/v1\/things\/teapot → 418 \(operation get \/api\/v1\/things\/\{id\}\): status 418 is not declared/,
    );
    await app.close();
  });
});
