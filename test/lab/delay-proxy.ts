/**
 * A TCP proxy on 127.0.0.1 that holds every chunk for `delayMs` in each direction, so a
 * round trip costs about 2 × delayMs (the "50 ms RTT" benchmark uses delayMs 25).
 * Bytes are untouched, so STARTTLS and certificate checks work through it.
 */
import { connect, createServer, type Socket } from 'node:net';
import { closeServer, listenOnLoopback, socketTracker } from './m365-server';

export interface DelayProxy {
  port: number;
  close(): Promise<void>;
}

export async function startDelayProxy(options: { targetPort: number; delayMs: number }): Promise<DelayProxy> {
  const { targetPort, delayMs } = options;
  const { sockets, track } = socketTracker();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  // Timers of equal duration fire in the order they were created, so chunks keep their order.
  const later = (action: () => void) => {
    if (closed) return; // sockets destroyed by close() must not schedule new timers
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, delayMs);
    timers.add(timer);
  };

  const forward = (from: Socket, to: Socket) => {
    from.on('data', (chunk: Buffer) => later(() => !to.destroyed && to.write(chunk)));
    from.on('end', () => later(() => !to.destroyed && to.end()));
    // A reset or local destroy on one side tears down the other once in-flight data is through.
    from.on('close', () => later(() => !to.writableEnded && to.destroy()));
    from.on('error', () => undefined);
  };

  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    // Chunks leave as they came: with Nagle on, a second chunk forwarded in the same tick
    // would wait for the first one's (delayed) ACK, a 40 ms stall no real path adds.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    track(upstream);
    forward(client, upstream);
    forward(upstream, client);
  });
  server.on('connection', track);
  const port = await listenOnLoopback(server);

  return {
    port,
    close: async () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await closeServer(server, sockets);
    },
  };
}
