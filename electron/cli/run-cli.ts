/**
 * Runs one CLI invocation on this process's own standard streams and returns its exit
 * code, once stdout and stderr have been handed to the OS. Shared by the Node entry
 * (electron/cli.ts) and the packaged app's window-less CLI mode (electron/cli-mode.ts),
 * so both front doors behave the same.
 */
import type { CliIo } from './command';
import { COMMANDS } from './commands';
import { dispatch } from './dispatch';

async function readStdin(): Promise<string> {
  let stdin: NodeJS.ReadStream;
  try {
    // A GUI-subsystem app on Windows may have no usable standard input at all.
    stdin = process.stdin;
  } catch {
    return '';
  }
  if (stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Resolves when everything written so far has left the stream (pipes are asynchronous on macOS). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

export async function runCli(argv: string[], env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    env,
  };
  let code: number;
  try {
    code = await dispatch(argv, COMMANDS, io);
  } catch (error) {
    process.stderr.write(`mail-setup: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 1;
  }
  await Promise.all([drained(process.stdout), drained(process.stderr)]);
  return code;
}
