import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { retryDelivery } from '../../commands/notifications/retry-delivery.js';
import type { Ctx } from '../../db/context.js';
import { OUTBOX_STATES } from '../../domain/notifications/outbox.js';
import { listDeliveries } from '../../queries/notifications/list-deliveries.js';
import { requireActor } from '../plugins/auth.js';
import { BilingualSchema, problemResponses } from '../schemas.js';

const Delivery = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: BilingualSchema,
  channel: z.string(),
  channelLabel: BilingualSchema,
  state: z.string(),
  stateLabel: BilingualSchema,
  recipientType: z.enum(['staff', 'petitioner']),
  recipientName: z.string().nullable(),
  petitionId: z.string().nullable(),
  trackingCode: z.string().nullable(),
  attempts: z.number(),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  retryable: z.boolean(),
});

/**
 * The notification outbox's delivery states for administrators (decision 0009): state, attempts,
 * next attempt, last error, and sending a failed message again. Never an address or a text.
 */
export const outboxRoutes: FastifyPluginAsyncZod<{ ctx: Ctx }> = async (app, { ctx }) => {
  app.get(
    '/api/v1/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: 'Tình trạng gửi thông báo / Notification delivery states',
        description:
          'Outbox messages newest first (e-mail, SMS, Zalo): state, attempts, next attempt, last error (addresses scrubbed), the case tracking code, and the recipient named only when it is a staff account. Never the address, subject or text. Ability `admin.users` (others 404); an administrator of part of the province sees their units’ cases.',
        querystring: z
          .object({
            state: z.enum(OUTBOX_STATES).optional(),
            before: z.string().max(40).optional(),
            limit: z.coerce.number().int().min(1).max(500).optional(),
          })
          .strict(),
        response: {
          200: z.object({
            items: z.array(Delivery),
            counts: z.record(z.string(), z.number()),
            nextBefore: z.string().nullable(),
          }),
          ...problemResponses(400, 401, 404),
        },
      },
    },
    async (request) =>
      listDeliveries({
        ctx,
        actor: requireActor(request),
        state: request.query.state,
        before: request.query.before,
        ...(request.query.limit ? { limit: request.query.limit } : {}),
      }),
  );

  app.post(
    '/api/v1/admin/outbox/:id/retry',
    {
      schema: {
        tags: ['admin'],
        summary: 'Gửi lại thông báo không thành công / Send a failed message again',
        description:
          'A failed (or address-less) message goes back to the queue, due now, attempts counted afresh. Not failed (sent, waiting, or retried by someone else) → 409. Audited `outbox.retried`.',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: {
          200: z.object({ id: z.string(), state: z.literal('pending') }),
          ...problemResponses(401, 404, 409),
        },
      },
    },
    async (request) => retryDelivery({ ctx, actor: requireActor(request), id: request.params.id }),
  );
};
