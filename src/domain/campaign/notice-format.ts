/**
 * The format of a delegation's conclusion notice that depends on the issuing body's system
 * (see issuer.ts):
 * - number line: a Party body writes "Số 12-TB/ĐKT" (no colon; number, hyphen, type/body, as in
 *   the published header of Hướng dẫn 36-HD/VPTW of 03/4/2018: "Số 36-HD/VPTW"); a State body
 *   writes "Số: 12/TB-ĐKT" (Decree 30/2020/ND-CP, Appendix I);
 * - date line: the day below 10 and the months 1 and 2 take a leading zero, other months do not
 *   ("ngày 03 tháng 4 năm 2018"; the same rule in both systems);
 * - signature: the delegation signs as a collective ("TM. ĐOÀN KIỂM TRA" / Party "T/M"); a deputy
 *   head signs in the head's place ("KT. TRƯỞNG ĐOÀN" / Party "K/T", then "PHÓ TRƯỞNG ĐOÀN").
 */
import type { IssuerSystem } from './issuer.js';

export const SIGNER_CAPACITIES = ['head', 'deputy'] as const;
export type SignerCapacity = (typeof SIGNER_CAPACITIES)[number];

/** "Số: 12-TB/ĐKT " → "12-TB/ĐKT": what the user typed, without the printed "Số". */
export function normalizeNoticeNumber(input: string | null | undefined): string | null {
  const v = (input ?? '')
    .normalize('NFC')
    .trim()
    .replace(/^số\s*:?\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return v === '' ? null : v;
}

const comparable = (s: string) =>
  s
    .normalize('NFC')
    .replace(/^số\s*:?\s*/i, '')
    .replace(/[\s()]/g, '')
    .replace(/minhhọa$/i, '')
    .toUpperCase();

const PARTY_FORM = /^\d+-[^\s/-][^\s/]*\/\S+$/u;
const STATE_FORM = /^\d+\/[^\s/-][^\s/]*(-\S+)?$/u;

/** Examples shown when a number has the other system's form. */
export const NOTICE_NUMBER_EXAMPLE: Record<IssuerSystem, string> = {
  party: '12-TB/ĐKT',
  state: '12/TB-ĐKT',
};

export type NoticeNumberProblem = 'same_as_decision' | 'form';

/**
 * Why a notice number cannot be used, or null: it must not repeat the delegation decision's
 * number, and it must have the form of the issuing body's system ("12-TB/ĐKT" for a Party body,
 * "12/TB-ĐKT" for a State body).
 */
export function noticeNumberProblem(
  system: IssuerSystem,
  noticeNumber: string,
  decisionNumber: string,
): NoticeNumberProblem | null {
  if (comparable(noticeNumber) === comparable(decisionNumber)) return 'same_as_decision';
  return (system === 'party' ? PARTY_FORM : STATE_FORM).test(noticeNumber) ? null : 'form';
}

/** The printed number line; a blank to be filled by hand when the number is not yet given. */
export function noticeNumberLine(system: IssuerSystem, noticeNumber: string | null): string {
  if (system === 'party') return `Số ${noticeNumber ?? '      -TB/ĐKT'}`;
  return `Số: ${noticeNumber ?? '      /TB-ĐKT'}`;
}

/** Day below 10 and months 1, 2 with a leading zero: "ngày 05 tháng 02 năm 2026", "ngày 18 tháng 10 năm 2019". */
export function documentDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  const month = Number(m);
  return `ngày ${d} tháng ${month <= 2 ? m : String(month)} năm ${y}`;
}

/** "Long An, ngày 18 tháng 10 năm 2019". */
export function documentDateLine(place: string, isoDate: string): string {
  return `${place}, ${documentDate(isoDate)}`;
}

/**
 * The signature block's capitalised lines above the name: the collective, then the signer's
 * authority. The head: "TM. ĐOÀN KIỂM TRA / TRƯỞNG ĐOÀN"; a deputy head in the head's place:
 * "TM. ĐOÀN KIỂM TRA / KT. TRƯỞNG ĐOÀN / PHÓ TRƯỞNG ĐOÀN" (Party: "T/M", "K/T").
 */
export function signatureLines(system: IssuerSystem, capacity: SignerCapacity): string[] {
  const tm = system === 'party' ? 'T/M' : 'TM.';
  const kt = system === 'party' ? 'K/T' : 'KT.';
  return capacity === 'deputy'
    ? [`${tm} ĐOÀN KIỂM TRA`, `${kt} TRƯỞNG ĐOÀN`, 'PHÓ TRƯỞNG ĐOÀN']
    : [`${tm} ĐOÀN KIỂM TRA`, 'TRƯỞNG ĐOÀN'];
}
