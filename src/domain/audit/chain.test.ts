import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, auditRowHash, canonicalJson, verifyChain } from './chain.js';

function chain(n: number) {
  const rows = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const base = {
      seq: i,
      at: `2026-01-0${i}T00:00:00.000Z`,
      actor_id: 'u1',
      actor_name: 'admin',
      entity_type: 'user',
      entity_id: `e${i}`,
      event_type: 'user.created',
      payload: '{}',
      prev_hash: prev,
    };
    const hash = auditRowHash(base);
    rows.push({ ...base, hash });
    prev = hash;
  }
  return rows;
}

describe('audit chain', () => {
  it('canonical JSON sorts keys', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe(
      '{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}',
    );
  });
  it('accepts an intact chain', () => {
    const rows = chain(5);
    expect(verifyChain(rows, { seq: 5, hash: rows[4]!.hash })).toEqual([]);
  });
  it('detects an edited row', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, payload: '{"x":1}' };
    expect(verifyChain(rows, { seq: 5, hash: rows[4]!.hash }).map((p) => p.problem)).toContain(
      'hash_mismatch',
    );
  });
  it('detects a deleted row in the middle and at the end', () => {
    const rows = chain(5);
    const head = { seq: 5, hash: rows[4]!.hash };
    expect(
      verifyChain([...rows.slice(0, 2), ...rows.slice(3)], head).map((p) => p.problem),
    ).toContain('gap');
    expect(verifyChain(rows.slice(0, 4), head).map((p) => p.problem)).toEqual(['head_mismatch']);
  });
});
