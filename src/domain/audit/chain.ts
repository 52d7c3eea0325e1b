import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so a hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface ChainedRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  entity_type: string;
  entity_id: string;
  event_type: string;
  payload: string;
  prev_hash: string;
}

/** The hash of one audit row: sha256 over the previous hash and the row's canonical content. */
export function auditRowHash(row: ChainedRow): string {
  const content = canonicalJson({
    seq: row.seq,
    at: row.at,
    actor_id: row.actor_id,
    actor_name: row.actor_name,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    event_type: row.event_type,
    payload: row.payload,
  });
  return createHash('sha256').update(row.prev_hash).update('\n').update(content).digest('hex');
}

export interface ChainProblem {
  seq: number;
  problem: 'hash_mismatch' | 'broken_link' | 'gap' | 'head_mismatch';
  detail: string;
}

/** Checks a whole chain in order; reports edited, inserted or deleted rows. */
export function verifyChain(
  rows: Array<ChainedRow & { hash: string }>,
  head: { seq: number; hash: string } | null,
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  for (const row of rows) {
    if (row.seq !== prevSeq + 1)
      problems.push({
        seq: row.seq,
        problem: 'gap',
        detail: `expected seq ${prevSeq + 1}, found ${row.seq} (rows deleted or inserted)`,
      });
    if (row.prev_hash !== prevHash)
      problems.push({
        seq: row.seq,
        problem: 'broken_link',
        detail: 'prev_hash does not match the previous row',
      });
    if (auditRowHash(row) !== row.hash)
      problems.push({
        seq: row.seq,
        problem: 'hash_mismatch',
        detail: 'row content was changed after it was written',
      });
    prevHash = row.hash;
    prevSeq = row.seq;
  }
  if (head && (head.seq !== prevSeq || head.hash !== prevHash)) {
    problems.push({
      seq: head.seq,
      problem: 'head_mismatch',
      detail: `the chain ends at ${prevSeq}, the recorded head is ${head.seq} (rows deleted at the end?)`,
    });
  }
  if (!head && rows.length > 0)
    problems.push({
      seq: prevSeq,
      problem: 'head_mismatch',
      detail: 'no recorded head for a non-empty chain',
    });
  return problems;
}
