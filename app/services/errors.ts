export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
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

/** A request the rules refuse (wrong state, missing reason); routes answer 422. */
export class RuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleError';
  }
}
