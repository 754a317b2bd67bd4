/**
 * One SMTP conversation that answers the way smtp.office365.com does (observed on the wire
 * in PHPMailer/PHPMailer#1901 and mattermost/mattermost#954; reply texts per
 * https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online;
 * the texts themselves live in m365-replies.ts), with the deviations of an M365Plan. Hand-scripted rather
 * than smtp-server because the point is Microsoft's exact texts ("Send hello first",
 * "504 5.7.4", no AUTH before TLS), which smtp-server hard-codes differently; the line
 * and DATA parsing is still smtp-server's SMTPStream.
 */
import type { Socket } from 'node:net';
import type { SecureContext } from 'node:tls';
import { SMTPStream } from 'smtp-server/lib/smtp-stream.js';
import type { LabCredentials } from './lab-credentials';
import type { AuthKind, M365Plan } from './m365-plan';
import { M365_BACKEND, M365_FRONTEND, M365_REPLIES as R, SIZE_LIMIT, ehloLines, formatReply, m365Greeting, type ScriptedReply } from './m365-replies';
import { upgradeToTls } from './starttls-upgrade';
import {
  type AuthStep,
  type PendingAuth,
  authCommandForLog,
  checkLogin,
  checkXoauth2,
  continueAuth,
  startAuth,
} from './m365-auth';

export interface SessionContext {
  plan: M365Plan;
  secureContext: SecureContext;
  credentials: LabCredentials;
  /** Delay before every reply (the slow server). */
  delayMs: number;
  log(line: string): void;
  deliver(message: { from: string; to: string[]; raw: string }): void;
  /** Registers a socket created during the session (the STARTTLS wrapper) for cleanup. */
  track(socket: Socket): void;
  /**
   * Judges XOAUTH2 tokens against an identity provider (test/lab/oidc) instead of the one
   * fixed lab token: Exchange Online's checks, answering 235 or 535 5.7.3.
   */
  verifyXoauth2?: (user: string, token: string) => Promise<{ ok: true } | { ok: false; reason: string }>;
}

