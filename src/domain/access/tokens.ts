import { createHash, randomBytes } from 'node:crypto';

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Sessions and API tokens are stored only as hashes: a leaked database grants no access. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
