import SMTPConnection, { type SMTPConnectionOptions } from 'nodemailer/lib/smtp-connection';
import type { SecureContext, TLSSocket } from 'node:tls';

/** Replies the probe wants to see one by one, named after the step they answer. */
export type ReplyStep = 'greeting' | 'ehlo' | 'helo' | 'starttls' | 'mail-from' | 'rcpt-to' | 'data-start' | 'data';

export interface ConnectionHooks {
  /** Called with each reply before nodemailer acts on it. */
  onReply(step: ReplyStep, raw: string, secure: boolean): void;
  /**
   * Called when a TLS handshake finishes, before anything is sent inside it. nodemailer
   * waits until `proceed(true)`; `proceed(false)` closes the connection unsent.
   */
  onTlsUp(socket: TLSSocket, proceed: (go: boolean) => void): void;
  /** The trust store's context, asked for only when a handshake starts (it is built lazily). */
  secureContext(): SecureContext;
}

type Action = (this: SMTPConnection, str: string, ...rest: unknown[]) => void;
type UpgradeCallback = (err: Error | null, secured?: boolean) => void;

/** nodemailer 10.6's per-reply handlers; pinned in package.json, covered by the integration tests. */
interface Internals {
  _actionGreeting: Action;
  _actionEHLO: Action;
  _actionHELO: Action;
  _actionSTARTTLS: Action;
  _actionMAIL: Action;
  _actionRCPT: Action;
  _actionDATA: Action;
  _actionSMTPStream: Action;
  _actionAUTH_LOGIN_USER: Action;
  _actionAUTH_LOGIN_PASS: Action;
  _actionAUTHComplete: Action;
  _upgradeConnection(this: SMTPConnection, callback: UpgradeCallback): void;
  _sendCommand(this: SMTPConnection, command: string, logged?: string): void;
  _responseActions: ((str: string) => void)[];
  _auth: unknown;
  _authMethod: string;
  _socket: TLSSocket;
}

type LoginCallback = (err: Error | null, success?: boolean) => void;

/** A 334 that asks for the user name: base64 "Username:" (MS-XLOGIN 2.2.2) or "User Name" (the LOGIN draft). */
function asksForUserName(reply: string): boolean {
  const challenge = /^334[ -](\S*)/.exec(reply)?.[1] ?? '';
  return /^user\s*name/i.test(Buffer.from(challenge, 'base64').toString('latin1'));
}

const base = SMTPConnection.prototype as unknown as Internals;

/**
 * nodemailer's SMTPConnection with a hook on every step, so the probe can time and judge
 * each stage and stop before anything is sent over an unverified TLS session.
 * nodemailer still carries the whole conversation and the SASL exchange.
 */
export class ProbeConnection extends SMTPConnection {
  private readonly hooks: ConnectionHooks;

  constructor(options: SMTPConnectionOptions, hooks: ConnectionHooks) {
    super(options);
    this.hooks = hooks;
  }

  _actionGreeting(str: string): void {
    this.hooks.onReply('greeting', str, this.secure);
    base._actionGreeting.call(this, str);
  }

  _actionEHLO(str: string): void {
    this.hooks.onReply('ehlo', str, this.secure);
    base._actionEHLO.call(this, str);
  }

  _actionHELO(str: string): void {
    this.hooks.onReply('helo', str, this.secure);
    base._actionHELO.call(this, str);
  }

  _actionSTARTTLS(str: string): void {
    this.hooks.onReply('starttls', str, this.secure);
    base._actionSTARTTLS.call(this, str);
  }

  _actionMAIL(str: string, callback: unknown): void {
    this.hooks.onReply('mail-from', str, this.secure);
    base._actionMAIL.call(this, str, callback);
  }

  _actionRCPT(str: string, callback: unknown): void {
    this.hooks.onReply('rcpt-to', str, this.secure);
    base._actionRCPT.call(this, str, callback);
  }

  _actionDATA(str: string, callback: unknown): void {
    this.hooks.onReply('data-start', str, this.secure);
    base._actionDATA.call(this, str, callback);
  }

  _actionSMTPStream(str: string, callback: unknown): void {
    this.hooks.onReply('data', str, this.secure);
    base._actionSMTPStream.call(this, str, callback);
  }

  /**
   * AUTH LOGIN with the user name in the command itself: one round trip less than
   * nodemailer's dialogue. Exchange's AUTH LOGIN says a client SHOULD send it so
   * (shared/facts/service.ts: smtp.login-initial-response). A server that asks for the user
   * name anyway gets it; one that calls the argument a syntax error (501) gets the plain
   * dialogue once. The log shows neither the user name nor the password in base64.
   */
  loginWithInitialResponse(user: string, pass: string, callback: LoginCallback): void {
    const self = this as unknown as Internals;
    self._auth = { user, pass, credentials: { user, pass } };
    self._authMethod = 'LOGIN';
    self._responseActions.push((str) => this.onLoginInitialReply(str, callback));
    self._sendCommand.call(this, `AUTH LOGIN ${Buffer.from(user, 'utf8').toString('base64')}`, 'AUTH LOGIN /* secret */');
  }

  private onLoginInitialReply(str: string, callback: LoginCallback): void {
    const self = this as unknown as Internals;
    if (asksForUserName(str)) {
      base._actionAUTH_LOGIN_USER.call(this, str, callback);
    } else if (/^334[ -]/.test(str)) {
      base._actionAUTH_LOGIN_PASS.call(this, str, callback);
    } else if (/^501[ -]/.test(str)) {
      self._responseActions.push((reply) => base._actionAUTH_LOGIN_USER.call(this, reply, callback));
      self._sendCommand.call(this, 'AUTH LOGIN');
    } else {
      base._actionAUTHComplete.call(this, str, callback);
    }
  }

  _upgradeConnection(callback: UpgradeCallback): void {
    // nodemailer reads options.tls here, for STARTTLS and for implicit TLS on a given socket alike.
    try {
      this.options.tls = { ...this.options.tls, secureContext: this.hooks.secureContext() };
    } catch (error) {
      callback(error as Error);
      return;
    }
    base._upgradeConnection.call(this, (err, secured) => {
      if (err) {
        callback(err, secured);
        return;
      }
      const socket = (this as unknown as Internals)._socket;
      let decided = false;
      this.hooks.onTlsUp(socket, (go) => {
        if (decided) return;
        decided = true;
        if (go) callback(null, secured);
        else this.close();
      });
    });
  }
}
