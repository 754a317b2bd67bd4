/**
 * A scripted SMTP server on 127.0.0.1 for one fuzz case: healthy (STARTTLS or implicit
 * TLS, AUTH LOGIN/PLAIN/XOAUTH2 only inside TLS, a test message) until the case's moment,
 * where it does the case's hostile act instead of the right reply. It records whether it
 * ever sent a real 235 to AUTH, the oracle for "no pass without a real 235".
 */
import { createServer, type Server, type Socket } from 'node:net';
import { createSecureContext, TLSSocket, type SecureContext } from 'node:tls';
import { behaviourIsAt, type FuzzCase, type Moment } from './fuzz-case';
import { hostileAct, type Act, type Next } from './hostile-replies';
import { Prng } from './prng';

export interface HostileObservation {
  /** A line "235 …" was sent as the final reply to AUTH. */
  sent235: boolean;
  connections: number;
  bytesSent: number;
  /** Every line the client sent (AUTH data and the message included), first 500. */
  clientLines: string[];
}

export interface HostileServer {
  port: number;
  observed: HostileObservation;
  close(): Promise<void>;
}

const EHLO_PLAIN = '250-fuzz.lab Hello\n250-SIZE 1000000\n250 8BITMIME';
const EHLO_STARTTLS = '250-fuzz.lab Hello\n250-STARTTLS\n250-SIZE 1000000\n250 8BITMIME';
const ehloSecure = (utf8: boolean) => `250-fuzz.lab Hello\n250-AUTH LOGIN PLAIN XOAUTH2\n250-SIZE 1000000\n${utf8 ? '250-SMTPUTF8\n' : ''}250 8BITMIME`;

