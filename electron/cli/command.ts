/**
 * A CLI command is a plain async function over argv and streams, so tests run it
 * in-process and the packaged `mail-setup` binary runs the same code.
 */
import type { MessageKey } from '../../shared/i18n';

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

/**
 * A command registered by name and summary only; its module is loaded when it runs
 * (or its own `--help` is asked for), so `explain` never pays for the probe's TLS
 * and mail libraries, and `mail-setup --help` loads no command at all.
 */
export interface LazyCliCommand {
  name: string;
  summary: string;
  /** The summary's message, so `--help` lists it in the CLI's language (shared/i18n/en/cli.ts). */
  summaryKey?: MessageKey;
  load: () => Promise<CliCommand>;
}

export type CliCommandEntry = CliCommand | LazyCliCommand;

/** Registers a command lazily (one line per command in commands.ts). */
export function lazyCommand(name: string, summary: string, load: () => Promise<CliCommand>, summaryKey?: MessageKey): LazyCliCommand {
  return summaryKey ? { name, summary, load, summaryKey } : { name, summary, load };
}

export function isLazyCommand(entry: CliCommandEntry): entry is LazyCliCommand {
  return 'load' in entry;
}

/** Thrown by argument parsing; the dispatcher prints the message and exits 2. */
export class UsageError extends Error {}
