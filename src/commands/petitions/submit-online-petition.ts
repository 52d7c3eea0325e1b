import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.js';
import { PUBLIC_ROLE } from '../../domain/access/roles.js';
import { canonicalJson } from '../../domain/audit/chain.js';
import { DomainError } from '../../domain/errors.js';
import type { PetitionKind } from '../../domain/petition/kinds.js';
import { CONSENT_TEXT_VERSION } from '../../domain/privacy/consent.js';
import type { Ctx } from '../../db/context.js';
import { inGroupCommit } from '../../db/group-commit.js';
import { onlinePetitionProblems } from './online-petition-schema.js';
import { submitPetition, type PetitionerInput } from './submit-petition.js';
import { scoreDuplicatesLater } from './score-duplicates.js';

/** The citizen on the portal: a public actor with no staff role; may file petitions online, sees nothing. */
export const PUBLIC_ACTOR: Actor = {
  id: 'public',
  username: 'public',
  displayName: 'Công dân gửi trực tuyến',
  role: PUBLIC_ROLE,
  unitCode: '',
  agencyId: null,
  scope: new Set<string>(),
  canReadIdentity: false,
};

export interface OnlinePetitionInput {
  unitCode: string;
  kind: PetitionKind;
  topicCode?: string | null;
  title: string;
  content: string;
  location?: string | null;
  petitioner: PetitionerInput;
  consent: boolean;
}

export interface OnlineReceipt {
  trackingCode: string;
  kind: string;
  receivedOn: string;
  dueOn: string | null;
  dueStep: string | null;
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return (
    err?.code === '23505' ||
    err?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    err?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed: idempotency_keys/.test(err?.message ?? '')
  );
}

/**
 * A citizen's online submission. With an Idempotency-Key, a retried request (double tap, lost
 * connection) returns the first result and never creates a second case; the same key with a
 * different body is a 409.
 */
export async function submitOnlinePetition({
  ctx,
  input,
  idempotencyKey,
}: {
  ctx: Ctx;
  input: OnlinePetitionInput;
  idempotencyKey: string | null;
}): Promise<{ receipt: OnlineReceipt; replayed: boolean }> {
  // Every rule of the use case, whatever the channel (JSON API, portal form): one schema.
  const problems = onlinePetitionProblems(input);
  if (problems.length)
    throw new DomainError(
      'validation_failed',
      problems.map((x) => x.vi).join(' '),
      problems.map((x) => x.en).join(' '),
      { field: problems[0]!.field, fields: problems },
    );
  const requestHash = createHash('sha256').update(canonicalJson(input)).digest('hex');
  const key = idempotencyKey ? `online:${idempotencyKey}` : null;

  const previous = async () => {
    if (!key) return null;
    const row = await ctx.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) return null;
    if (row.request_hash !== requestHash) {
      throw new DomainError(
        'conflict',
        'Mã chống gửi trùng (Idempotency-Key) đã được dùng cho một đơn khác.',
        'This Idempotency-Key was already used for a different submission.',
      );
    }
    return { receipt: JSON.parse(row.response) as OnlineReceipt, replayed: true };
  };

  const earlier = await previous();
  if (earlier) return earlier;
  try {
    const done = await inGroupCommit(ctx, async (tx) => {
      const res = await submitPetition({
        ctx,
        actor: PUBLIC_ACTOR,
        tx,
        input: {
          unitCode: input.unitCode,
          kinds: [input.kind],
          channel: 'online',
          topicCode: input.topicCode ?? null,
          title: input.title,
          content: input.content,
          location: input.location ?? null,
          petitioners: [input.petitioner],
        },
      });
      const c = res.cases[0]!;
      // The consent is evidence (Law 91/2025/QH15): which text version, when, through which channel, to which controller.
      await tx
        .insertInto('consents')
        .values({
          id: randomUUID(),
          petition_id: c.id,
          controller_unit_code: input.unitCode,
          text_version: CONSENT_TEXT_VERSION,
          channel: 'online',
          given_at: ctx.clock.now().toISOString(),
          withdrawn_at: null,
        })
        .execute();
      const receipt: OnlineReceipt = {
        trackingCode: c.trackingCode,
        kind: c.kind,
        receivedOn: ctx.clock.today(),
        dueOn: c.dueOn,
        dueStep: c.dueStep,
      };
      if (key)
        await tx
          .insertInto('idempotency_keys')
          .values({
            key,
            request_hash: requestHash,
            petition_id: c.id,
            response: JSON.stringify(receipt),
            created_at: ctx.clock.now().toISOString(),
          })
          .execute();
      return { receipt, replayed: false };
    });
    scoreDuplicatesLater(ctx); // the case's duplicate scoring, after the commit
    return done;
  } catch (e) {
    if (key && isUniqueViolation(e)) {
      const again = await previous();
      if (again) return again;
    }
    throw e;
  }
}
