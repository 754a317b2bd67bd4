/**
 * The E2E bridge: serves the built renderer on 127.0.0.1 and carries the page's
 * `window.mailSetup` calls over loopback to the REAL main-process registry
 * (electron/ipc.ts + the handlers of electron/handlers/). Only Electron's window is
 * missing; the handlers, validation and services are the ones that ship.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createHandlers, type HandlerDeps } from '../../electron/handlers';
import { testHandlerDeps } from '../fixtures/handler-deps';
import { createIpcRegistry } from '../../electron/ipc';
import { PROBE_EVENT_CHANNEL, SIGN_IN_EVENT_CHANNEL, type EventName } from '../../shared/contract';
import type { SignInEvent } from '../../shared/sign-in-ipc';
import type { ProbeEvent } from '../../shared/types';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface Bridge {
  url: string;
  /** Every probe event pushed to the page, for assertions. */
  events: ProbeEvent[];
  /** Every sign-in progress event pushed to the page. */
  signInEvents: SignInEvent[];
  /** Every answer and every pushed message the bridge carried, as sent: what the page could ever have seen. */
  carried: string[];
  close: () => Promise<void>;
}

export type BridgeOptions = Partial<Omit<HandlerDeps, 'emitProbeEvent' | 'emitSignInEvent'>> & { rootDir?: string };

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
}

export async function startBridge(options: BridgeOptions = {}): Promise<Bridge> {
  const rootDir = resolve(options.rootDir ?? 'dist/renderer');
  const streams = new Set<ServerResponse>();
  const events: ProbeEvent[] = [];
  const signInEvents: SignInEvent[] = [];
  const carried: string[] = [];
  const push = (channel: EventName, payload: unknown) => {
    const message = JSON.stringify({ channel, payload });
    carried.push(message);
    for (const stream of streams) stream.write(`data: ${message}\n\n`);
  };
  const { rootDir: _rootDir, ...overrides } = options;
  const handlers = createHandlers({
    ...testHandlerDeps(),
    ...overrides,
    emitProbeEvent: (event) => {
      events.push(event);
      push(PROBE_EVENT_CHANNEL, event);
    },
    emitSignInEvent: (event) => {
      signInEvents.push(event);
      push(SIGN_IN_EVENT_CHANNEL, event);
    },
  });
  let origin = '';
  const registry = createIpcRegistry(handlers, {
    isTrustedSender: (sender) => sender.fromMainWindow,
    logger: { error: (message, detail) => console.error(message, detail) },
  });

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === '/__bridge/invoke' && req.method === 'POST') {
        const body = (await readJson(req)) as { channel: string; request: unknown };
        // The page's origin stands in for Electron's sender check.
        const fromMainWindow = req.headers.origin === origin;
        const result = JSON.stringify(await registry.invoke(body.channel, body.request, { url: `${origin}/index.html`, fromMainWindow }));
        carried.push(result);
        res.writeHead(200, { 'content-type': 'application/json' }).end(result);
        return;
      }
      if (url.pathname === '/__bridge/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      const path = normalize(join(rootDir, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
      if (!path.startsWith(rootDir)) return void res.writeHead(403).end();
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' });
      createReadStream(path).pipe(res);
    })().catch((error: unknown) => {
      console.error('bridge request failed', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    events,
    signInEvents,
    carried,
    close: async () => {
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
