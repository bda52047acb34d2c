import { ParleyError, ParleyTransportError } from '@parley/client';

/** What the command's exit status says, for scripts. */
export const ExitCode = {
  OK: 0,
  /** The actor, document or path asked for does not exist. */
  NOT_FOUND: 1,
  /** The command line is wrong: an unknown option, a missing argument, a bad value. */
  USAGE: 2,
  /** The server could not be reached, or failed. */
  SERVER: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the command explains in one line and ends with `code`. */
export class CliError extends Error {
  constructor(
    readonly code: ExitCode,
    message: string,
  ) {
    super(message);
  }
}

/** The one-line message and exit code for anything a command throws. */
export function explain(error: unknown): { code: ExitCode; message: string } {
  if (error instanceof CliError) return { code: error.code, message: error.message };
  if (error instanceof ParleyError) {
    const first = error.errors[0];
    const message = first?.message ?? error.message;
    if (error.code === 'NOT_FOUND') return { code: ExitCode.NOT_FOUND, message };
    if (error.code === 'BAD_USER_INPUT') return { code: ExitCode.USAGE, message };
    return {
      code: ExitCode.SERVER,
      message: `the server refused the request (${error.code ?? 'no code'}): ${message}`,
    };
  }
  if (error instanceof ParleyTransportError) return { code: ExitCode.SERVER, message: error.message };
  return { code: ExitCode.SERVER, message: error instanceof Error ? error.message : String(error) };
}
