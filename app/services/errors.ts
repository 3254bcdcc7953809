/**
 * The errors services throw. They say what went wrong, never how to answer:
 * app/utils/error-response.server.ts is the one place that turns them into
 * HTTP statuses (and scripts into exit codes).
 */

/** Something the request names (a claim, a figure, an account) is not there. */
export class NotFoundError extends Error {
  /** `what` names the thing ("Claim 12"); the message reads "Claim 12 does not exist.". */
  constructor(what: string) {
    super(`${what} does not exist.`);
    this.name = 'NotFoundError';
  }
}

/** Someone saved after the version this edit started from; carries what they saved. */
export class StaleEditError<T = unknown> extends Error {
  constructor(readonly current: T) {
    super('This was changed by someone else since you opened it');
    this.name = 'StaleEditError';
  }
}

/**
 * A request the rules refuse (wrong state, missing reason, a duplicate);
 * `field` names the form field it belongs beside, when there is one.
 */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RuleError';
  }
}
