/** Misbehaving endpoints that need no SMTP logic: silent after accept, reset after EHLO, refused. */
import { createServer } from 'node:net';
import { m365Greeting } from './m365-replies';
import { closeServer, listenOnLoopback, socketTracker } from './m365-server';

export interface RawServer {
  port: number;
  log: string[];
  close(): Promise<void>;
}

/** Accepts the TCP connection and never says a word (a greeting timeout for the client). */
export async function startNoGreetingServer(): Promise<RawServer> {
  const { sockets, track } = socketTracker();
  const log: string[] = [];
  const server = createServer((socket) => {
    log.push('=== accepted, staying silent');
    socket.on('error', () => undefined);
  });
  server.on('connection', track);
  const port = await listenOnLoopback(server);
  return { port, log, close: () => closeServer(server, sockets) };
}

/** Greets like Microsoft, then resets the connection (RST) when EHLO/HELO arrives. */
export async function startDropAfterEhloServer(): Promise<RawServer> {
  const { sockets, track } = socketTracker();
  const log: string[] = [];
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    const greeting = m365Greeting();
    log.push(`S: ${greeting}`);
    socket.write(`${greeting}\r\n`);
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      if (/^(EHLO|HELO)\b.*\r?\n/im.test(buffered)) {
        log.push('C: EHLO …', '*** connection reset by the lab');
        socket.resetAndDestroy();
      }
    });
  });
  server.on('connection', track);
  const port = await listenOnLoopback(server);
  return { port, log, close: () => closeServer(server, sockets) };
}

/** A port that was just free: connecting gets ECONNREFUSED. */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  const port = await listenOnLoopback(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
