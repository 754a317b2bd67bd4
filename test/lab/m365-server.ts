/** Factory for Microsoft-like SMTP servers on 127.0.0.1 (STARTTLS, implicit TLS or no TLS). */
import { createServer as createNetServer, type Server, type Socket } from 'node:net';
import { createSecureContext, createServer as createTlsServer } from 'node:tls';
import { labPki } from './lab-pki';
import { LAB_CREDENTIALS } from './lab-credentials';
import type { M365Plan } from './m365-plan';
import { M365Session, type SessionContext } from './m365-session';

export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: string;
}

export interface RunningServer {
  port: number;
  received: ReceivedMessage[];
  log: string[];
  close(): Promise<void>;
}

/** Microsoft requires TLS 1.2 or later (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365). */
const MIN_TLS = 'TLSv1.2' as const;

export function listenOnLoopback(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('lab server has no port'));
    });
  });
}

/** Closes a server after destroying every socket it handed out, so no handle outlives close(). */
export function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  return new Promise((resolve) => server.close(() => resolve()));
}

export function socketTracker(): { sockets: Set<Socket>; track(socket: Socket): void } {
  const sockets = new Set<Socket>();
  return {
    sockets,
    track(socket) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    },
  };
}

export async function startM365Server(plan: M365Plan, options: { delayMs: number; verifyXoauth2?: SessionContext['verifyXoauth2'] }): Promise<RunningServer> {
  const { served } = await labPki();
  const tlsOptions = { key: served[plan.certificate].key, cert: served[plan.certificate].cert, minVersion: MIN_TLS };
  const { sockets, track } = socketTracker();
  const received: ReceivedMessage[] = [];
  const log: string[] = [];

  const ctx: SessionContext = {
    plan,
    secureContext: createSecureContext(tlsOptions),
    credentials: LAB_CREDENTIALS,
    delayMs: options.delayMs,
    log: (line) => log.push(line),
    deliver: (message) => received.push(message),
    track,
    ...(options.verifyXoauth2 ? { verifyXoauth2: options.verifyXoauth2 } : {}),
  };

  let server: Server;
  if (plan.security === 'tls') {
    const tlsServer = createTlsServer(tlsOptions, (socket) => {
      track(socket);
      log.push(`=== TLS established ${socket.getProtocol() ?? ''}`);
      new M365Session(socket, ctx, true);
    });
    tlsServer.on('tlsClientError', (error: NodeJS.ErrnoException) => log.push(`*** TLS handshake failed: ${error.code ?? error.message}`));
    server = tlsServer;
  } else {
    server = createNetServer((socket) => new M365Session(socket, ctx, false));
  }
  server.on('connection', track);
  const port = await listenOnLoopback(server);
  return { port, received, log, close: () => closeServer(server, sockets) };
}
