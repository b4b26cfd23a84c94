/** Exit codes, documented in the README: 0 valid, 1 invalid input, 2 usage or tool failure. */
export const ExitCode = { ok: 0, invalid: 1, usage: 2, closedPipe: 141 } as const;

/** A mistake in how the command was called: bad option, missing folder. Exits 2 with the message, no stack. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
