import type { components, paths } from './schema';

/**
 * Names for the generated types (schema.d.ts), so screens declare no response shape by hand:
 * `Schema<'AdminUser'>` for a named component, `JsonResponse<'/api/v1/admin/outbox', 'get'>` for
 * an operation's success body, `JsonBody<…>` for its JSON request body.
 */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON body of an operation's success answer (200, else 201). */
export type JsonResponse<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer OK }
      ? Json<OK>
      : R extends { 201: infer Created }
        ? Json<Created>
        : never
    : never;

/** The JSON request body of an operation. */
export type JsonBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The query parameters of an operation. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
