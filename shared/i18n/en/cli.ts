/** English messages: the command line's help and the dispatcher's own errors. See shared/i18n/translate.ts. */
export const cli = {
  'cli.help.usage': 'Usage: {name} <command> [options]   (from the source tree: npm run cli -- <command> [options])',
  'cli.help.lead': 'Check and explain Microsoft 365 / Outlook.com sending settings from this computer.',
  'cli.help.commands': 'Commands:',
  'cli.help.none': '(none yet)',
  'cli.help.more': "Run \"{name} <command> --help\" for a command's options.",
  'cli.help.lang': '--lang LOCALE: the language of the output ({locales}); default: LC_ALL, LC_MESSAGES or LANG, else English. --json output is always the same.',
  'cli.help.secrets': 'Secrets are read only from standard input (--password-stdin, --oauth-token-stdin), never from arguments.',
  'cli.help.exitCodes': 'Exit codes: 0 success, 1 the check found a failure, 2 usage error.',
  'cli.error.unknownCommand': '{name}: unknown command "{command}". Run "{name} --help" to see the commands.',
  'cli.error.lang': '{name}: --lang "{given}" is not a language this app speaks. Choose one of: {locales}.',
  'cli.summary.probe': 'Test sending mail to a server live, stage by stage',
  'cli.summary.discover': 'Find which ports and settings work from this network (no sign-in)',
  'cli.summary.explain': 'Explain a mail error in plain words, with steps and a message for IT.',
  'cli.summary.export': 'Write settings for Apple Mail, Outlook or Thunderbird, an instruction sheet, or a test report; --app says what works in one mail app',
  'cli.summary.signout': 'Remove a Microsoft sign-in kept in the keychain',
} as const;
