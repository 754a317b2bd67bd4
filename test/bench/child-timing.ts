/**
 * Runs a command as a child process and times it by wall clock, with a hard cap: at the
 * cap the child is killed, so a tool that would wait minutes costs the benchmark seconds.
 */
import { spawn } from 'node:child_process';

export interface ChildTiming {
  ms: number;
  /** Exit code, or null when killed. */
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  capMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's standard input, which is then closed (default: no stdin at all). */
  input?: string;
}

export function timeChild(command: string, args: readonly string[], options: ChildOptions): Promise<ChildTiming> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // stdin closed at once unless input is given: the CLI reads stdin only when no text argument is given, and no tool here should wait for input.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.on('error', () => undefined); // a child that exits without reading its input is not an error here
    child.stdin.end(options.input);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const cap = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.capMs);
    child.on('error', (error) => {
      clearTimeout(cap);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(cap);
      resolve({
        ms: performance.now() - t0,
        code,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}
