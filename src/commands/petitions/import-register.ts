import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../db/audit.js';
import { inTransaction, type Ctx } from '../../db/context.js';
import { scoreDuplicatesLater } from './score-duplicates.js';
import { refreshPetitionFacts } from '../../db/petition-facts.js';
import type { Database, PetitionsTable } from '../../db/schema.js';
import type { Actor } from '../../domain/access/actor.js';
import { inScope } from '../../domain/access/actor.js';
import { petitionPolicy } from '../../domain/access/petition.policy.js';
import { DomainError, conflict, notFound } from '../../domain/errors.js';
import { PETITION_KIND_LABELS, RESULT_LABELS, type Channel } from '../../domain/petition/kinds.js';
import { STATUS_LABELS, type PetitionStatus } from '../../domain/petition/lifecycle-table.js';
import {
  REGISTER_FIELDS,
  formatDmy,
  mapRegisterRows,
  readRegisterSheet,
  registerChannel,
  resolveColumns,
  type ColumnMapping,
  type RegisterEnding,
  type RegisterField,
  type RegisterRow,
  type RowProblem,
} from '../../domain/petition/register-import.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { loadCalendar } from '../../queries/calendar/load-calendar.js';
import { ruleFor, computeRow, type CalendarSnapshot } from './deadlines.js';
import { submitPetition } from './submit-petition.js';

/** What to import and how. */
export interface ImportRegisterInput {
  fileName: string;
  bytes: Uint8Array;
  /** The unit whose register it is (rows may name a unit of its subtree). */
  unitCode: string;
  /** Preview only: read, map and check every row; write nothing. */
  dryRun: boolean;
  /** The SHA-256 of the file the user previewed: a confirm of any other file is refused (409). */
  expectedSha256?: string | null;
  /** Field → header text or 1-based column; without it, the unit's remembered mapping, then the headers. */
  mapping?: ColumnMapping | null;
  /** Channel of rows that name none; by default from the register's title (reception book: in person). */
  channel?: Channel | null;
}

/** One row as the preview shows it. A denunciation's personal fields are never shown. */
export interface ImportPreviewRow {
  row: number;
  key: string;
  state: 'new' | 'already_imported' | 'error';
  receivedOn: string | null;
  kind: string | null;
  kindLabel: { vi: string; en: string } | null;
  petitioner: string | null;
  sealed: boolean;
  title: string;
  unitCode: string | null;
  /** Status the case gets: received (open, deadlines computed) or its final status. */
  status: PetitionStatus | null;
  statusLabel: { vi: string; en: string } | null;
  resultLabel: { vi: string; en: string } | null;
  resolvedOn: string | null;
  /** Processing deadline of an open case on the legal calendar (dry run: as it would be computed). */
  dueOn: string | null;
  trackingCode: string | null;
  problems: RowProblem[];
}

/** The answer of a dry run or a confirmed import. */
export interface ImportRegisterResult {
  fileName: string;
  sha256: string;
  format: 'xlsx' | 'csv';
  titleLines: string[];
  headerRow: number;
  columns: Array<{ field: RegisterField; header: string; column: number }>;
  unitCode: string;
  dryRun: boolean;
  read: number;
  /** Dry run: would be added; confirmed: added. */
  added: number;
  skipped: number;
  errors: number;
  batchId: string | null;
  rows: ImportPreviewRow[];
}

const SEALED_MASK = 'Danh tính được giữ bí mật / Identity sealed';

/** May the actor import into the unit: an administrator or a head, within their scope. */
function authorise(actor: Actor, unitCode: string): void {
  if (actor.role !== 'admin' && actor.role !== 'head')
    throw new DomainError(
      'forbidden',
      'Chỉ quản trị hệ thống hoặc thủ trưởng đơn vị được nhập sổ theo dõi cũ.',
      'Only an administrator or the head of a unit may import legacy registers.',
    );
  if (!petitionPolicy.intake(actor, unitCode) || !inScope(actor, unitCode)) throw notFound('unit');
}

type UnitRow = { code: string; name: string; full_name: string; parent_code: string | null };

/** Units of the importing unit's subtree (current and past versions), for rows that name a unit. */
async function subtreeUnits(db: Kysely<Database>, root: string): Promise<UnitRow[]> {
  const all = await db
    .selectFrom('units')
    .select(['code', 'name', 'full_name', 'parent_code'])
    .execute();
  const inTree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const u of all)
      if (u.parent_code && inTree.has(u.parent_code) && !inTree.has(u.code)) {
        inTree.add(u.code);
        grew = true;
      }
  }
  return all.filter((u) => inTree.has(u.code));
}

