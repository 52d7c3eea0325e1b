/**
 * Legacy register import, step 3 (write): the confirmed rows in one transaction. Each row becomes
 * a case through the ordinary intake (`submitPetition`, silently); a resolved row is then stored
 * with its final status, result and date; each case records its source and gets a
 * `petition.imported` audit event, the batch one `petition.import_batch`; a mapping the user gave
 * is remembered for the unit. Duplicate scoring runs after the commit.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../db/audit.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { refreshPetitionFacts } from '../../db/petition-facts.js';
import type { Actor } from '../../domain/access/actor.js';
import { conflict } from '../../domain/errors.js';
import type { Channel } from '../../domain/petition/kinds.js';
import type {
  ColumnMapping,
  RegisterField,
  RegisterRow,
} from '../../domain/petition/register-import.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { loadCalendar } from '../../queries/calendar/load-calendar.js';
import { endingColumns, type ImportPreviewRow } from './import-register-map.js';
import { scoreDuplicatesLater } from './score-duplicates.js';
import { submitPetition } from './submit-petition.js';

/** What the write needs from the checked preview. */
export interface RegisterWrite {
  input: { fileName: string; unitCode: string; mapping?: ColumnMapping | null | undefined };
  sha256: string;
  format: 'xlsx' | 'csv';
  /** The rows to add (state `new`). */
  fresh: RegisterRow[];
  unitOf: ReadonlyMap<number, string>;
  defaultChannel: Channel;
  /** Updated in place with each added case's tracking code and deadline. */
  preview: ImportPreviewRow[];
  result: {
    read: number;
    skipped: number;
    columns: Array<{ field: RegisterField; header: string; column: number }>;
  };
}

