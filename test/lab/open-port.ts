/**
 * A port that completes the TCP handshake and counts who did (the sibling a probe knocks
 * on while its chosen port is silent). It says nothing and closes each connection as it
 * arrives; 127.0.0.1 only, like the rest of the lab.
 */
import { createServer } from 'node:net';
import { closeServer, listenOnLoopback, socketTracker } from './m365-server';

export interface OpenPort {
  port: number;
  /** Connections accepted so far. */
  accepted(): number;
  close(): Promise<void>;
}

export async function startOpenPort(): Promise<OpenPort> {
  const { sockets, track } = socketTracker();
  let accepted = 0;
  const server = createServer((socket) => {
    accepted += 1;
    socket.on('error', () => undefined);
    socket.destroy();
  });
  server.on('connection', track);
  const port = await listenOnLoopback(server);
  let closing: Promise<void> | null = null;
  return { port, accepted: () => accepted, close: () => (closing ??= closeServer(server, sockets)) };
}