export async function startHostileServer(fuzz: FuzzCase, tls: { key: string; cert: string }): Promise<HostileServer> {
  const context = createSecureContext({ key: tls.key, cert: tls.cert });
  const rng = new Prng(fuzz.seed ^ 0x5eed);
  const observed: HostileObservation = { sent235: false, connections: 0, bytesSent: 0, clientLines: [] };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((socket) => {
    observed.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    new Conversation(fuzz, socket, context, rng, observed, timers).start();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    observed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A complete 235 reply: every line carries code 235 (RFC 5321 §4.2), the last one is final. */
export function isReal235(text: string): boolean {
  const replyLines = text.split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
  const last = replyLines[replyLines.length - 1];
  return last !== undefined && replyLines.every((line) => /^235(?:[ \t-]|$)/.test(line)) && /^235(?:[ \t]|$)/.test(last);
}

type AuthStep = null | 'login-user' | 'login-pass' | 'plain-creds';

class Conversation {
  private current: Socket;
  private buffer = '';
  private inData = false;
  private auth: AuthStep = null;
  private stopped = false;
  private secure = false;

  constructor(
    private fuzz: FuzzCase,
    private readonly raw: Socket,
    private readonly context: SecureContext,
    private readonly rng: Prng,
    private readonly observed: HostileObservation,
    private readonly timers: Set<NodeJS.Timeout>,
  ) {
    this.current = raw;
  }

  start(): void {
    if (this.fuzz.security === 'tls') this.upgrade(() => this.greet());
    else this.greet();
  }

  private greet(): void {
    this.listen(this.current);
    this.reply('greeting', '220 fuzz.lab ESMTP ready');
  }

  private listen(socket: Socket): void {
    socket.on('data', (chunk: Buffer) => {
      if (this.stopped) return;
      this.buffer += chunk.toString('latin1');
      this.drain();
    });
    socket.on('error', () => undefined);
  }

  private drain(): void {
    for (;;) {
      if (this.stopped) return;
      if (this.inData) {
        const end = this.buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        if (this.observed.clientLines.length < 500) this.observed.clientLines.push(`<message of ${end} bytes>`);
        this.buffer = this.buffer.slice(end + 5);
        this.inData = false;
        this.reply('data-end', '250 2.6.0 Queued mail for delivery');
        continue;
      }
      const eol = this.buffer.indexOf('\n');
      if (eol < 0) return;
      const line = this.buffer.slice(0, eol).replace(/\r$/, '');
      this.buffer = this.buffer.slice(eol + 1);
      if (this.observed.clientLines.length < 500) this.observed.clientLines.push(line);
      this.command(line);
    }
  }

  private command(line: string): void {
    if (this.auth) return this.authStep(line);
    const [verb = '', ...args] = line.split(' ');
    switch (verb.toUpperCase()) {
      case 'EHLO': {
        const moment: Moment = this.fuzz.security === 'starttls' && this.secure ? 'ehlo-tls' : 'ehlo';
        const text = this.secure ? ehloSecure(this.fuzz.smtpUtf8) : this.fuzz.security === 'starttls' ? EHLO_STARTTLS : EHLO_PLAIN;
        return this.reply(moment, text);
      }
      case 'HELO':
        return this.reply(null, '250 fuzz.lab');
      case 'STARTTLS':
        return this.reply('starttls', '220 2.0.0 SMTP server ready', () => this.upgrade(() => this.listen(this.current)));
      case 'AUTH':
        return this.authStart((args[0] ?? '').toUpperCase(), args[1]);
      case 'MAIL':
        return this.reply('mail-from', '250 2.1.0 Sender OK');
      case 'RCPT':
        return this.reply('rcpt-to', '250 2.1.5 Recipient OK');
      case 'DATA':
        return this.reply('data-start', '354 Start mail input; end with <CRLF>.<CRLF>', () => (this.inData = true));
      case 'QUIT':
        return this.reply('quit', '221 2.0.0 Service closing transmission channel', () => this.raw.end());
      case 'RSET':
      case 'NOOP':
        return this.reply(null, '250 2.0.0 OK');
      default:
        return this.reply(null, '502 5.5.2 Command not implemented');
    }
  }

  private authStart(mechanism: string, initial: string | undefined): void {
    if (mechanism === 'LOGIN') {
      this.auth = initial ? 'login-pass' : 'login-user';
      return this.reply('auth-first', initial ? '334 UGFzc3dvcmQ6' : '334 VXNlcm5hbWU6');
    }
    if ((mechanism === 'PLAIN' || mechanism === 'XOAUTH2') && initial) return this.authFinal(['auth-first', 'auth-final']);
    if (mechanism === 'PLAIN') {
      this.auth = 'plain-creds';
      return this.reply('auth-first', '334 ');
    }
    this.reply(null, '504 5.7.4 Unrecognized authentication type');
  }

  private authStep(line: string): void {
    if (line === '*') {
      this.auth = null;
      return this.reply(null, '501 5.0.0 Authentication cancelled');
    }
    if (this.auth === 'login-user') {
      this.auth = 'login-pass';
      return this.reply(null, '334 UGFzc3dvcmQ6');
    }
    this.auth = null;
    this.authFinal(['auth-final']);
  }

  private authFinal(moments: Moment[]): void {
    const attacked = moments.find((m) => behaviourIsAt(this.fuzz, m));
    this.reply(attacked ?? 'auth-final', '235 2.7.0 Authentication successful', undefined, (sent) => {
      if (isReal235(sent)) this.observed.sent235 = true;
    });
  }

  /** Sends the right reply, or the case's hostile act when this is its moment. */
  private reply(moment: Moment | null, normal: string, then?: () => void, onSent?: (text: string) => void): void {
    if (moment === null || !behaviourIsAt(this.fuzz, moment)) {
      const text = `${normal.split('\n').join('\r\n')}\r\n`;
      this.write(Buffer.from(text, 'latin1'));
      onSent?.(text);
      then?.();
      return;
    }
    this.fuzz = { ...this.fuzz, moment: null }; // one attack per case
    this.act(hostileAct(this.fuzz.behaviour ?? 'silent', normal, this.rng), then, onSent);
  }

  private act(act: Act, then?: () => void, onSent?: (text: string) => void): void {
    const after = (next: Next) => {
      if (next === 'continue') then?.();
      else if (next === 'close') this.raw.end();
      else this.stopped = true;
    };
    switch (act.kind) {
      case 'write':
        this.write(act.data);
        onSent?.(act.data.toString('latin1'));
        return after(act.next);
      case 'raw':
        this.stopped = true;
        this.observed.bytesSent += act.data.length;
        this.raw.write(act.data);
        return after(act.next);
      case 'trickle': {
        let i = 0;
        const timer = setInterval(() => {
          if (this.current.destroyed || i >= act.data.length) {
            clearInterval(timer);
            this.timers.delete(timer);
            if (i >= act.data.length) {
              onSent?.(act.data.toString('latin1'));
              after(act.next);
            }
            return;
          }
          this.write(act.data.subarray(i, ++i));
        }, act.intervalMs);
        this.timers.add(timer);
        return;
      }
      case 'endless': {
        this.stopped = true;
        const chunk = Buffer.from(act.line.repeat(act.linesPerTick), 'latin1');
        const timer = setInterval(() => {
          if (this.current.destroyed) {
            clearInterval(timer);
            this.timers.delete(timer);
          } else if (this.current.writableLength < 256 * 1024) this.write(chunk);
        }, act.intervalMs);
        this.timers.add(timer);
        return;
      }
      case 'silent':
        this.stopped = true;
        return;
      case 'close':
        this.stopped = true;
        this.raw.end();
        return;
      case 'reset':
        this.stopped = true;
        this.raw.resetAndDestroy();
        return;
      case 'plain-greeting':
        this.stopped = true;
        this.raw.write('220 fuzz.lab ESMTP ready\r\n');
        return;
    }
  }

  private write(data: Buffer): void {
    if (this.current.destroyed) return;
    this.observed.bytesSent += data.length;
    this.current.write(data);
  }

  /** Server side of TLS on the raw socket, or the case's act in place of the handshake. */
  private upgrade(then: () => void): void {
    if (behaviourIsAt(this.fuzz, 'tls-handshake')) {
      const behaviour = this.fuzz.behaviour;
      this.fuzz = { ...this.fuzz, moment: null };
      if (behaviour !== 'raw-garbage') {
        this.raw.removeAllListeners('data');
        this.act(hostileAct(behaviour ?? 'silent', '220 fuzz.lab ESMTP ready', this.rng));
        return;
      }
      // Handshake first, then garbage on the TCP socket under it.
      const tls = this.wrap();
      tls.once('secure', () => this.act({ kind: 'raw', data: this.rng.bytes(this.rng.int(1, 2048)), next: 'silent' }));
      return;
    }
    const tls = this.wrap();
    tls.once('secure', () => {
      this.secure = true;
      then();
    });
  }

  private wrap(): TLSSocket {
    this.raw.removeAllListeners('data');
    const tls = new TLSSocket(this.raw, { isServer: true, secureContext: this.context });
    tls.on('error', () => undefined);
    this.current = tls;
    return tls;
  }
}
