/**
 * Login throttling rules, pure: given a key's run of recent failed sign-ins
 * and the time, is it locked, and what is the run after one more attempt?
 *
 * A key is an account tried from one client address (`pairKey`), so guesses
 * from other addresses can never lock a user out, or a client address alone
 * (`addressKey`), which stops one address trying many accounts. A key is
 * locked after its threshold of failures, for a delay that doubles with each
 * further failure (1, 2, 4 … minutes, at most an hour); a day without an
 * attempt starts a new run. An admin can clear an account's runs.
 */

/** Failures of one account from one address before the first delay. */
export const MAX_FAILURES = 5;
/** Failures from one address, over any accounts, before the first delay. */
export const MAX_ADDRESS_FAILURES = 20;
const MINUTE = 60 * 1000;
const FIRST_DELAY_MS = MINUTE;
const MAX_DELAY_MS = 60 * MINUTE;
/** A quiet spell this long starts a new run. */
const RUN_RESET_MS = 24 * 60 * MINUTE;

export interface AttemptRun {
  failures: number;
  /** ISO time of the latest counted attempt. */
  lastAt: string;
}

/**
 * How long a key is locked after its latest failure, given the failures in
 * its run and the threshold of its kind; 0 below the threshold.
 *
 * @example lockDelayMs(5, 5) // 60000 (one minute); lockDelayMs(7, 5) // 240000
 */
export function lockDelayMs(failures: number, threshold: number): number {
  if (failures < threshold) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - threshold, 20));
}

/** When the lock on this run ends, or null when it is not locked. */
export function lockedUntil(run: AttemptRun | undefined, now: Date, threshold = MAX_FAILURES): Date | null {
  if (!run) return null;
  const delay = lockDelayMs(run.failures, threshold);
  if (delay === 0) return null;
  const until = new Date(Date.parse(run.lastAt) + delay);
  return until.getTime() > now.getTime() ? until : null;
}

/** The run after one more attempt; a day without attempts starts a new run. */
export function withAttempt(run: AttemptRun | undefined, now: Date): AttemptRun {
  const fresh = !run || Date.parse(run.lastAt) + RUN_RESET_MS <= now.getTime();
  return { failures: fresh ? 1 : run.failures + 1, lastAt: now.toISOString() };
}

/**
 * The ISO time at or before which a run is over: its latest attempt is a
 * quiet day old, so the next attempt starts a new run and no lock (an hour at
 * most) can still hold. Rows this old carry nothing and may be deleted.
 *
 * @example runsOverAt(new Date('2026-01-02T10:00:00Z')) // '2026-01-01T10:00:00.000Z'
 */
export function runsOverAt(now: Date): string {
  return new Date(now.getTime() - RUN_RESET_MS).toISOString();
}

/** The run once an attempt counted in advance turned out to be a success. */
export function withoutAttempt(run: AttemptRun): AttemptRun {
  return { failures: Math.max(0, run.failures - 1), lastAt: run.lastAt };
}

function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The key of an account tried from one address ("pair:<email> <address>"; a
 * space never occurs in an email address, so every key of an account starts
 * with `pairPrefix(email)`). An unknown address is its own address, "unknown".
 */
export function pairKey(email: string, address: string | null): string {
  return `${pairPrefix(email)}${address ?? 'unknown'}`;
}

/** The common start of every pair key of an account. */
export function pairPrefix(email: string): string {
  return `pair:${normalEmail(email)} `;
}

/** The email address a pair key belongs to, or null for another kind of key. */
export function emailOfPairKey(key: string): string | null {
  const m = /^pair:(\S*) /.exec(key);
  return m ? m[1] : null;
}

export function addressKey(address: string): string {
  return `ip:${address}`;
}

/**
 * Whole minutes left until a lock ends (at least 1), for the message.
 *
 * @example minutesLeft(new Date('2026-01-01T10:02:30Z'), new Date('2026-01-01T10:00:00Z')) // 3
 */
export function minutesLeft(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE));
}
