#!/usr/bin/env node
/**
 * The CLI entry, bundled to dist-electron/cli.cjs (`mail-setup` through package.json's
 * `bin`; `npm run cli -- …` runs the same bundle): a second front end over the same
 * services as the app. Runs under plain Node; the packaged app runs the same commands
 * in its CLI mode (electron/cli-mode.ts). Commands load lazily (cli/commands.ts).
 */
import { COMMANDS } from './cli/commands';
import type { CliIo } from './cli/command';
import { dispatch } from './cli/dispatch';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  env: process.env,
};

dispatch(process.argv.slice(2), COMMANDS, io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`mail-setup: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
