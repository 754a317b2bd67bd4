/**
 * A silently dropped port on loopback (docs/build-machines.md, "A silently dropped
 * port"): a listener with backlog 0 that never accepts, with one connection parked in its
 * queue, so every further SYN goes unanswered and the client's connect times out.
 * Node's net.Server always accepts, hence a tiny python3 child.
 */
import { spawn } from 'node:child_process';

const PYTHON = `
import socket, sys
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(('127.0.0.1', int(sys.argv[1])))
listener.listen(0)
port = listener.getsockname()[1]
parked = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
parked.setblocking(False)
parked.connect_ex(('127.0.0.1', port))
sys.stdout.write('%d\\n' % port)
sys.stdout.flush()
sys.stdin.read()  # exits when the parent closes stdin or dies
`;

export interface Blackhole {
  port: number;
  close(): Promise<void>;
}

export interface BlackholeOptions {
  /** The port to silence (default: any free one). */
  port?: number;
  /** Run inside this network namespace (`ip netns exec`; root only), e.g. to silence 443 there. */
  netns?: string;
}

export function startBlackhole(options: BlackholeOptions = {}): Promise<Blackhole> {
  const python = ['python3', '-c', PYTHON, String(options.port ?? 0)];
  const [command = 'python3', ...args] = options.netns ? ['ip', 'netns', 'exec', options.netns, ...python] : python;
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  // 'close' rather than 'exit': it also waits for the stdio pipes, so no handle outlives close().
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const close = async () => {
    child.stdin.end();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /^(\d+)\n/.exec(out);
      if (line?.[1]) resolve({ port: Number(line[1]), close });
    });
    void exited.then(() => reject(new Error(`blackhole helper exited early: ${stderr.trim() || 'no output'}`)));
  });
}
