/**
 * A pass-through TCP hop on 127.0.0.1 that records how long each connection lived, from
 * accept to the moment both directions closed. Tools report time differently (a promise,
 * a process exit that includes interpreter start-up); the connection's lifetime is the
 * one figure measured the same way for all of them. It also sums the client's "think
 * time": from the last server bytes reaching the hop to the client's next bytes, i.e. the
 * client's own processing (parsing, TLS crypto, bookkeeping) with the network taken out.
 */
import { connect, createServer, type Socket } from 'node:net';

export interface ClockedConnection {
  lifetimeMs: number;
  clientThinkMs: number;
}

export interface ConnectionClock {
  port: number;
  /** Connections that have fully closed, oldest first. */
  connections(): ClockedConnection[];
  /** Forgets recorded connections. */
  reset(): void;
  close(): Promise<void>;
}

export async function startConnectionClock(targetPort: number): Promise<ConnectionClock> {
  let done: ClockedConnection[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  };

  const server = createServer((client) => {
    const opened = performance.now();
    const upstream = connect(targetPort, '127.0.0.1');
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    let lastServerBytes: number | null = null;
    let clientThinkMs = 0;
    upstream.on('data', () => {
      lastServerBytes = performance.now();
    });
    client.on('data', () => {
      if (lastServerBytes !== null) clientThinkMs += performance.now() - lastServerBytes;
      lastServerBytes = null;
    });
    let open = 2;
    const closedOne = () => {
      open -= 1;
      if (open === 0) done.push({ lifetimeMs: performance.now() - opened, clientThinkMs });
    };
    // A reset on one side must not leave the other half-open forever.
    client.on('close', () => (closedOne(), upstream.destroy()));
    upstream.on('close', () => (closedOne(), client.destroy()));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('connection clock: no TCP address');

  return {
    port: address.port,
    connections: () => [...done],
    reset: () => {
      done = [];
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