function unitOfText(units: readonly UnitRow[], text: string): string | null {
  const t = foldVietnamese(text);
  const bare = (s: string) => foldVietnamese(s).replace(/^(xa|phuong|thi tran|dac khu) /, '');
  const hit =
    units.find((u) => u.code === text.trim()) ??
    units.find((u) => foldVietnamese(u.name) === t || foldVietnamese(u.full_name) === t) ??
    units.find((u) => bare(u.name) === bare(text));
  return hit?.code ?? null;
}

/** The status, result and dates a resolved row's case ends with. */
function endingColumns(
  ending: RegisterEnding,
  on: string,
  receivedOn: string,
): Partial<PetitionsTable> & { status: PetitionStatus } {
  switch (ending.type) {
    case 'result':
      return {
        status: 'closed',
        outcome: 'accept',
        accepted_on: receivedOn,
        result: ending.result,
        decided_on: on,
        closed_on: on,
        finished_on: on,
      };
    case 'forwarded':
      return { status: 'forwarded', outcome: 'forward', finished_on: on };
    case 'returned':
      return {
        status: 'returned_with_guidance',
        outcome: 'return_with_guidance',
        closed_on: on,
        finished_on: on,
      };
    case 'filed':
      return { status: 'filed', outcome: 'file', closed_on: on, finished_on: on };
    case 'withdrawn':
      return { status: 'withdrawn', closed_on: on, finished_on: on };
  }
}

function statusOf(r: RegisterRow): PetitionStatus {
  if (!r.ending || !r.resolvedOn || !r.receivedOn) return 'received';
  return endingColumns(r.ending, r.resolvedOn, r.receivedOn).status;
}

/** Processing deadline an open row's case gets (the same rule and calendar as intake). */
function previewDue(snapshot: CalendarSnapshot, r: RegisterRow): string | null {
  if (!r.kind || !r.receivedOn || statusOf(r) !== 'received') return null;
  const facts = {
    kind: r.kind,
    round: 1,
    remote_area: 0,
    complexity: 'normal',
    received_on: r.receivedOn,
  };
  const rule = ruleFor(snapshot, facts, 'process');
  if (!rule) return null;
  return computeRow(snapshot, {
    rule_id: rule.id,
    start_on: r.receivedOn,
    days: rule.limit,
    counting: rule.counting,
    pauses: '[]',
    extensions: '[]',
  }).due;
}

/**
 * Imports a commune's legacy petition register (.xlsx or .csv). A dry run reads, maps and checks
 * every row and writes nothing. A confirmed import writes all new rows in one transaction, or
 * nothing when any row has a problem: each row becomes a case through the ordinary intake
 * (`submitPetition`: deadlines on the legal calendar, a denouncer's identity sealed), silently
 * (no notifications for old cases); a resolved row is then stored with its final status, result
 * and resolution date. Each case records its source (file, row, key) and gets a
 * `petition.imported` audit event; the batch gets one `petition.import_batch`. Rows whose key
 * the unit already imported are skipped and counted.
 */
