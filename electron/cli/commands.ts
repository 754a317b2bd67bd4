import { lazyCommand, type CliCommandEntry } from './command';

/**
 * Every CLI command, in the order `--help` lists them: name and summary here, the
 * module loaded only when that command runs (each import() is its own bundle chunk).
 * The summaries must equal the commands' own (test/unit/cli/commands.test.ts checks).
 */
export const COMMANDS: readonly CliCommandEntry[] = [
  lazyCommand('probe', 'Test sending mail to a server live, stage by stage', async () => (await import('./probe-cli-command')).probeCliCommand, 'cli.summary.probe'),
  lazyCommand('discover', 'Find which ports and settings work from this network (no sign-in)', async () => (await import('./discover-command')).discoverCommand, 'cli.summary.discover'),
  lazyCommand('explain', 'Explain a mail error in plain words, with steps and a message for IT.', async () => (await import('./explain-command')).explainCommand, 'cli.summary.explain'),
  lazyCommand('export', 'Write settings for Apple Mail, Outlook or Thunderbird, an instruction sheet, or a test report; --app says what works in one mail app', async () => (await import('./export-command')).exportCommand, 'cli.summary.export'),
  lazyCommand('signout', 'Remove a Microsoft sign-in kept in the keychain', async () => (await import('./signout-command')).signoutCommand, 'cli.summary.signout'),
];
