/**
 * Sign-in throttling: failures are counted per account AND per client address, so a lock holds
 * only the address that failed. An anonymous client can no longer keep someone else's account
 * locked (the account still opens from any other address, e.g. the officer's own office), while a
 * guesser at one address meets growing delays. Failures are forgotten after a quiet day or a
 * successful sign-in from that address; an administrator can clear them all at once.
 *
 * Not legal rules: security settings of the product, documented in docs/decisions/0012-login-throttle.md.
 */
export const LOGIN_THROTTLE = {
  /** Failures allowed from one address before the first lock. */
  freeFailures: 4,
  /** Length of the first lock; each further failure doubles it up to `maxLockMinutes`. */
  firstLockMinutes: 1,
  maxLockMinutes: 60,
  /** A failure older than this no longer counts (the count starts again). */
  forgetAfterHours: 24,
} as const;

/**
 * Minutes an address stays locked after its `failures`-th consecutive failure on one account:
 * 0 up to the free failures, then 1, 2, 4, 8, 16, 32, 60, 60… minutes.
 */
export function lockMinutesAfter(failures: number): number {
  const over = failures - LOGIN_THROTTLE.freeFailures;
  if (over <= 0) return 0;
  return Math.min(LOGIN_THROTTLE.maxLockMinutes, LOGIN_THROTTLE.firstLockMinutes * 2 ** (over - 1));
}