export async function importRegister({
  ctx,
  actor,
  input,
}: {
  ctx: Ctx;
  actor: Actor;
  input: ImportRegisterInput;
}): Promise<ImportRegisterResult> {
  authorise(actor, input.unitCode);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  if (!input.dryRun && input.expectedSha256 && input.expectedSha256.toLowerCase() !== sha256)
    throw new DomainError(
      'register_file_changed',
      'Tệp gửi lên khác với tệp đã xem trước. Hãy xem trước lại rồi xác nhận.',
      'The file differs from the one previewed. Preview it again, then confirm.',
      { sha256 },
    );
  const today = ctx.clock.today();
  const unit = await ctx.db
    .selectFrom('units')
    .select('code')
    .where('code', '=', input.unitCode)
    .where('valid_from', '<=', today)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
    .executeTakeFirst();
  if (!unit)
    throw new DomainError(
      'validation_failed',
      'Đơn vị không tồn tại hoặc đã hết hiệu lực.',
      'No such current unit.',
      { field: 'unitCode' },
    );

  const sheet = await readRegisterSheet(input.bytes, input.fileName);
  let mapping: ColumnMapping = input.mapping ?? {};
  if (!input.mapping) {
    // The mapping this unit confirmed last time, for the columns this file still has.
    const remembered = await ctx.db
      .selectFrom('register_import_mappings')
      .select('mapping')
      .where('unit_code', '=', input.unitCode)
      .executeTakeFirst();
    if (remembered) {
      const folded = new Set(sheet.headers.map((h) => foldVietnamese(h)));
      mapping = Object.fromEntries(
        Object.entries(JSON.parse(remembered.mapping) as Record<string, string>).filter(([, h]) =>
          folded.has(foldVietnamese(h)),
        ),
      ) as ColumnMapping;
    }
  }
  const columns = resolveColumns(sheet.headers, mapping);
  const rows = mapRegisterRows(sheet, columns, today);
  if (rows.length === 0)
    throw new DomainError(
      'register_empty',
      'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề cột.',
      'The file has no data rows under its header row.',
    );
  const defaultChannel = input.channel ?? registerChannel(sheet);

  // Rows naming a unit: it must be the importing unit or one under it.
  const units = rows.some((r) => r.unitText) ? await subtreeUnits(ctx.db, input.unitCode) : [];
  const unitOf = new Map<number, string>();
  for (const r of rows) {
    if (!r.unitText) {
      unitOf.set(r.row, input.unitCode);
      continue;
    }
    const code = unitOfText(units, r.unitText);
    if (code && inScope(actor, code)) unitOf.set(r.row, code);
    else
      r.problems.push({
        field: 'unit',
        code: 'unknown_unit',
        vi: `Đơn vị "${r.unitText}" không có trong ${input.unitCode} hoặc các đơn vị trực thuộc.`,
        en: `Unit "${r.unitText}" is not ${input.unitCode} or a unit under it.`,
      });
  }

  // The case is filed under its unit as it was on the receipt date (as intake requires).
  const versions = await ctx.db
    .selectFrom('units')
    .select(['code', 'valid_from', 'valid_to'])
    .where('code', 'in', [...new Set(unitOf.values())])
    .execute();
  for (const r of rows) {
    const code = unitOf.get(r.row);
    if (!code || !r.receivedOn) continue;
    const on = r.receivedOn;
    if (
      !versions.some(
        (v) => v.code === code && v.valid_from <= on && (!v.valid_to || v.valid_to >= on),
      )
    )
      r.problems.push({
        field: 'unit',
        code: 'unknown_unit',
        vi: `Đơn vị ${code} chưa có hoặc không còn vào ngày nhận ${formatDmy(on)}: nhập dòng này vào đơn vị cũ (đơn vị tiền nhiệm) hoặc ghi đơn vị vào cột "Đơn vị".`,
        en: `Unit ${code} did not exist on ${formatDmy(on)}, the date received: import this row into the former (predecessor) unit, or name the unit in a "Đơn vị" column.`,
      });
  }

  const known = new Set(
    (
      await ctx.db
        .selectFrom('petition_import_sources')
        .select('row_key')
        .where('unit_code', '=', input.unitCode)
        .where(
          'row_key',
          'in',
          rows.map((r) => r.key),
        )
        .execute()
    ).map((x) => x.row_key),
  );
  const snapshot = await loadCalendar(ctx.db);
  const stateOf = (r: RegisterRow): ImportPreviewRow['state'] =>
    known.has(r.key) ? 'already_imported' : r.problems.length ? 'error' : 'new';
  const preview: ImportPreviewRow[] = rows.map((r) => {
    const sealed = r.kind === 'denunciation';
    const status = r.problems.length ? null : statusOf(r);
    return {
      row: r.row,
      key: r.key,
      state: stateOf(r),
      receivedOn: r.receivedOn,
      kind: r.kind,
      kindLabel: r.kind ? PETITION_KIND_LABELS[r.kind] : null,
      petitioner: r.fullName ? (sealed ? SEALED_MASK : r.fullName) : null,
      sealed,
      title: r.title,
      unitCode: unitOf.get(r.row) ?? null,
      status,
      statusLabel: status ? STATUS_LABELS[status] : null,
      resultLabel: r.ending?.type === 'result' ? RESULT_LABELS[r.ending.result] : null,
      resolvedOn: r.ending ? r.resolvedOn : null,
      dueOn: r.problems.length ? null : previewDue(snapshot, r),
      trackingCode: null,
      problems: r.problems,
    };
  });
  const result: ImportRegisterResult = {
    fileName: input.fileName,
    sha256,
    format: sheet.format,
    titleLines: sheet.titleLines,
    headerRow: sheet.headerRow,
    columns: REGISTER_FIELDS.filter((f) => columns[f] !== undefined).map((f) => ({
      field: f,
      header: sheet.headers[columns[f]!] ?? '',
      column: columns[f]! + 1,
    })),
    unitCode: input.unitCode,
    dryRun: input.dryRun,
    read: rows.length,
    added: preview.filter((p) => p.state === 'new').length,
    skipped: preview.filter((p) => p.state === 'already_imported').length,
    errors: preview.filter((p) => p.state === 'error').length,
    batchId: null,
    rows: preview,
  };
  if (input.dryRun) return result;
  if (result.errors > 0)
    throw new DomainError(
      'register_rows_invalid',
      `${result.errors} dòng có lỗi; chưa nhập dòng nào. Sửa các dòng này trong tệp rồi nhập lại.`,
      `${result.errors} row(s) have errors; nothing was imported. Fix them in the file and import again.`,
      {
        rows: preview
          .filter((p) => p.state === 'error')
          .map((p) => ({ row: p.row, problems: p.problems })),
      },
    );

  const batchId = randomUUID();
  const fresh = rows.filter((r) => stateOf(r) === 'new');
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
          format: sheet.format,
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
  return { ...result, batchId };
}
