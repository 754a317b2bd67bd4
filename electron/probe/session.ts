/**
 * One SMTP conversation over nodemailer, turned into a queue of events the stage rooms
 * await one by one, each with its own deadline, plus the one helper they all use to
 * wait: `waitFor`, and `endInterrupted` for a wait that brought something else. Server
 * text enters the engine here, so its control characters are made visible here, once.
 */
import type { Socket } from 'node:net';
import type { SecureContext, TLSSocket } from 'node:tls';
import type { NodemailerError } from 'nodemailer/lib/errors';
import type { SMTPConnectionAuth } from 'nodemailer/lib/smtp-connection';
import { stageDetail } from '../../shared/stage-details';
import { escapeControlCharacters } from '../../shared/text-safety';
import { ProbeConnection, type ReplyStep } from './probe-connection';
import type { Run } from './recorder';
import { errorEvidence, errorSummary, type ErrorLike } from './smtp-replies';

export type SaslMechanism = 'XOAUTH2' | 'LOGIN' | 'PLAIN';

export type SessionEvent =
  | { kind: 'reply'; step: ReplyStep; raw: string; secure: boolean }
  /** The handshake finished; nothing more happens until proceedTls() is called. */
  | { kind: 'tls-up'; socket: TLSSocket }
  /** Greeting, EHLO and any STARTTLS are done. */
  | { kind: 'ready' }
  | { kind: 'auth-done'; error: ErrorLike | null; reply: string | null }
  | { kind: 'sent'; error: ErrorLike | null; response: string | null }
  | { kind: 'error'; error: ErrorLike }
  | { kind: 'closed' };

export type WaitResult = SessionEvent | { kind: 'timeout' } | { kind: 'aborted' };

export interface SessionOptions {
  /** An already connected TCP socket (the probe times the connect stage itself). */
  socket: Socket;
  host: string;
  servername?: string;
  implicitTls: boolean;
  /** Plain session: never upgrade (internal relays only). */
  plain: boolean;
  clientName: string;
  /** Built on first call (tls-trust.ts); asked for only when a TLS handshake starts. */
  secureContext: () => SecureContext;
  /** Transcript feed: lines as nodemailer logs them (it already masks passwords). */
  onLine(direction: 'client' | 'server', text: string, secure: boolean): void;
}

/** Far beyond the probe's own per-stage timers, which always fire first. */
const NODEMAILER_BACKSTOP_MS = 15 * 60 * 1000;

export class SmtpSession {
  private readonly conn: ProbeConnection;
  private readonly raw: Socket;
  private readonly queue: SessionEvent[] = [];
  private wake: (() => void) | null = null;
  private pendingTls: ((go: boolean) => void) | null = null;
  private closed = false;

  constructor(options: SessionOptions) {
    this.raw = options.socket;
    // transactionLog makes nodemailer log each command and reply as one message string
    // (tnx 'client' / 'server'), passwords already masked; everything else is ignored.
    const debug = (meta: { tnx?: string } | undefined, message: unknown) => {
      if ((meta?.tnx === 'client' || meta?.tnx === 'server') && typeof message === 'string') {
        options.onLine(meta.tnx, meta.tnx === 'server' ? serverText(message) : message, this.conn.secure);
      }
    };
    const ignore = () => {};
    const logger = { trace: ignore, debug, info: ignore, warn: ignore, error: ignore, fatal: ignore };
    this.conn = new ProbeConnection(
      {
        host: options.host,
        servername: options.servername,
        connection: options.socket,
        secure: options.implicitTls,
        requireTLS: !options.implicitTls && !options.plain,
        ignoreTLS: options.plain,
        name: options.clientName,
        // rejectUnauthorized off only so the chain can be read and judged; the probe
        // closes the session before anything is sent unless it verified (see run-probe).
        tls: { rejectUnauthorized: false, servername: options.servername },
        connectionTimeout: NODEMAILER_BACKSTOP_MS,
        greetingTimeout: NODEMAILER_BACKSTOP_MS,
        socketTimeout: NODEMAILER_BACKSTOP_MS,
        socketCloseTimeout: 0,
        logger,
        transactionLog: true,
      },
      {
        onReply: (step, raw, secure) => this.push({ kind: 'reply', step, raw: serverText(raw), secure }),
        onTlsUp: (socket, proceed) => {
          this.pendingTls = proceed;
          this.push({ kind: 'tls-up', socket });
        },
        secureContext: options.secureContext,
      },
    );
    this.conn.on('error', (error: NodemailerError) => this.push({ kind: 'error', error: escapedError(error) }));
    this.conn.on('end', () => {
      this.closed = true;
      this.push({ kind: 'closed' });
    });
  }

  get secure(): boolean {
    return this.conn.secure;
  }

  get isClosed(): boolean {
    return this.closed || this.conn.destroyed;
  }

  /** The last complete reply nodemailer read (after a failed XOAUTH2 retry, the 535). */
  get lastReply(): string | null {
    return typeof this.conn.lastServerResponse === 'string' ? serverText(this.conn.lastServerResponse) : null;
  }

  /** Current socket (the TLS one once upgraded). */
  get socket(): Socket {
    const current = (this.conn as unknown as { _socket: Socket | false | null })._socket;
    return current || this.raw;
  }

  start(): void {
    this.conn.connect((error) => this.push(error ? { kind: 'error', error: escapedError(error) } : { kind: 'ready' }));
  }

  proceedTls(go: boolean): void {
    const proceed = this.pendingTls;
    this.pendingTls = null;
    proceed?.(go);
  }

