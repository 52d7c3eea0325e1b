import { DomainError } from '../errors.js';

/**
 * Characters PostgreSQL cannot store in a text column (U+0000) while SQLite would: refused on both
 * engines alike, so the same input gets the same answer wherever the product runs.
 */
const NUL = String.fromCharCode(0);

/** True when a string holds a character no engine may store. */
export function hasForbiddenChar(text: string): boolean {
  return text.includes(NUL);
}

/**
 * The path (`parts[1].content`, `q`) of the first string in a parsed body, query or form that holds
 * a forbidden character, keys included; null when there is none. Depth-limited: parsed bodies are
 * small trees (the JSON parser caps their size).
 */
export function findForbiddenText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return hasForbiddenChar(value) ? path || '(body)' : null;
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  if (ArrayBuffer.isView(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbiddenText(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const here = path ? `${path}.${key}` : key;
    if (hasForbiddenChar(key)) return here;
    const found = findForbiddenText(v, here, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The 400 answer for a forbidden character; names the field when it is known. */
export function forbiddenCharError(field: string | null): DomainError {
  const where = field ? ` (${field.replaceAll(NUL, '\\0')})` : '';
  return new DomainError(
    'invalid_character',
    `Dữ liệu gửi lên chứa ký tự không được phép (NUL, U+0000)${where}. Vui lòng xoá ký tự này và gửi lại.`,
    `The input holds a character that is not allowed (NUL, U+0000)${where}. Remove it and send again.`,
    field ? { field } : undefined,
  );
}
