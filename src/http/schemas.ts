import { z } from 'zod';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    code: z.string(),
    detail: z.string(),
    message: z.object({ vi: z.string(), en: z.string() }),
    errors: z
      .array(z.object({ path: z.string(), message: z.object({ vi: z.string(), en: z.string() }) }))
      .optional(),
    requestId: z.string(),
  })
  .loose()
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details with a stable code and Vietnamese + English message',
  });

/** Response schemas for the listed error statuses, for the OpenAPI document. */
export function problemResponses(...statuses: number[]): Record<number, typeof ProblemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema]));
}

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const BilingualSchema = z.object({ vi: z.string(), en: z.string() });
