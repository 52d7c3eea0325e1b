import { PETITION_KINDS, type PetitionKind } from '../../domain/petition/kinds.js';
import { DomainError } from '../../domain/errors.js';

/** Checks a topic's kinds: a non-empty list of known petition kinds, without repeats. */
export function checkTopicKinds(kinds: readonly string[]): PetitionKind[] {
  const known = PETITION_KINDS as readonly string[];
  if (
    kinds.length === 0 ||
    new Set(kinds).size !== kinds.length ||
    kinds.some((k) => !known.includes(k))
  ) {
    throw new DomainError(
      'validation_failed',
      'Chọn ít nhất một loại đơn hợp lệ, không trùng lặp.',
      'Choose at least one valid petition kind, without repeats.',
      { kinds },
    );
  }
  return PETITION_KINDS.filter((k) => kinds.includes(k));
}

/** Checks a sort position: a whole number from 0 to 10 000. */
export function checkSort(sort: number): number {
  if (!Number.isInteger(sort) || sort < 0 || sort > 10_000) {
    throw new DomainError(
      'validation_failed',
      'Thứ tự phải là số nguyên từ 0 đến 10000.',
      'Sort must be a whole number from 0 to 10000.',
    );
  }
  return sort;
}
