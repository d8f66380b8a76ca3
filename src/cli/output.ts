// Exit codes and output helpers shared by every command.
export const EXIT = {
  OK: 0,
  /** Some files failed; all others were stored. */
  SOME_FAILED: 1,
  /** Bad flag, bad date, bad query. */
  USAGE: 2,
  /** The database cannot be opened or is not a riksdoc database. */
  DATABASE: 3,
  INTERRUPTED_INT: 130,
  INTERRUPTED_TERM: 143,
} as const;

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** stdout is a terminal (colour, tables). */
  outIsTty: boolean;
  /** stderr is a terminal (progress bar). */
  errIsTty: boolean;
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    outIsTty: Boolean(process.stdout.isTTY),
    errIsTty: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}

/** A usage error raised by a command's own validation (exit 2). */
export class UsageError extends Error {}
/** The database cannot be used (exit 3). */
export class DatabaseError extends Error {}
