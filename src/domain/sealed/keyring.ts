/**
 * Encryption at rest of a denouncer's sealed identity (Law on Denunciations 2018 Art. 47–49):
 * AES-256-GCM per field, and keyed HMAC-SHA256 "blind indexes" so that an identity can be matched
 * without storing it in plain text. Pure computation (node:crypto only); where keys come from is
 * src/db/sealed-keys.ts. Decision record: docs/decisions/0009-sealed-identity-encryption.md.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { personKey } from '../petition/duplicates.js';

/** Ciphertext prefix and format version: `s1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). */
export const SEALED_PREFIX = 's1.';

/** One 256-bit key with its derived sub-keys. */
export interface SealedKey {
  /** Short public id (16 hex) stored beside each row, derived from the key check value. */
  readonly id: string;
  /** HMAC of a fixed text under the key: stored in the database to recognise the right key. */
  readonly check: string;
  readonly encKey: Buffer;
  readonly indexKey: Buffer;
}

/** A key problem that must stop the program (wrong key, missing key, corrupt ciphertext). */
export class SealedKeyError extends Error {
  constructor(
    readonly code: 'wrong_key' | 'missing_key' | 'bad_key' | 'undecryptable' | 'rotation_pending',
    vi: string,
    en: string,
  ) {
    super(`${vi}\n${en}`);
  }
}

/** Parses a 32-byte key written as base64 (44 chars) or hex (64 chars); null when it is not one. */
export function parseKeyMaterial(text: string): Buffer | null {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(t)) {
    const b = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return b.length === 32 ? b : null;
  }
  return null;
}

/** A fresh random key in the base64 form the key file and DANVAN_SEALED_KEY use. */
export function generateKeyMaterial(): string {
  return randomBytes(32).toString('base64');
}

/** Derives the sub-keys (HKDF-SHA256) and the public check value of a key. */
export function deriveKey(material: Buffer): SealedKey {
  if (material.length !== 32)
    throw new SealedKeyError(
      'bad_key',
      'Khoá niêm phong phải dài 32 byte.',
      'The sealing key must be 32 bytes.',
    );
  const sub = (info: string) =>
    Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), info, 32));
  const check = createHmac('sha256', material).update('danvan/sealed-key-check/v1').digest('hex');
  return {
    id: check.slice(0, 16),
    check,
    encKey: sub('danvan/aes-256-gcm/v1'),
    indexKey: sub('danvan/blind-index/v1'),
  };
}

const b64 = (b: Buffer) => b.toString('base64url');

/** Kinds of blind index: an ID number, a phone, a name together with an address. */
export type IndexKind = 'id' | 'phone' | 'name_address';

/** Normalised value behind a name + address index: the same folding duplicate detection compares. */
export const nameAddressKey = personKey;

/** The current key (encrypts, indexes) and previous keys (decrypt only, during a rotation). */
export class SealedKeyring {
  constructor(
    readonly current: SealedKey,
    readonly previous: readonly SealedKey[] = [],
  ) {}

  /** Every key, current first. */
  get all(): readonly SealedKey[] {
    return [this.current, ...this.previous.filter((k) => k.id !== this.current.id)];
  }

  /** Encrypts one field; `field` is bound as additional data so a value cannot be moved to another field. */
  encrypt(plain: string | null | undefined, field: string): string | null {
    if (plain === null || plain === undefined) return null;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.encKey, iv);
    cipher.setAAD(Buffer.from(field));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${SEALED_PREFIX}${this.current.id}.${b64(iv)}.${b64(cipher.getAuthTag())}.${b64(ct)}`;
  }

  /** Decrypts one field; throws SealedKeyError when the key is not held or the value was altered. */
  decrypt(blob: string | null | undefined, field: string): string | null {
    if (blob === null || blob === undefined) return null;
    const parts = blob.startsWith(SEALED_PREFIX) ? blob.slice(SEALED_PREFIX.length).split('.') : [];
    const key = parts.length === 4 ? this.all.find((k) => k.id === parts[0]) : undefined;
    if (!key)
      throw new SealedKeyError(
        'undecryptable',
        'Không giải mã được danh tính niêm phong (thiếu khoá).',
        'Cannot decrypt a sealed identity (key not held).',
      );
    try {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        key.encKey,
        Buffer.from(parts[1]!, 'base64url'),
      );
      decipher.setAAD(Buffer.from(field));
      decipher.setAuthTag(Buffer.from(parts[2]!, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(parts[3]!, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new SealedKeyError(
        'undecryptable',
        'Danh tính niêm phong bị hỏng hoặc bị sửa.',
        'A sealed identity is corrupt or was altered.',
      );
    }
  }

  /** Id of the key a stored value was encrypted with, or null when it is not a sealed value. */
  static keyIdOf(blob: string | null | undefined): string | null {
    if (!blob?.startsWith(SEALED_PREFIX)) return null;
    return blob.slice(SEALED_PREFIX.length).split('.')[0] ?? null;
  }

  /** Blind index of a normalised value under one key (current by default). */
  index(kind: IndexKind, normalised: string | null, key: SealedKey = this.current): string | null {
    if (!normalised) return null;
    return createHmac('sha256', key.indexKey)
      .update(`${kind}\u0000${normalised}`)
      .digest('base64url')
      .slice(0, 32);
  }

  /** Blind indexes of a value under every held key (lookups during a rotation find both). */
  indexes(kind: IndexKind, normalised: string | null): string[] {
    if (!normalised) return [];
    return this.all.map((k) => this.index(kind, normalised, k)!);
  }

  /** True when `check` is the check value of the current key (constant time). */
  static checkMatches(key: SealedKey, check: string): boolean {
    const a = Buffer.from(key.check);
    const b = Buffer.from(check);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
