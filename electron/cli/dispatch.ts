import { t } from '../../shared/i18n';
import { applyCliLocale, chooseCliLocale, LANG_CHOICES } from './cli-locale';
import { isLazyCommand, UsageError, type CliCommandEntry, type CliIo } from './command';
import { terminalSafeIo, wantsJson } from './safe-output';

const NAME = 'mail-setup';

/** The top-level help, in the active locale; a command's summary is its message when it has one. */
export function helpText(commands: readonly CliCommandEntry[]): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  const summary = (c: CliCommandEntry) => (isLazyCommand(c) && c.summaryKey ? t(c.summaryKey) : c.summary);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${summary(c)}`);
  return [
    t('cli.help.usage', { name: NAME }),
    '',
    t('cli.help.lead'),
    '',
    t('cli.help.commands'),
    ...(lines.length ? lines : [`  ${t('cli.help.none')}`]),
    '',
    t('cli.help.more', { name: NAME }),
    t('cli.help.lang', { locales: LANG_CHOICES }),
    t('cli.help.secrets'),
    t('cli.help.exitCodes'),
  ].join('\n');
}

/** Runs one CLI invocation; returns the exit code. Lazy commands are loaded only when chosen. */
export async function dispatch(rawArgv: string[], commands: readonly CliCommandEntry[], rawIo: CliIo): Promise<number> {
  // The one choke point for terminal safety: server replies and pasted text never reach the terminal raw.
  const json = wantsJson(rawArgv);
  const io = terminalSafeIo(rawIo, json);
  const language = chooseCliLocale(rawArgv, rawIo.env);
  if (!language.ok) {
    io.stderr(`${t('cli.error.lang', { name: NAME, given: language.given, locales: LANG_CHOICES })}\n`);
    return 2;
  }
  await applyCliLocale(language.locale, json);
  const [name, ...rest] = language.argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${helpText(commands)}\n`);
    return name === undefined ? 2 : 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`${t('cli.error.unknownCommand', { name: NAME, command: name })}\n`);
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
