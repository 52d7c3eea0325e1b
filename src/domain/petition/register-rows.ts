/**
 * A legacy register's data rows made ready for intake: mapped values, per-row problems (row
 * number, Vietnamese and English) and each row's stable key (SHA-256 of its normalised values in
 * a fixed field order, plus the occurrence number of identical rows). Part of register-import.ts.
 */
import { createHash } from 'node:crypto';
import type { Channel, PetitionKind } from './kinds.js';
import type { IsoDate } from './types.js';
import {
  foldHeader,
  REGISTER_FIELD_LABELS,
  REGISTER_FIELDS,
  type RegisterField,
  type ResolvedColumns,
} from './register-columns.js';
import type { RegisterSheet } from './register-sheet.js';
import {
  cellText,
  formatDmy,
  isBlank,
  parseRegisterChannel,
  parseRegisterDate,
  parseRegisterEnding,
  parseRegisterKind,
  type Cell,
  type RegisterEnding,
} from './register-values.js';

/** One problem of one row. */
export interface RowProblem {
  field: RegisterField | 'row';
  code:
    | 'bad_date'
    | 'future_date'
    | 'missing_date'
    | 'missing_content'
    | 'unknown_kind'
    | 'unknown_unit'
    | 'unknown_channel'
    | 'unknown_outcome'
    | 'resolved_before_received'
    | 'too_long'
    | 'bad_identity_number';
  vi: string;
  en: string;
}

/** A register row made ready for intake (or refused with its problems). */
export interface RegisterRow {
  /** Row number in the file (the spreadsheet's row, the CSV's line). */
  row: number;
  /** Stable key: SHA-256 (hex) of the normalised mapped values and the occurrence number. */
  key: string;
  receivedOn: IsoDate | null;
  fullName: string | null;
  address: string | null;
  identityNumber: string | null;
  phone: string | null;
  title: string;
  content: string;
  kind: PetitionKind | null;
  channel: Channel | null;
  /** The unit as written in the row (code or name), resolved by the caller; null: the import's unit. */
  unitText: string | null;
  agencyText: string | null;
  resolutionText: string | null;
  resolvedOn: IsoDate | null;
  ending: RegisterEnding | null;
  problems: RowProblem[];
}

const LIMITS: Partial<Record<RegisterField, number>> = {
  fullName: 200,
  address: 500,
  identityNumber: 20,
  phone: 30,
  title: 300,
  content: 20000,
  resolution: 2000,
  agency: 300,
  unit: 200,
};

/** A title for the case when the register has none: the content's first words (at most 120 characters). */
export function titleFromContent(content: string): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  if (flat.length <= 120) return flat;
  const cut = flat.slice(0, 117);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/**
 * Maps the data rows of a sheet: values, stable keys and per-row problems. `today` bounds the
 * dates; `defaultChannel` applies when the row has no channel column or value.
 */
