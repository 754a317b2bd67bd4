/**
 * A CLI command is a plain async function over argv and streams, so tests run it
 * in-process and the packaged `mail-setup` binary runs the same code.
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for secrets and `explain` text); resolves '' when none. */
  readStdin: () => Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
}

export interface CliCommand {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Full usage text for `<command> --help`. */
  usage: string;
  /** Exit code: 0 success, 1 the check found a failure, 2 usage error. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** Thrown by argument parsing; the dispatcher prints the message and exits 2. */
export class UsageError extends Error {}
