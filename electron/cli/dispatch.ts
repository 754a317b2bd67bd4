import { isLazyCommand, UsageError, type CliCommandEntry, type CliIo } from './command';
import { terminalSafeIo, wantsJson } from './safe-output';

const NAME = 'mail-setup';

export function helpText(commands: readonly CliCommandEntry[]): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `Usage: ${NAME} <command> [options]   (from the source tree: npm run cli -- <command> [options])`,
    '',
    'Check and explain Microsoft 365 / Outlook.com sending settings from this computer.',
    '',
    'Commands:',
    ...(lines.length ? lines : ['  (none yet)']),
    '',
    `Run "${NAME} <command> --help" for a command's options.`,
    'Secrets are read only from standard input (--password-stdin, --oauth-token-stdin), never from arguments.',
    'Exit codes: 0 success, 1 the check found a failure, 2 usage error.',
  ].join('\n');
}

/** Runs one CLI invocation; returns the exit code. Lazy commands are loaded only when chosen. */
export async function dispatch(argv: string[], commands: readonly CliCommandEntry[], rawIo: CliIo): Promise<number> {
  // The one choke point for terminal safety: server replies and pasted text never reach the terminal raw.
  const io = terminalSafeIo(rawIo, wantsJson(argv));
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${helpText(commands)}\n`);
    return name === undefined ? 2 : 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`${NAME}: unknown command "${name}". Run "${NAME} --help" to see the commands.\n`);
    return 2;
  }
  const command = isLazyCommand(entry) ? await entry.load() : entry;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${NAME} ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