export function mapRegisterRows(
  sheet: RegisterSheet,
  columns: ResolvedColumns,
  today: IsoDate,
): RegisterRow[] {
  const seen = new Map<string, number>();
  return sheet.rows.map(({ row, cells }) => {
    const raw = (f: RegisterField): Cell => {
      const i = columns[f];
      return i === undefined ? null : (cells[i] ?? null);
    };
    const text = (f: RegisterField): string | null => cellText(raw(f)) || null;
    const problems: RowProblem[] = [];
    const add = (field: RowProblem['field'], code: RowProblem['code'], vi: string, en: string) =>
      problems.push({ field, code, vi, en });

    const dateOf = (f: 'receivedOn' | 'resolvedOn'): IsoDate | null => {
      const c = raw(f);
      if (isBlank(c)) return null;
      const iso = parseRegisterDate(c);
      const label = REGISTER_FIELD_LABELS[f];
      if (!iso) {
        add(
          f,
          'bad_date',
          `${label.vi}: "${cellText(c)}" không phải ngày hợp lệ (ghi dạng ngày/tháng/năm, ví dụ 05/03/2024).`,
          `${label.en}: "${cellText(c)}" is not a valid date (write day/month/year, e.g. 05/03/2024).`,
        );
        return null;
      }
      if (iso > today) {
        add(
          f,
          'future_date',
          `${label.vi}: ngày ${formatDmy(iso)} sau ngày hôm nay.`,
          `${label.en}: ${formatDmy(iso)} is after today.`,
        );
        return null;
      }
      return iso;
    };

    const receivedOn = dateOf('receivedOn');
    if (isBlank(raw('receivedOn')))
      add('receivedOn', 'missing_date', 'Thiếu ngày nhận đơn.', 'The date received is missing.');
    const resolvedOn = dateOf('resolvedOn');
    const content = text('content') ?? '';
    if (!content)
      add('content', 'missing_content', 'Thiếu nội dung đơn.', 'The content is missing.');
    const kindText = text('kind');
    const kind = kindText ? parseRegisterKind(kindText) : null;
    if (!kind)
      add(
        'kind',
        'unknown_kind',
        kindText
          ? `Loại đơn "${kindText}" không xác định (Khiếu nại, Tố cáo, Kiến nghị hoặc Phản ánh).`
          : 'Thiếu loại đơn (Khiếu nại, Tố cáo, Kiến nghị hoặc Phản ánh).',
        kindText
          ? `Unknown kind "${kindText}" (Khiếu nại, Tố cáo, Kiến nghị or Phản ánh).`
          : 'The kind is missing (Khiếu nại, Tố cáo, Kiến nghị or Phản ánh).',
      );
    const channelText = text('channel');
    const channel = channelText ? parseRegisterChannel(channelText) : null;
    if (channelText && !channel)
      add(
        'channel',
        'unknown_channel',
        `Nguồn đơn "${channelText}" không xác định.`,
        `Unknown channel "${channelText}".`,
      );
    for (const [f, max] of Object.entries(LIMITS) as Array<[RegisterField, number]>) {
      const v = text(f);
      if (v && v.length > max)
        add(
          f,
          'too_long',
          `${REGISTER_FIELD_LABELS[f].vi}: dài quá ${max} ký tự.`,
          `${REGISTER_FIELD_LABELS[f].en}: longer than ${max} characters.`,
        );
    }
    const identityNumber = text('identityNumber')?.replace(/[\s.]/g, '') ?? null;
    if (identityNumber && !/^[0-9A-Za-z]{6,20}$/.test(identityNumber))
      add(
        'identityNumber',
        'bad_identity_number',
        'Số CCCD/CMND không hợp lệ (chỉ gồm chữ số).',
        'Invalid citizen ID number (digits only).',
      );

    const resolutionText = text('resolution');
    let ending: RegisterEnding | null = null;
    if (kind && (resolutionText || resolvedOn || !isBlank(raw('resolvedOn')))) {
      const parsed = resolutionText ? parseRegisterEnding(kind, resolutionText) : null;
      if (parsed === 'open') {
        // Still being handled in the register: imported as an open case.
      } else if (resolutionText && !parsed) {
        add(
          'resolution',
          'unknown_outcome',
          `Kết quả "${resolutionText}" không xác định được kết luận (ghi ví dụ "Khiếu nại đúng", "Khiếu nại sai", "Đúng một phần", "Tố cáo sai", "Đã chuyển đơn", "Đang giải quyết").`,
          `Outcome "${resolutionText}" names no result (write e.g. "Khiếu nại đúng", "Khiếu nại sai", "Đúng một phần", "Tố cáo sai", "Đã chuyển đơn", "Đang giải quyết").`,
        );
      } else if (!resolutionText && (kind === 'complaint' || kind === 'denunciation')) {
        add(
          'resolution',
          'unknown_outcome',
          'Có ngày giải quyết nhưng thiếu kết quả giải quyết (khiếu nại, tố cáo phải ghi kết luận đúng/sai).',
          'A resolution date without an outcome (a complaint or denunciation needs its finding).',
        );
      } else if (!resolvedOn && isBlank(raw('resolvedOn'))) {
        add(
          'resolvedOn',
          'missing_date',
          'Có kết quả giải quyết nhưng thiếu ngày giải quyết.',
          'An outcome without its resolution date.',
        );
      } else if (resolvedOn) {
        ending = parsed ?? { type: 'result', result: 'answered' };
        if (receivedOn && resolvedOn < receivedOn) {
          ending = null;
          add(
            'resolvedOn',
            'resolved_before_received',
            `Ngày giải quyết ${formatDmy(resolvedOn)} trước ngày nhận ${formatDmy(receivedOn)}.`,
            `Resolution date ${formatDmy(resolvedOn)} is before the date received ${formatDmy(receivedOn)}.`,
          );
        }
      }
    }

    const normalised = REGISTER_FIELDS.map((f) => {
      const c = raw(f);
      if (f === 'receivedOn' || f === 'resolvedOn') return parseRegisterDate(c) ?? cellText(c);
      return foldHeader(cellText(c)) === '' ? '' : cellText(c).toLocaleLowerCase('vi');
    }).join('\u001f');
    const n = (seen.get(normalised) ?? 0) + 1;
    seen.set(normalised, n);
    const key = createHash('sha256').update(`${normalised}\u001e${n}`).digest('hex');

    return {
      row,
      key,
      receivedOn,
      fullName: text('fullName'),
      address: text('address'),
      identityNumber,
      phone: text('phone'),
      title: text('title') ?? titleFromContent(content),
      content,
      kind,
      channel,
      unitText: text('unit'),
      agencyText: text('agency'),
      resolutionText,
      resolvedOn,
      ending,
      problems,
    };
  });
}

/** The channel a whole register implies when its rows name none: a reception book is in person. */
export function registerChannel(sheet: RegisterSheet): Channel {
  const title = foldHeader(sheet.titleLines.join(' '));
  return /tiep cong dan/.test(title) ? 'in_person' : 'post';
}