  /** `initialResponse`: LOGIN with the user name in the AUTH command (probe-connection.ts). */
  login(mechanism: SaslMechanism, user: string, secret: string, initialResponse = false): void {
    const done = (error: Error | null) => this.push({ kind: 'auth-done', error: error ? escapedError(error) : null, reply: this.lastReply });
    if (mechanism === 'LOGIN' && initialResponse) {
      this.conn.loginWithInitialResponse(user, secret, done);
      return;
    }
    const auth: SMTPConnectionAuth =
      mechanism === 'XOAUTH2'
        ? { method: 'XOAUTH2', user, oauth2: fixedToken(user, secret) as unknown as SMTPConnectionAuth['oauth2'] }
        : { method: mechanism, user, pass: secret };
    this.conn.login(auth, done);
  }

  send(from: string, to: string, message: Buffer): void {
    this.conn.send({ from, to: [to], size: message.length }, message, (error, info) =>
      this.push({ kind: 'sent', error: error ? escapedError(error) : null, response: info?.response ? serverText(info.response) : null }),
    );
  }

  quit(): void {
    this.conn.quit();
  }

  /** Waits for the next event until `deadline` (performance.now() ms) or abort. */
  async next(deadline: number, signal?: AbortSignal): Promise<WaitResult> {
    for (;;) {
      const event = this.queue.shift();
      if (event) return event;
      if (signal?.aborted) return { kind: 'aborted' };
      const remaining = deadline - performance.now();
      if (remaining <= 0) return { kind: 'timeout' };
      const outcome = await new Promise<'event' | 'timeout' | 'aborted'>((resolve) => {
        const timer = setTimeout(() => finish('timeout'), remaining);
        const onAbort = () => finish('aborted');
        signal?.addEventListener('abort', onAbort, { once: true });
        this.wake = () => finish('event');
        function finish(result: 'event' | 'timeout' | 'aborted') {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(result);
        }
      });
      this.wake = null;
      if (outcome !== 'event') return { kind: outcome };
    }
  }

  /** Closes everything and waits until the sockets are really gone (no handle left behind). */
  async dispose(): Promise<void> {
    this.pendingTls = null;
    this.conn.close();
    const sockets = [...new Set([this.socket, this.raw])];
    await Promise.all(sockets.map(waitClosed));
    // The TCP handle under a TLS socket finishes closing a loop turn after "close".
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private push(event: SessionEvent): void {
    this.queue.push(event);
    this.wake?.();
  }
}

/**
 * The token source nodemailer's own XOAUTH2 code asks for the token. It cannot renew:
 * when Microsoft refuses the token, nodemailer asks for a fresh one, and sending the same
 * token twice would only add a second failure to the tenant's sign-in log.
 */
function fixedToken(user: string, accessToken: string) {
  return {
    getToken(renew: boolean, callback: (err: Error | null, token?: string) => void) {
      if (renew) callback(new Error('the access token was refused and cannot be renewed here'));
      else callback(null, accessToken);
    },
    buildXOAuth2Token(token: string) {
      // base64("user=" + user + "\x01auth=Bearer " + token + "\x01\x01"), as Microsoft documents it:
      // https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth#sasl-xoauth2
      return Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`, 'utf8').toString('base64');
    },
  };
}

function waitClosed(socket: Socket): Promise<void> {
  if (socket.closed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, 1000);
    socket.once('close', done);
    socket.destroy();
    function done() {
      clearTimeout(timer);
      socket.off('close', done);
      resolve();
    }
  });
}

/** Server words as the engine keeps them: every control or reordering character made visible. */
function serverText(text: string): string {
  return escapeControlCharacters(text);
}

/** The fields of a nodemailer or Node error the probe reads, with the server's words escaped. */
function escapedError(error: Error & ErrorLike): ErrorLike {
  const out: ErrorLike = { message: serverText(error.message ?? String(error)) };
  if (error.code) out.code = error.code;
  if (error.originalCode) out.originalCode = error.originalCode;
  if (typeof error.response === 'string') out.response = serverText(error.response);
  if (error.command) out.command = error.command;
  if (error.library) out.library = error.library;
  return out;
}

/** Waits for an event `accept` wants, or for anything that ends the wait (timeout, abort, error, close). */
export async function waitFor(run: Run, session: SmtpSession, deadline: number, accept: (event: WaitResult) => boolean): Promise<WaitResult> {
  for (;;) {
    const event = await session.next(deadline, run.signal);
    if (accept(event) || ['timeout', 'aborted', 'error', 'closed'].includes(event.kind)) return event;
  }
}

/** Ends the open stage for a wait that did not bring what it waited for. Returns false. */
export function endInterrupted(run: Run, event: WaitResult, command: string): false {
  const { rec, transcript } = run;
  if (event.kind === 'aborted') {
    rec.cancel();
  } else if (event.kind === 'timeout') {
    transcript.error(`timed out waiting for the reply to ${command}`);
    rec.end('fail', stageDetail('command-timeout', { command }), [{ kind: 'fact', fact: 'timeout', detail: `waiting for the reply to ${command}`, params: { command } }]);
  } else if (event.kind === 'error') {
    transcript.error(errorSummary(event.error));
    rec.end('fail', stageDetail('error', { message: errorSummary(event.error) }), errorEvidence(event.error, command));
  } else if (event.kind === 'closed') {
    transcript.error('connection closed by the server');
    rec.end('fail', stageDetail('closed'), [CLOSED_UNEXPECTEDLY]);
  }
  return false;
}

export const CLOSED_UNEXPECTEDLY = { kind: 'socket-error', code: 'ECONNRESET', message: 'Connection closed unexpectedly' } as const;
