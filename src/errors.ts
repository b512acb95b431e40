/**
 * An error the user can act on: bad input, bad config, an unreachable service. The CLI prints
 * its message as one line and exits with `exitCode`; anything else is a bug and gets a stack.
 * Messages must never contain a secret.
 */
export class UserError extends Error {
  constructor(
    message: string,
    public readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