const ADDRESS = /^(FROM|TO):\s*<([^<>\s]*)>/i;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class M365Session {
  private socket: Socket;
  private parser: SMTPStream;
  private secure: boolean;
  private greeted = false;
  private user: string | null = null;
  private from: string | null = null;
  private rcpts: string[] = [];
  private pendingAuth: PendingAuth | null = null;
  private inData = false;

  constructor(
    socket: Socket,
    private readonly ctx: SessionContext,
    secure: boolean,
  ) {
    this.socket = socket;
    this.secure = secure;
    this.parser = this.attach(socket);
    void this.send([this.ctx.plan.greeting ?? m365Greeting(new Date(Date.now() + (this.ctx.plan.clockAheadMs ?? 0)))]);
  }

  private attach(socket: Socket): SMTPStream {
    const parser = new SMTPStream({ maxCommandLength: 4096 });
    parser.oncommand = (command: Buffer, done?: () => void) => {
      this.onLine(command.toString('utf8'))
        .catch((error: unknown) => this.ctx.log(`*** ${String(error)}`))
        .finally(() => done?.());
    };
    parser.on('error', () => socket.destroy());
    socket.on('error', (error: NodeJS.ErrnoException) => this.ctx.log(`*** socket ${error.code ?? error.message}`));
    socket.on('data', (chunk: Buffer) => this.noteRead(chunk));
    socket.pipe(parser);
    return parser;
  }

  /**
   * Which envelope commands arrived in one read, before any of them was answered: the
   * server's view of pipelining (RFC 2920). Verbs only; AUTH data and bodies are skipped.
   */
  private noteRead(chunk: Buffer): void {
    if (this.inData || this.pendingAuth) return;
    const verbs = chunk
      .toString('latin1')
      .split('\r\n')
      .flatMap((line) => /^(MAIL|RCPT|DATA)\b/i.exec(line)?.[1]?.toUpperCase() ?? []);
    if (verbs.length > 0) this.ctx.log(`=== read ${verbs.join(' ')}`);
  }

  private async send(lines: string[], closeAfter = false): Promise<void> {
    if (this.ctx.delayMs > 0) await sleep(this.ctx.delayMs);
    if (this.socket.destroyed || !this.socket.writable) return;
    for (const line of lines) this.ctx.log(`S: ${line}`);
    this.socket.write(lines.join('\r\n') + '\r\n');
    if (closeAfter) this.socket.end();
  }

  /** 421 means "closing transmission channel", so the server hangs up after it. */
  private reply(reply: ScriptedReply): Promise<void> {
    return this.send([formatReply(reply)], reply.code === 421);
  }

  private async onLine(line: string): Promise<void> {
    if (this.pendingAuth) {
      this.ctx.log('C: <redacted AUTH data>');
      const pending = this.pendingAuth;
      this.pendingAuth = null;
      return this.authStep(continueAuth(pending, line));
    }
    const [rawVerb = '', ...rest] = line.split(' ');
    const verb = rawVerb.toUpperCase();
    const args = rest.join(' ').trim();
    this.ctx.log(`C: ${verb === 'AUTH' ? authCommandForLog(args) : printable(line)}`);
    switch (verb) {
      case 'EHLO':
      case 'HELO':
        return this.onHello(verb, args);
      case 'STARTTLS':
        return this.onStartTls();
      case 'AUTH':
        return this.onAuth(args);
      case 'MAIL':
        return this.onMail(args);
      case 'RCPT':
        return this.onRcpt(args);
      case 'DATA':
        return this.onData();
      case 'RSET':
        this.resetEnvelope();
        return this.reply(R.rsetOk);
      case 'NOOP':
        return this.reply(R.noopOk);
      case 'QUIT':
        return this.send([formatReply(R.quit)], true);
      default: {
        const shown = /^[A-Za-z0-9-]{1,20}$/.test(rawVerb) ? rawVerb : '';
        return this.reply({ code: 500, enhanced: '5.3.3', text: `Unrecognized command '${shown}'` });
      }
    }
  }

  private onHello(verb: string, args: string): Promise<void> {
    if (!args) return this.reply(R.badSyntax);
    this.resetEnvelope();
    // The scripted "lost EHLO": answered, but the session still counts as not greeted.
    this.greeted = !(this.secure && this.ctx.plan.forgetEhloAfterTls);
    if (verb === 'HELO') return this.send([`250 ${M365_FRONTEND} Hello [127.0.0.1]`]);
    return this.send(
      ehloLines({
        starttls: !this.secure && this.ctx.plan.security === 'starttls',
        auth: this.secure && this.ctx.plan.advertiseAuth && !this.user,
        pipelining: this.ctx.plan.pipelining !== false,
      }),
    );
  }

  private async onStartTls(): Promise<void> {
    if (this.secure) return this.reply(R.tlsAlreadyActive);
    if (this.ctx.plan.security !== 'starttls') {
      return this.reply({ code: 500, enhanced: '5.3.3', text: "Unrecognized command 'STARTTLS'" });
    }
    await this.reply(R.startTlsReady);
    this.upgrade();
  }

  private upgrade(): void {
    this.socket = upgradeToTls(this.socket, this.parser, {
      secureContext: this.ctx.secureContext,
      log: this.ctx.log,
      track: this.ctx.track,
      onSecure: (secure) => {
        this.secure = true;
        this.greeted = false;
        this.resetEnvelope();
        this.parser = this.attach(secure);
      },
    });
  }

  private onAuth(args: string): Promise<void> {
    if (!this.secure || !this.ctx.plan.advertiseAuth) return this.reply(R.unrecognizedAuth);
    if (!this.greeted) return this.reply(R.sendHelloFirst);
    if (this.user) return this.reply(R.alreadyAuthenticated);
    return this.authStep(startAuth(args, this.ctx.plan.loginInitialResponse));
  }

  /** Runs one step of the SASL exchange: a challenge, a syntax error, or a verdict. */
  private async authStep(step: AuthStep): Promise<void> {
    switch (step.kind) {
      case 'challenge':
        this.pendingAuth = step.pending;
        return this.send([`334 ${step.challenge}`]);
      case 'error':
        return this.reply(step.reply);
      case 'login':
        return this.verdict('basic', checkLogin(step, this.ctx.credentials), step.user);
      case 'xoauth2': {
        if (!this.ctx.verifyXoauth2) return this.verdict('oauth', checkXoauth2(step, this.ctx.credentials), step.user);
        const verdict = await this.ctx.verifyXoauth2(step.user, step.token);
        if (!verdict.ok) this.ctx.log(`=== XOAUTH2 token refused: ${verdict.reason}`);
        return this.verdict('oauth', verdict.ok, step.user);
      }
    }
  }

  private verdict(kind: 'basic' | 'oauth', accepted: boolean, user: string): Promise<void> {
    const scripted = this.ctx.plan.authReply;
    if (scripted && appliesTo(scripted.appliesTo, kind)) return this.reply(scripted.reply);
    if (!accepted) return this.reply(R.authUnsuccessful);
    this.user = user;
    return this.reply(R.authOk);
  }

  private onMail(args: string): Promise<void> {
    if (!this.secure) return this.reply(R.startTlsRequired);
    if (!this.user) return this.reply(R.notAuthenticated);
    if (this.from !== null) return this.reply({ code: 503, enhanced: '5.5.2', text: 'Sender already specified' });
    const address = ADDRESS.exec(args);
    if (!address || address[1]?.toUpperCase() !== 'FROM') return this.reply(R.badSyntax);
    if (this.ctx.plan.mailReply) return this.reply(this.ctx.plan.mailReply);
    this.from = address[2] ?? '';
    return this.reply(R.mailOk);
  }

  private onRcpt(args: string): Promise<void> {
    if (this.from === null) return this.reply(R.needMail);
    const address = ADDRESS.exec(args);
    if (!address || address[1]?.toUpperCase() !== 'TO' || !address[2]) return this.reply(R.badSyntax);
    if (this.ctx.plan.rcptReply) return this.reply(this.ctx.plan.rcptReply);
    this.rcpts.push(address[2]);
    return this.reply(R.rcptOk);
  }

  private async onData(): Promise<void> {
    if (this.from === null) return this.reply(R.needMail);
    if (this.rcpts.length === 0) return this.reply(R.needRcpt);
    const parser = this.parser;
    this.inData = true;
    const stream = parser.startDataMode(SIZE_LIMIT);
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => {
      this.inData = false;
      const envelope = { from: this.from ?? '', to: [...this.rcpts] };
      this.resetEnvelope();
      this.ctx.log(`C: <message, ${Buffer.concat(chunks).length} bytes>`);
      const scripted = this.ctx.plan.dataReply;
      if (!scripted) this.ctx.deliver({ ...envelope, raw: Buffer.concat(chunks).toString('utf8') });
      const done = scripted
        ? this.reply(scripted)
        : this.send([`250 2.0.0 OK <lab.${Date.now()}@${M365_BACKEND}> [Hostname=${M365_BACKEND}] Queued mail for delivery`]);
      void done.finally(() => parser.continue());
    });
    await this.send([formatReply(R.dataGo)]);
  }

  private resetEnvelope(): void {
    this.from = null;
    this.rcpts = [];
  }
}

/** TLS records sent to a plaintext port arrive as "commands"; keep the log readable. */
function printable(line: string): string {
  return line.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);
}

function appliesTo(scope: AuthKind, kind: 'basic' | 'oauth'): boolean {
  return scope === 'all' || scope === kind;
}
