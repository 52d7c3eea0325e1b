import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../db/context.js';
import { performPetitionAction } from '../../commands/petitions/perform-petition-action.js';
import {
  ACTION_INPUT_SCHEMAS,
  ACTION_LABELS,
  PETITION_ACTIONS,
} from '../../domain/petition/index.js';
import { requireActor } from '../plugins/auth.js';
import { problemResponses } from '../schemas.js';
import { ActionBody } from './schemas.js';

const Params = z.object({ id: z.string().min(1).max(64) }).strict();
const Result = z.object({
  id: z.string(),
  status: z.string(),
  version: z.number(),
  createdCaseId: z.string().optional(),
});
const ExpectedVersion = z.number().int().min(1).optional();

/**
 * One route per lifecycle action, each with the action's named input schema from the domain, so
 * the OpenAPI document shows every action's input. An unknown action answers 404.
 */
export const petitionActionRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  for (const action of PETITION_ACTIONS) {
    const label = ACTION_LABELS[action];
    app.post(
      `/api/v1/petitions/:id/actions/${action}`,
      {
        schema: {
          tags: ['petitions'],
          summary: `${label.vi} / ${label.en}`,
          description: `Lifecycle action \`${action}\`. Not allowed now → 409 with \`details.allowed\`; stale \`expectedVersion\` → 409.`,
          params: Params,
          body: z
            .object({
              input: ACTION_INPUT_SCHEMAS[action].optional(),
              expectedVersion: ExpectedVersion,
            })
            .strict(),
          response: { 200: Result, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        performPetitionAction({
          ctx,
          actor: requireActor(request),
          petitionId: request.params.id,
          action,
          input: (request.body.input ?? {}) as Record<string, unknown>,
          expectedVersion: request.body.expectedVersion,
        }),
    );
  }

  app.post(
    '/api/v1/petitions/:id/actions/:action',
    {
      schema: {
        tags: ['petitions'],
        summary: 'Thao tác không xác định / Unknown lifecycle action',
        description: 'Every known action has its own route above; any other name answers 404.',
        params: z
          .object({ id: z.string().min(1).max(64), action: z.string().min(1).max(40) })
          .strict(),
        body: ActionBody,
        response: { 200: Result, ...problemResponses(400, 401, 404) },
      },
    },
    async (request) =>
      performPetitionAction({
        ctx,
        actor: requireActor(request),
        petitionId: request.params.id,
        action: request.params.action,
        input: request.body.input,
        expectedVersion: request.body.expectedVersion,
      }),
  );
};
