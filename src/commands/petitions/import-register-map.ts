/**
 * Legacy register import, step 2 (map): each row's unit (the importing unit, or the one of its
 * subtree the row names, as it was on the receipt date), the status, result and dates a row's
 * case ends with, and the preview a user checks before confirming. Reads, writes nothing.
 */
import type { Kysely } from 'kysely';
import type { Database, PetitionsTable } from '../../db/schema.js';
import { inScope, type Actor } from '../../domain/access/actor.js';
import { PETITION_KIND_LABELS, RESULT_LABELS } from '../../domain/petition/kinds.js';
import { STATUS_LABELS, type PetitionStatus } from '../../domain/petition/lifecycle-table.js';
import {
  formatDmy,
  type RegisterEnding,
  type RegisterRow,
  type RowProblem,
} from '../../domain/petition/register-import.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { loadCalendar } from '../../queries/calendar/load-calendar.js';
import { ruleFor, computeRow, type CalendarSnapshot } from './deadlines.js';

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

const SEALED_MASK = 'Danh tính được giữ bí mật / Identity sealed';

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

/**
 * The unit each row's case is filed under (row number → unit code). A row naming a unit outside
 * the importing unit's subtree or the actor's scope, or a unit that did not exist on the receipt
 * date, gets a problem instead.
 */
export async function placeRows(
  db: Kysely<Database>,
  actor: Actor,
  unitCode: string,
  rows: RegisterRow[],
): Promise<Map<number, string>> {
  // Rows naming a unit: it must be the importing unit or one under it.
  const units = rows.some((r) => r.unitText) ? await subtreeUnits(db, unitCode) : [];
  const unitOf = new Map<number, string>();
  for (const r of rows) {
    if (!r.unitText) {
      unitOf.set(r.row, unitCode);
      continue;
    }
    const code = unitOfText(units, r.unitText);
    if (code && inScope(actor, code)) unitOf.set(r.row, code);
    else
      r.problems.push({
        field: 'unit',
        code: 'unknown_unit',
        vi: `Đơn vị "${r.unitText}" không có trong ${unitCode} hoặc các đơn vị trực thuộc.`,
        en: `Unit "${r.unitText}" is not ${unitCode} or a unit under it.`,
      });
  }

  // The case is filed under its unit as it was on the receipt date (as intake requires).
  const versions = await db
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

  return unitOf;
}

/** The status, result and dates a resolved row's case ends with. */
export function endingColumns(
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

/** The preview of each row: its state (new, already imported, error), status and deadline. */
export async function previewRows(
  db: Kysely<Database>,
  rows: RegisterRow[],
  unitOf: ReadonlyMap<number, string>,
  known: ReadonlySet<string>,
): Promise<ImportPreviewRow[]> {
  const snapshot = await loadCalendar(db);
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
  return preview;
}