/** Writes the confirmed rows; returns the batch id. A concurrent confirm of the same file: 409. */
export async function writeRegisterImport(
  ctx: Ctx,
  actor: Actor,
  { input, sha256, format, fresh, unitOf, defaultChannel, preview, result }: RegisterWrite,
): Promise<string> {
  const batchId = randomUUID();
  try {
    await inTransaction(ctx, async (tx) => {
      const txCtx: Ctx = { ...ctx, db: tx };
      const txSnapshot = await loadCalendar(tx);
      const now = ctx.clock.now();
      await tx
        .insertInto('register_import_batches')
        .values({
          id: batchId,
          unit_code: input.unitCode,
          file_name: input.fileName,
          file_sha256: sha256,
          format,
          rows_read: result.read,
          rows_added: fresh.length,
          rows_skipped: result.skipped,
          actor_id: actor.id === 'system' ? null : actor.id,
          created_at: now.toISOString(),
        })
        .execute();
      const agencyUnits = [...new Set(fresh.map((r) => unitOf.get(r.row)!))];
      const agencies = agencyUnits.length
        ? await tx
            .selectFrom('agencies')
            .select(['id', 'unit_code', 'name_vi'])
            .where('unit_code', 'in', agencyUnits)
            .execute()
        : [];
      for (const r of fresh) {
        const unitCode = unitOf.get(r.row)!;
        const channel = r.channel ?? defaultChannel;
        const submitted = await submitPetition({
          ctx: txCtx,
          actor,
          tx,
          snapshot: txSnapshot,
          silent: true,
          input: {
            unitCode,
            kinds: [r.kind!],
            channel,
            title: r.title,
            content: r.content,
            receivedOn: r.receivedOn!,
            petitioners: r.fullName
              ? [
                  {
                    fullName: r.fullName,
                    address: r.address,
                    identityNumber: r.identityNumber,
                    phone: r.phone,
                  },
                ]
              : [],
            anonymous: !r.fullName,
            reception:
              channel === 'in_person' ? { handledByBody: r.agencyText, peopleCount: 1 } : null,
          },
        });
        const c = submitted.cases[0]!;
        const agency = r.agencyText
          ? agencies.find(
              (a) =>
                a.unit_code === unitCode &&
                foldVietnamese(a.name_vi) === foldVietnamese(r.agencyText!),
            )
          : undefined;
        if (r.ending && r.resolvedOn) {
          const cols = endingColumns(r.ending, r.resolvedOn, r.receivedOn!);
          await tx
            .updateTable('petition_deadlines')
            .set({ state: 'met', met_on: r.resolvedOn })
            .where('petition_id', '=', c.id)
            .where('state', '=', 'open')
            .execute();
          await tx
            .updateTable('petitions')
            .set({
              ...cols,
              forwarded_to: r.ending.type === 'forwarded' ? r.agencyText : null,
              agency_id: agency?.id ?? null,
              due_on: null,
              due_step: null,
              updated_at: now.toISOString(),
            })
            .where('id', '=', c.id)
            .execute();
          await tx
            .insertInto('petition_events')
            .values({
              id: randomUUID(),
              petition_id: c.id,
              at: now.toISOString(),
              on_date: r.resolvedOn,
              actor_id: actor.id === 'system' ? null : actor.id,
              actor_name: actor.displayName,
              action: 'imported',
              from_status: 'received',
              to_status: cols.status,
              payload: JSON.stringify({
                result: cols.result ?? null,
                fileName: input.fileName,
                row: r.row,
              }),
              public: 0,
            })
            .execute();
          c.status = cols.status;
          c.dueOn = null;
        } else if (agency) {
          await tx
            .updateTable('petitions')
            .set({ agency_id: agency.id })
            .where('id', '=', c.id)
            .execute();
        }
        await tx
          .insertInto('petition_import_sources')
          .values({
            petition_id: c.id,
            batch_id: batchId,
            unit_code: input.unitCode,
            row_key: r.key,
            file_name: input.fileName,
            row_number: r.row,
            // A denunciation's row keeps nothing but its key: its outcome text may name people.
            outcome_text: r.kind === 'denunciation' ? null : r.resolutionText,
            agency_text: r.kind === 'denunciation' ? null : r.agencyText,
          })
          .execute();
        await refreshPetitionFacts(tx, [c.id]);
        await appendAudit(
          tx,
          ctx.engine,
          {
            actorId: actor.id === 'system' ? null : actor.id,
            actorName: actor.username,
            entityType: 'petition',
            entityId: c.id,
            eventType: 'petition.imported',
            payload: {
              batchId,
              fileName: input.fileName,
              row: r.row,
              rowKey: r.key,
              trackingCode: c.trackingCode,
              status: c.status,
            },
          },
          now,
        );
        const p = preview.find((x) => x.row === r.row)!;
        p.trackingCode = c.trackingCode;
        p.dueOn = c.dueOn;
      }
      await appendAudit(
        tx,
        ctx.engine,
        {
          actorId: actor.id === 'system' ? null : actor.id,
          actorName: actor.username,
          entityType: 'register_import',
          entityId: batchId,
          eventType: 'petition.import_batch',
          payload: {
            unitCode: input.unitCode,
            fileName: input.fileName,
            sha256,
            read: result.read,
            added: fresh.length,
            skipped: result.skipped,
          },
        },
        now,
      );
      if (input.mapping && Object.keys(input.mapping).length) {
        const stored = JSON.stringify(
          Object.fromEntries(result.columns.map((c) => [c.field, c.header])),
        );
        await tx
          .deleteFrom('register_import_mappings')
          .where('unit_code', '=', input.unitCode)
          .execute();
        await tx
          .insertInto('register_import_mappings')
          .values({
            unit_code: input.unitCode,
            mapping: stored,
            updated_by: actor.id === 'system' ? null : actor.id,
            updated_at: now.toISOString(),
          })
          .execute();
      }
    });
    scoreDuplicatesLater(ctx); // the imported cases' duplicate scoring, after the commit
  } catch (e) {
    // Two confirms of one file at once: the second meets the first's keys.
    if (e instanceof Error && /unique|duplicate key/i.test(e.message) && /import/i.test(e.message))
      throw conflict(
        'Tệp này vừa được nhập ở một phiên khác. Hãy xem trước lại.',
        'This file was just imported in another session. Preview it again.',
      );
    throw e;
  }
  return batchId;
}
