/** How one Microsoft-like lab server deviates from a healthy smtp.office365.com. */
import type { CertificateSetName } from './certificates';
import type { ScriptedReply } from './m365-replies';

/** Which AUTH mechanisms a scripted AUTH reply applies to; the others behave normally. */
export type AuthKind = 'basic' | 'oauth' | 'all';

export interface M365Plan {
  /** 'starttls' like port 587; 'tls' = implicit TLS from the first byte; 'none' = STARTTLS truly disabled. */
  security: 'starttls' | 'tls' | 'none';
  /** Which served certificate (leaf + chain) TLS uses. */
  certificate: CertificateSetName;
  /** false: EHLO after TLS lists no AUTH and AUTH gets 504 5.7.4 (like an MX host). */
  advertiseAuth: boolean;
  /** Replay a reply to AUTH instead of checking credentials. */
  authReply?: { reply: ScriptedReply; appliesTo: AuthKind };
  /** Replay a reply to every MAIL FROM / RCPT TO / end of DATA. */
  mailReply?: ScriptedReply;
  rcptReply?: ScriptedReply;
  dataReply?: ScriptedReply;
  /** The whole greeting line instead of Microsoft's banner (e.g. one carrying control characters). */
  greeting?: string;
  /** How far the server's clock (stated in its banner) is ahead of this computer's, in ms. */
  clockAheadMs?: number;
  /** Behave as if the EHLO after STARTTLS never arrived: AUTH → 503 5.5.2, MAIL → 530 5.7.57. */
  forgetEhloAfterTls?: boolean;
  /**
   * How AUTH LOGIN with the user name in the command is met: 'ask-username' ignores it and
   * asks for the user name anyway; 'refuse' answers 501 5.5.4 (a server that allows no
   * initial response). Default: accepted and answered with the password prompt, as Exchange does.
   */
  loginInitialResponse?: 'ask-username' | 'refuse';
  /** false: EHLO leaves out PIPELINING (Exchange Online offers it), so a client must wait for each reply. */
  pipelining?: boolean;
}

export const HEALTHY_PLAN: M365Plan = { security: 'starttls', certificate: 'healthy', advertiseAuth: true };
