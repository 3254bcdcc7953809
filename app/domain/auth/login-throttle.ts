/**
 * Login throttling rules, pure: given a key's run of recent failed sign-ins
 * and the time, is it locked, and what is the run after one more attempt?
 * A key is an account ("account:<email>", whether or not it exists) or a
 * client address ("ip:<address>").
 */

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
const LOCK_MS = LOCK_MINUTES * 60 * 1000;

export interface AttemptRun {
  failures: number;
  /** ISO time of the latest counted attempt. */
  lastAt: string;
}

/** When the lock on this run ends, or null when it is not locked. */
export function lockedUntil(run: AttemptRun | undefined, now: Date): Date | null {
  if (!run || run.failures < MAX_FAILURES) return null;
  const until = new Date(Date.parse(run.lastAt) + LOCK_MS);
  return until.getTime() > now.getTime() ? until : null;
}

/**
 * The run after one more attempt. A quiet spell of LOCK_MINUTES starts a new
 * run, so a lock lasts LOCK_MINUTES after the failure that set it.
 */
export function withAttempt(run: AttemptRun | undefined, now: Date): AttemptRun {
  const fresh = !run || Date.parse(run.lastAt) + LOCK_MS <= now.getTime();
  return { failures: fresh ? 1 : run.failures + 1, lastAt: now.toISOString() };
}

/** The run once an attempt counted in advance turned out to be a success. */
export function withoutAttempt(run: AttemptRun): AttemptRun {
  return { failures: Math.max(0, run.failures - 1), lastAt: run.lastAt };
}

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `ip:${address}`;
}
