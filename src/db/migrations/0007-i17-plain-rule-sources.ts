import { sql, type Kysely } from 'kysely';

/**
 * Rewrites developer wording seeded into the legal bases of deadline rules (and copied into the
 * explanation of every deadline computed with them) into text written for officials: the
 * recommendation/feedback default said "(không có quy định trong domain.md) — local-practice
 * default, to verify". Only the exact seeded strings are replaced; an administrator's own edits
 * are left alone. Plain `replace()` works on SQLite and PostgreSQL alike.
 */
const REWRITES: ReadonlyArray<[string, string]> = [
  [
    'Mặc định theo thực tiễn địa phương (không có quy định trong domain.md) — local-practice default, to verify',
    'Theo quy chế của đơn vị; chưa có thời hạn luật định',
  ],
  [
    'Không có trong domain.md; theo Điều 36 Luật Khiếu nại, cần xác minh.',
    'Theo Điều 36 Luật Khiếu nại 2011; cần đối chiếu văn bản gốc.',
  ],
  [
    'Not in domain.md; from Law on Complaints Art. 36, to verify.',
    'From the Law on Complaints 2011, Art. 36; to be checked against the original text.',
  ],
  ['Điều 21 (verify)', 'Điều 21'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [from, to] of REWRITES) {
    await sql`update deadline_rules set data = replace(data, ${from}, ${to}) where data like ${`%${from}%`}`.execute(
      db,
    );
    await sql`update petition_deadlines set explanation = replace(explanation, ${from}, ${to}) where explanation like ${`%${from}%`}`.execute(
      db,
    );
  }
}
